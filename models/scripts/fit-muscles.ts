/**
 * Fits the muscle figures (models/generator/figures/muscles.json) to the BodyParts3D reference in
 * ../shared/anatomy-reference. Run by hand: `npx tsx models/scripts/fit-muscles.ts [--only id] [--dry]`.
 * It writes only figures (control points quantised to 0.1 mm), never reference vertices; the
 * model build reads the figures and never the reference. Deterministic: seeded sampling and a
 * fixed number of iterations give the same figures on every run.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseFigures, type FigureSet, type MuscleFigure, type PartFigure } from '../generator/figures.ts'
import { hasReference, loadReference } from './reference.ts'
import { describedMuscles } from '../fit/described.ts'
import { fitPart, quantise, reportLine } from '../fit/fit-part.ts'
import { mirroredReference, referenceByFma, referenceSide } from '../fit/half.ts'
import { partSpecs } from '../fit/parts.ts'
import { serialiseFigures } from '../fit/serialise.ts'

const outFile = resolve(import.meta.dirname, '../generator/figures/muscles.json')

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

async function main(): Promise<void> {
  if (!hasReference()) throw new Error('fit-muscles: ../shared/anatomy-reference is missing')
  const only = arg('--only')
  const settings = {
    iterations: Number(arg('--iterations') ?? 30),
    centroidWeight: Number(arg('--centroid-weight') ?? 0.05),
  }
  const t0 = performance.now()
  const muscles = await loadReference('muscles.glb')
  const skeleton = await loadReference('skeleton.glb')
  const skin = [...(await loadReference('skin.glb')).values()][0]!
  // The left mesh; for a midline muscle (diaphragm, external anal sphincter), its left half.
  const byFma = referenceByFma(muscles.values())
  const out: Record<
    string,
    { measured: boolean; parts: Record<string, PartFigure>; rightParts?: Record<string, PartFigure> }
  > = {}
  for (const spec of partSpecs) {
    if (only && spec.muscle !== only) continue
    const ref = referenceSide(byFma, spec.fma, 'left')
    if (!ref) throw new Error(`fit-muscles: no left reference mesh for ${spec.fma} (${spec.muscle}.${spec.part})`)
    const fit = fitPart(spec, ref, skin, settings)
    console.log(reportLine(spec, fit))
    out[spec.muscle] ??= { measured: true, parts: {} }
    out[spec.muscle]!.parts[spec.part] = fit.figure
    if (spec.ownRight) {
      const right = referenceSide(byFma, spec.fma, 'right')
      if (!right) throw new Error(`fit-muscles: no right reference mesh for ${spec.fma} (${spec.muscle}.${spec.part})`)
      const rightFit = fitPart(spec, mirroredReference(right), skin, settings)
      console.log(reportLine({ ...spec, part: `${spec.part} (right, mirrored)` }, rightFit))
      ;(out[spec.muscle]!.rightParts ??= {})[spec.part] = rightFit.figure
    }
  }
  for (const d of describedMuscles) {
    if (only && d.muscle !== only) continue
    if (out[d.muscle]) throw new Error(`fit-muscles: ${d.muscle} is both measured and described`)
    const parts = d.shape({ skeleton, skin })
    out[d.muscle] = {
      measured: false,
      parts: Object.fromEntries(Object.entries(parts).map(([p, f]) => [p, quantise(f)])),
    }
    console.log(
      `${d.muscle}: shaped from description on landmarks (measured: false), parts ${Object.keys(parts).join(', ')}`,
    )
  }
  if (only && !out[only])
    throw new Error(`fit-muscles: no muscle ${only} in models/fit/parts/ or models/fit/described.ts`)
  if (process.argv.includes('--dry')) return
  // With --only, the other muscles keep their committed figures.
  const kept = only ? parseFigures(JSON.parse(readFileSync(outFile, 'utf8'))).muscles : {}
  const set: FigureSet = { version: 1, muscles: { ...kept, ...(out as Record<string, MuscleFigure>) } }
  writeFileSync(outFile, serialiseFigures(set))
  console.log(
    `wrote ${outFile} (${Object.keys(set.muscles).length} muscles) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  )
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
