/** Chest and abdomen parts to fit (see PartSpec in ../parts.ts). */
import type { PartSpec } from '../parts.ts'
import { ANT, INF, MED, SUP } from '../directions.ts'

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
  { muscle: 'pyramidalis', part: 'belly', fma: 'FMA22347', originToward: INF, origin: 'pubic crest and symphysis', superficial: ANT },
]
