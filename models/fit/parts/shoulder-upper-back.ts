/** Shoulder and upper-back parts to fit (see PartSpec in ../parts.ts). */
import type { PartSpec } from '../part-spec.ts'
import { MED, POST, SUP } from '../directions.ts'

// One part a line, so the table reads down its columns.
// prettier-ignore
export const shoulderUpperBackParts: readonly PartSpec[] = [
  { muscle: 'upper_trapezius', part: 'descending_part', fma: 'FMA33587', originToward: [-1, 1, 0], origin: 'external occipital protuberance, nuchal ligament', superficial: [0, 0.5, -0.85] },
  { muscle: 'middle_trapezius', part: 'transverse_part', fma: 'FMA33585', originToward: MED, origin: 'spinous processes C7-T3', superficial: POST },
  { muscle: 'lower_trapezius', part: 'ascending_part', fma: 'FMA33583', originToward: [-1, -1, 0], origin: 'spinous processes T4-T12' },
  { muscle: 'supraspinatus', part: 'belly', fma: 'FMA32545', originToward: MED, origin: 'supraspinous fossa', superficial: SUP },
  { muscle: 'infraspinatus', part: 'belly', fma: 'FMA32548', originToward: MED, origin: 'infraspinous fossa' },
  { muscle: 'rhomboids', part: 'major', fma: 'FMA13382', originToward: MED, origin: 'spinous processes T2-T5', superficial: POST },
  { muscle: 'rhomboids', part: 'minor', fma: 'FMA13384', originToward: MED, origin: 'spinous processes C7-T1', superficial: POST },
  { muscle: 'deltoid', part: 'anterior', fma: 'FMA34681', originToward: SUP, origin: 'lateral third of the clavicle' },
  { muscle: 'deltoid', part: 'middle', fma: 'FMA34683', originToward: SUP, origin: 'acromion' },
  { muscle: 'deltoid', part: 'posterior', fma: 'FMA34685', originToward: [-0.5, 1, 0], origin: 'spine of the scapula' },
  { muscle: 'latissimus_dorsi', part: 'belly', fma: 'FMA13359', originToward: [-1, -1, 0], origin: 'spinous processes T7-L5, thoracolumbar fascia, iliac crest', sheet: true, sheetCentroid: true, keepVolume: true, note: 'broad sheet over the lower back and flank, fitted as a sheet, along runs from the spine and iliac crest up to the arm; the reference mesh comes from a coarse source in 55 overlapping pieces, which pull its centroid (so the sheet has the same light centroid pull as the tubes: 24 mm off without it) and count its volume twice where they overlap (so the volume is left as fitted, 0.5-7 mm thick: about 0.6 of the reference)' },
  { muscle: 'teres_minor', part: 'belly', fma: 'FMA32554', originToward: [-1, -1, 0], origin: 'upper lateral border of the scapula', superficial: [0.5, 0, -1] },
  { muscle: 'teres_major', part: 'belly', fma: 'FMA32552', originToward: [-1, -1, -0.5], origin: 'dorsal surface of the inferior angle of the scapula', superficial: [0.3, -0.3, -1] },
  { muscle: 'subscapularis', part: 'belly', fma: 'FMA13415', originToward: MED, origin: 'subscapular fossa', superficial: [0.3, 0, 1] },
  { muscle: 'serratus_posterior_superior', part: 'belly', fma: 'FMA13404', originToward: [-1, 1, 0], origin: 'nuchal ligament, spinous processes C7-T3', superficial: POST },
  { muscle: 'serratus_posterior_inferior', part: 'belly', fma: 'FMA13406', originToward: [-1, -1, 0], origin: 'spinous processes T11-L2, thoracolumbar fascia', superficial: POST },
]
