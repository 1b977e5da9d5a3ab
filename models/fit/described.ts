/**
 * The muscles the reference lacks, shaped from anatomical description on landmarks measured in
 * the reference skeleton (and skin). Each recipe file says what it measures and the textbook
 * description it follows; the figures are marked `measured: false`.
 */
import type { DescribedMuscle } from './described-types.ts'
import { shapeLateralPterygoid } from './lateral-pterygoid.ts'
import { shapeMasseter } from './masseter.ts'
import { shapeOrbicularisOculi } from './orbicularis-oculi.ts'
import { shapeBulbospongiosus, shapeIschiocavernosus, shapeTransversePerinei } from './perineum.ts'
import { shapeOccipitofrontalis } from './scalp.ts'
import { shapeSternalis } from './sternalis.ts'

export const describedMuscles: readonly DescribedMuscle[] = [
  { muscle: 'masseter', shape: shapeMasseter },
  { muscle: 'lateral_pterygoid', shape: shapeLateralPterygoid },
  { muscle: 'occipitofrontalis', shape: shapeOccipitofrontalis },
  { muscle: 'orbicularis_oculi', shape: shapeOrbicularisOculi },
  { muscle: 'sternalis', shape: shapeSternalis },
  { muscle: 'bulbospongiosus', shape: shapeBulbospongiosus },
  { muscle: 'ischiocavernosus', shape: shapeIschiocavernosus },
  { muscle: 'transverse_perinei', shape: shapeTransversePerinei },
]
