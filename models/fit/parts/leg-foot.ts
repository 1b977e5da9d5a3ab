/** Leg and foot parts to fit (see PartSpec in ../parts.ts). In the foot, +y is the dorsum. */
import type { PartSpec } from '../part-spec.ts'
import { ANT, INF, LAT, POST, SUP } from '../directions.ts'

// One part a line, so the table reads down its columns.
// prettier-ignore
export const legFootParts: readonly PartSpec[] = [
  { muscle: 'gastrocnemius', part: 'medial_head', fma: 'FMA45958', originToward: SUP, origin: 'medial femoral condyle', superficial: POST },
  { muscle: 'gastrocnemius', part: 'lateral_head', fma: 'FMA45961', originToward: SUP, origin: 'lateral femoral condyle', superficial: POST },
  { muscle: 'soleus', part: 'belly', fma: 'FMA22559', originToward: SUP, origin: 'posterior head of the fibula and soleal line of the tibia', superficial: POST },
  { muscle: 'tibialis_anterior', part: 'belly', fma: 'FMA22545', originToward: SUP, origin: 'lateral condyle and upper lateral tibia', superficial: [0.3, 0, 0.95] },
  { muscle: 'peroneus_longus', part: 'belly', fma: 'FMA22553', originToward: SUP, origin: 'head and upper lateral fibula', superficial: LAT },
  { muscle: 'popliteus', part: 'belly', fma: 'FMA22592', originToward: [1, 1, 0], origin: 'lateral femoral condyle', superficial: POST },
  { muscle: 'plantaris', part: 'belly', fma: 'FMA22561', originToward: SUP, origin: 'lateral supracondylar line of the femur', superficial: POST, inflate: 0.001, note: 'a small belly on a long thin tendon: fitted 1 mm out so that the tendon does not twist flat' },
  { muscle: 'tibialis_posterior', part: 'belly', fma: 'FMA65019', originToward: SUP, origin: 'interosseous membrane and posterior tibia and fibula', superficial: POST },
  { muscle: 'peroneus_brevis', part: 'belly', fma: 'FMA22555', originToward: SUP, origin: 'lower two thirds of the lateral fibula', superficial: LAT },
  { muscle: 'peroneus_tertius', part: 'belly', fma: 'FMA22551', originToward: SUP, origin: 'lower third of the anterior fibula', superficial: [0.5, 0, 1] },
  { muscle: 'extensor_digitorum_longus', part: 'belly', fma: 'FMA22549', originToward: SUP, origin: 'lateral tibial condyle and upper anterior fibula', superficial: [0.5, 0, 1] },
  { muscle: 'extensor_hallucis_longus', part: 'belly', fma: 'FMA22547', originToward: SUP, origin: 'middle of the anterior fibula and interosseous membrane', superficial: ANT },
  { muscle: 'flexor_digitorum_longus', part: 'belly', fma: 'FMA65017', originToward: SUP, origin: 'posterior surface of the tibia', superficial: [-0.6, 0, -0.8] },
  { muscle: 'flexor_hallucis_longus', part: 'belly', fma: 'FMA65015', originToward: SUP, origin: 'lower two thirds of the posterior fibula', superficial: POST },
  { muscle: 'extensor_digitorum_brevis', part: 'belly', fma: 'FMA51143', originToward: POST, origin: 'dorsolateral surface of the calcaneus', superficial: [0.3, 1, 0] },
  { muscle: 'extensor_hallucis_brevis', part: 'belly', fma: 'FMA51145', originToward: POST, origin: 'dorsolateral surface of the calcaneus', superficial: SUP },
  { muscle: 'abductor_hallucis', part: 'belly', fma: 'FMA37460', originToward: POST, origin: 'medial process of the calcaneal tuberosity', superficial: [-1, -0.3, 0] },
  { muscle: 'flexor_digitorum_brevis', part: 'belly', fma: 'FMA37462', originToward: POST, origin: 'medial process of the calcaneal tuberosity', superficial: INF },
  { muscle: 'abductor_digiti_minimi_foot', part: 'belly', fma: 'FMA37464', originToward: POST, origin: 'processes of the calcaneal tuberosity', superficial: [0.3, -1, 0] },
  { muscle: 'quadratus_plantae', part: 'belly', fma: 'FMA37466', originToward: POST, origin: 'medial and lateral plantar surface of the calcaneus', superficial: INF },
  { muscle: 'adductor_hallucis', part: 'oblique_head', fma: 'FMA46019', originToward: [0.3, 0, -1], origin: 'bases of the 2nd-4th metatarsals', superficial: INF },
  { muscle: 'adductor_hallucis', part: 'transverse_head', fma: 'FMA46021', originToward: LAT, origin: 'plantar ligaments of the 3rd-5th metatarsophalangeal joints', superficial: INF },
  { muscle: 'flexor_hallucis_brevis', part: 'medial_head', fma: 'FMA45972', originToward: POST, origin: 'cuboid and lateral cuneiform', superficial: [-0.5, -1, 0] },
  { muscle: 'flexor_hallucis_brevis', part: 'lateral_head', fma: 'FMA45974', originToward: POST, origin: 'cuboid and lateral cuneiform', superficial: INF },
  { muscle: 'dorsal_interossei_foot', part: 'belly', fma: 'FMA74141', originToward: POST, origin: 'adjacent sides of the metatarsals', superficial: SUP, axis: ANT, note: 'a set of four muscles side by side in one mesh: one tube spans them' },
]
