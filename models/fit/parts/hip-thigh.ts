/** Hip and thigh parts to fit (see PartSpec in ../parts.ts). */
import type { PartSpec } from '../part-spec.ts'
import { ANT, MED, POST, SUP } from '../directions.ts'

// One part a line, so the table reads down its columns.
// prettier-ignore
export const hipThighParts: readonly PartSpec[] = [
  { muscle: 'gluteus_maximus', part: 'belly', fma: 'FMA22329', originToward: [-1, 1, 0], origin: 'posterior ilium, sacrum and coccyx', superficial: POST },
  { muscle: 'gluteus_medius', part: 'belly', fma: 'FMA22331', originToward: SUP, origin: 'outer surface of the ilium' },
  { muscle: 'gluteus_minimus', part: 'belly', fma: 'FMA22333', originToward: SUP, origin: 'outer surface of the ilium, below gluteus medius', superficial: [1, 0, -0.3], note: 'superficial tilted back from lateral so that the medial edge (around 0.25) is well defined: the posterior edge' },
  { muscle: 'piriformis', part: 'belly', fma: 'FMA22341', originToward: MED, origin: 'anterior surface of the sacrum', superficial: POST },
  { muscle: 'tensor_fasciae_latae', part: 'belly', fma: 'FMA22426', originToward: SUP, origin: 'anterior superior iliac spine' },
  { muscle: 'rectus_femoris', part: 'belly', fma: 'FMA38929', originToward: SUP, origin: 'anterior inferior iliac spine', superficial: ANT },
  { muscle: 'vastus_lateralis', part: 'belly', fma: 'FMA38931', originToward: SUP, origin: 'greater trochanter and lateral linea aspera' },
  { muscle: 'vastus_medialis', part: 'belly', fma: 'FMA38933', originToward: SUP, origin: 'intertrochanteric line and medial linea aspera' },
  { muscle: 'biceps_femoris', part: 'long_head', fma: 'FMA45889', originToward: SUP, origin: 'ischial tuberosity', superficial: POST },
  { muscle: 'biceps_femoris', part: 'short_head', fma: 'FMA45892', originToward: SUP, origin: 'lateral lip of the linea aspera' },
  { muscle: 'semitendinosus', part: 'belly', fma: 'FMA22359', originToward: SUP, origin: 'ischial tuberosity', superficial: POST },
  { muscle: 'sartorius', part: 'belly', fma: 'FMA22355', originToward: SUP, origin: 'anterior superior iliac spine', superficial: [-0.6, 0, 0.8] },
  { muscle: 'pectineus', part: 'belly', fma: 'FMA22451', originToward: SUP, origin: 'pectineal line of the pubis', superficial: ANT },
  { muscle: 'adductor_longus', part: 'belly', fma: 'FMA22457', originToward: SUP, origin: 'body of the pubis below the pubic crest', superficial: [-0.5, 0, 0.9] },
  { muscle: 'adductor_brevis', part: 'belly', fma: 'FMA22454', originToward: SUP, origin: 'body and inferior ramus of the pubis', superficial: [-0.3, 0, 1] },
  { muscle: 'adductor_magnus', part: 'belly', fma: 'FMA22460', originToward: SUP, origin: 'inferior pubic ramus, ischial ramus and ischial tuberosity', superficial: [-1, 0, -0.3] },
  { muscle: 'gracilis', part: 'belly', fma: 'FMA43884', originToward: SUP, origin: 'body and inferior ramus of the pubis', superficial: MED },
  { muscle: 'vastus_intermedius', part: 'belly', fma: 'FMA38935', originToward: SUP, origin: 'anterior and lateral surfaces of the femoral shaft', superficial: ANT },
  { muscle: 'semimembranosus', part: 'belly', fma: 'FMA22449', originToward: SUP, origin: 'ischial tuberosity', superficial: [-0.5, 0, -1] },
  { muscle: 'quadratus_femoris', part: 'belly', fma: 'FMA22339', originToward: MED, origin: 'lateral border of the ischial tuberosity', superficial: POST },
  { muscle: 'gemellus_superior', part: 'belly', fma: 'FMA22335', originToward: MED, origin: 'outer surface of the ischial spine', superficial: POST },
  { muscle: 'gemellus_inferior', part: 'belly', fma: 'FMA22337', originToward: MED, origin: 'upper part of the ischial tuberosity', superficial: POST },
  { muscle: 'obturator_externus', part: 'belly', fma: 'FMA22327', originToward: [-1, 0, 0.5], origin: 'outer surface of the obturator membrane and the pubic and ischial rami round it', superficial: [0, -0.3, 1], note: 'coarse reference (a decimated model in 3 pieces); superficial is its front face in the groin, under the pectineus and adductors, from where its trigger point is sought' },
]
