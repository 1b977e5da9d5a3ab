/** Low back and pelvis parts to fit (see PartSpec in ../parts.ts). */
import type { PartSpec } from '../part-spec.ts'
import { ANT, INF, POST, SUP } from '../directions.ts'

// One part a line, so the table reads down its columns.
// prettier-ignore
export const lowBackPelvisParts: readonly PartSpec[] = [
  { muscle: 'quadratus_lumborum', part: 'belly', fma: 'FMA22349', originToward: INF, origin: 'iliac crest and iliolumbar ligament', superficial: [0.5, 0, -1] },
  { muscle: 'iliopsoas', part: 'psoas_major', fma: 'FMA22343', originToward: SUP, origin: 'bodies and transverse processes T12-L5', superficial: ANT },
  { muscle: 'iliopsoas', part: 'iliacus', fma: 'FMA22323', originToward: SUP, origin: 'iliac fossa', superficial: ANT },
  { muscle: 'iliocostalis_lumborum', part: 'belly', fma: 'FMA22741', originToward: INF, origin: 'iliac crest, sacrum, thoracolumbar fascia', superficial: POST },
  { muscle: 'iliocostalis_thoracis', part: 'belly', fma: 'FMA22743', originToward: INF, origin: 'angles of the lower six ribs', superficial: POST },
  { muscle: 'longissimus_thoracis', part: 'belly', fma: 'FMA22753', originToward: INF, origin: 'sacrum, lumbar spinous and transverse processes', superficial: POST },
  { muscle: 'multifidus', part: 'belly', fma: 'FMA22879', originToward: INF, origin: 'sacrum, mammillary and transverse processes', superficial: POST, inflate: 0.002, note: 'a long chain of thin fascicles: fitted 2 mm out so that the tube does not fold' },
  { muscle: 'coccygeus', part: 'belly', fma: 'FMA46444', originToward: [1, 0, 1], origin: 'ischial spine', superficial: [0, -0.7, -0.7] },
  { muscle: 'levator_ani', part: 'iliococcygeus', fma: 'FMA45859', originToward: [1, 0.3, 0.5], origin: 'tendinous arch of the obturator fascia, ischial spine', superficial: [0.3, -1, 0] },
  { muscle: 'levator_ani', part: 'pubococcygeus', fma: 'FMA45855', originToward: ANT, origin: 'posterior surface of the pubis', superficial: INF },
  { muscle: 'levator_ani', part: 'puborectalis', fma: 'FMA45857', originToward: ANT, origin: 'posterior surface of the pubis', superficial: INF },
  { muscle: 'external_anal_sphincter', part: 'belly', fma: 'FMA21930', originToward: ANT, origin: 'perineal body in front (its fibres pass round the anal canal to the anococcygeal ligament behind)', superficial: [1, -0.5, 0], axis: ANT, note: 'one midline ring in the reference: each side is its half, a curved band round the anal canal from the perineal body to the anococcygeal ligament' },
  { muscle: 'obturator_internus', part: 'belly', fma: 'FMA22325', originToward: [-0.6, 0, 0.8], origin: 'inner surface of the obturator membrane and its bony margin', superficial: [-0.5, -0.6, -0.6] },
]
