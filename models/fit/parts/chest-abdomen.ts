/** Chest and abdomen parts to fit (see PartSpec in ../parts.ts). */
import type { PartSpec } from '../part-spec.ts'
import { ANT, INF, MED, POST, SUP } from '../directions.ts'

// One part a line, so the table reads down its columns.
// prettier-ignore
export const chestAbdomenParts: readonly PartSpec[] = [
  { muscle: 'pectoralis_major', part: 'clavicular', fma: 'FMA34691', originToward: MED, origin: 'medial half of the clavicle', superficial: ANT },
  { muscle: 'pectoralis_major', part: 'sternocostal', fma: 'FMA79980', originToward: MED, origin: 'sternum and costal cartilages 1-6', superficial: ANT },
  { muscle: 'pectoralis_major', part: 'abdominal', fma: 'FMA45875', originToward: [-1, -1, 0], origin: 'anterior rectus sheath', superficial: ANT },
  { muscle: 'rectus_abdominis', part: 'belly', fma: 'FMA13378', originToward: INF, origin: 'pubic crest and symphysis', superficial: ANT },
  { muscle: 'pectoralis_minor', part: 'belly', fma: 'FMA13376', originToward: INF, origin: 'ribs 3-5 near their cartilages', superficial: ANT },
  { muscle: 'subclavius', part: 'belly', fma: 'FMA13411', originToward: MED, origin: 'first rib at its costal cartilage', superficial: [0, 0.6, 0.8] },
  { muscle: 'serratus_anterior', part: 'belly', fma: 'FMA13399', originToward: ANT, origin: 'outer surfaces of ribs 1-9', superficial: [1, 0, 0], sheet: true, note: 'sheet wrapped round the chest wall: fibres from the digitations back to the scapula; the saw-tooth digitations are smoothed over' },
  { muscle: 'external_oblique', part: 'belly', fma: 'FMA13337', originToward: [1, 1, 0], origin: 'outer surfaces of ribs 5-12', superficial: [0.8, 0, 0.6], sheet: true, note: 'thin sheet (3 mm) wrapped round the flank, fitted as a sheet; along runs from the ribs down; the saw-tooth digitations on the ribs are smoothed over' },
  { muscle: 'internal_oblique', part: 'belly', fma: 'FMA13893', originToward: SUP, origin: 'lower ribs (its upper insertion): along runs down to the iliac crest and groin, as the data places its low trigger point at 0.75', superficial: [0.6, 0, 0.8], sheet: true, note: 'thin sheet wrapped round the flank, fitted as a sheet; along runs from the ribs down; its outline (a narrow upper strip beside the rectus sheath over a broad lower sheet) is more ragged than a 5 x 5 patch can follow, so parts of the strip are left uncovered' },
  { muscle: 'transversus_abdominis', part: 'belly', fma: 'FMA22345', originToward: SUP, origin: 'costal cartilages 7-12 (also thoracolumbar fascia, iliac crest, inguinal ligament)', superficial: [0.8, 0, 0.6], sheet: true, note: 'thin sheet wrapped round the flank, fitted as a sheet; its fibres run across the sheet, along runs from the costal margin down' },
  { muscle: 'intercostals', part: 'belly', fma: 'FMA9756', originToward: POST, origin: 'the back of the rib cage near the spine (the data runs the muscle from there forward, as its trigger points do: along 0.5 the side of the chest, 0.85 near the costal cartilages)', superficial: [1, 0, 0.3], sheet: true, note: 'the external intercostals of all the spaces, one reference mesh in 12 pieces between the ribs: one sheet wrapped round the rib cage spans them and so covers the ribs between them' },
  { muscle: 'diaphragm', part: 'belly', fma: 'FMA13295', originToward: ANT, origin: 'the sternal part and the costal margin in front (the xiphoid, the lower costal cartilages): along runs from the front back to the crura on the lumbar vertebrae, across from the rim up to the central tendon, so that along 0.1-0.3 lies under the front of the rib cage', superficial: [0.6, 0.8, 0], sheet: true, domeAxisY: 1.04, ownRight: true, note: 'one midline mesh in the reference: each side is its half, fitted as a sheet over the dome (unrolled on a front-to-back axis); the superficial face is its upper (chest) face; the right half is fitted on its own (its dome rides higher, over the liver)' },
  { muscle: 'pyramidalis', part: 'belly', fma: 'FMA22347', originToward: INF, origin: 'pubic crest and symphysis', superficial: ANT },
]
