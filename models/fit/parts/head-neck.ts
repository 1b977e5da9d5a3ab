/** Head and neck parts to fit (see PartSpec in ../parts.ts). */
import type { PartSpec } from '../part-spec.ts'
import { ANT, INF, LAT, MED, POST, SUP } from '../directions.ts'

// One part a line, so the table reads down its columns.
// prettier-ignore
export const headNeckParts: readonly PartSpec[] = [
  { muscle: 'levator_scapulae', part: 'belly', fma: 'FMA32541', originToward: SUP, origin: 'transverse processes C1-C4', superficial: [0.5, 0, -1] },
  { muscle: 'sternocleidomastoid', part: 'belly', fma: 'FMA13409', originToward: INF, origin: 'manubrium and medial clavicle' },
  { muscle: 'splenius_capitis', part: 'belly', fma: 'FMA22729', originToward: INF, origin: 'nuchal ligament, spinous processes C7-T3', superficial: POST },
  { muscle: 'scalenes', part: 'anterior', fma: 'FMA13393', originToward: SUP, origin: 'transverse processes C3-C6', superficial: [1, 0, 0.5] },
  { muscle: 'scalenes', part: 'middle', fma: 'FMA13391', originToward: SUP, origin: 'transverse processes C2-C7', superficial: LAT },
  { muscle: 'scalenes', part: 'posterior', fma: 'FMA13389', originToward: SUP, origin: 'transverse processes C4-C6', superficial: [1, 0, -0.5] },
  { muscle: 'temporalis', part: 'belly', fma: 'FMA49008', originToward: SUP, origin: 'temporal fossa', superficial: LAT },
  { muscle: 'medial_pterygoid', part: 'belly', fma: 'FMA49013', originToward: SUP, origin: 'medial surface of the lateral pterygoid plate', superficial: [1, 0, 0.6], note: 'superficial tilted forward from lateral so that the medial edge (around 0.25) is well defined: the anterior edge' },
  { muscle: 'digastric', part: 'belly', fma: 'FMA46293', originToward: [0.4, 0.6, -0.7], origin: 'mastoid notch of the temporal bone (posterior belly)', superficial: [0.6, -0.8, 0] },
  { muscle: 'zygomaticus_major', part: 'belly', fma: 'FMA46813', originToward: SUP, origin: 'zygomatic bone, in front of the zygomaticotemporal suture', superficial: [0.8, 0, 0.6] },
  { muscle: 'platysma', part: 'belly', fma: 'FMA45740', originToward: INF, origin: 'fascia over the upper pectoralis major and deltoid', superficial: [0.7, 0, 0.7] },
  { muscle: 'buccinator', part: 'belly', fma: 'FMA46836', originToward: POST, origin: 'alveolar processes at the molars and the pterygomandibular raphe', superficial: [1, 0, 0.4], axis: ANT },
  { muscle: 'splenius_cervicis', part: 'belly', fma: 'FMA22727', originToward: INF, origin: 'spinous processes T3-T6', superficial: POST },
  { muscle: 'semispinalis_capitis', part: 'belly', fma: 'FMA22877', originToward: INF, origin: 'transverse processes C7-T6, articular processes C4-C6', superficial: POST },
  { muscle: 'semispinalis_cervicis', part: 'belly', fma: 'FMA22875', originToward: INF, origin: 'transverse processes T1-T6', superficial: POST },
  { muscle: 'suboccipital_muscles', part: 'rectus_capitis_posterior_major', fma: 'FMA32531', originToward: INF, origin: 'spinous process of C2', superficial: POST },
  { muscle: 'suboccipital_muscles', part: 'rectus_capitis_posterior_minor', fma: 'FMA32533', originToward: INF, origin: 'posterior tubercle of C1', superficial: POST },
  { muscle: 'suboccipital_muscles', part: 'obliquus_capitis_inferior', fma: 'FMA32537', originToward: MED, origin: 'spinous process of C2', superficial: POST },
  { muscle: 'suboccipital_muscles', part: 'obliquus_capitis_superior', fma: 'FMA32535', originToward: [0, -0.5, 1], origin: 'transverse process of C1', superficial: [0.5, 0, -1] },
]
