/** The built model's muscle meshes (as the app shows them), looked up by muscle and side. */
import { buildBodyModel, muscleNodeName, type BodyModel } from '../../generator/body-model.ts'
import { figures } from '../../generator/figures.ts'
import { generateSkin } from '../../generator/skin.ts'
import { muscleCatalogue as muscles } from '../../../src/data/muscle-catalogue.ts'
import { regionIds } from '../../../src/data/regions.ts'
import type { MeshOf } from './muscle-fidelity.ts'

/** `model`: one already built (the unit tests share one build per run); by default, builds it. */
export function builtMuscleMeshes(
  model: BodyModel = buildBodyModel({ muscles, figures, skin: generateSkin(), regionIds }),
): MeshOf {
  const byName = new Map(model.muscles.map((n) => [n.name, n.mesh]))
  return (id, side) => byName.get(muscleNodeName(id, side))!
}
