/**
 * The built body model for the unit tests, built once per test run: the first test file that
 * asks builds it as `npm run build:model` does (with the tender points) and leaves it, in V8's
 * structured-clone format, in the run's folder (test-model.setup.ts); later files, each in its
 * own module graph, read it back in milliseconds. Without the global setup (a file run by some
 * other runner) it simply builds. Files running at the same moment on other workers may each
 * build; the write is atomic, so none reads half a file.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { deserialize, serialize } from 'node:v8'
import { inject } from 'vitest'
import { muscleCatalogue as muscles } from '../../src/data/muscle-catalogue.ts'
import { regionIds } from '../../src/data/regions.ts'
import { tenderPoints } from '../../src/data/tender-points.ts'
import { buildBodyModel, type BodyModel } from './body-model.ts'
import { figures } from './figures.ts'
import { generateSkin } from './skin.ts'

let model: BodyModel | undefined

function build(): BodyModel {
  const tenderMarkers = Object.fromEntries(Object.entries(tenderPoints).map(([id, tp]) => [id, tp.marker]))
  return buildBodyModel({ muscles, figures, skin: generateSkin(), regionIds, tenderPoints: tenderMarkers })
}

/** The model as `npm run build:model` builds it (the tender points change only the manifest). */
export function builtBodyModel(): BodyModel {
  if (model) return model
  const dir = inject('builtModelDir') as string | undefined
  if (!dir) return (model = build())
  const file = join(dir, 'body-model.v8')
  if (existsSync(file)) return (model = deserialize(readFileSync(file)) as BodyModel)
  model = build()
  const part = `${file}.${process.pid}`
  writeFileSync(part, serialize(model))
  renameSync(part, file)
  return model
}
