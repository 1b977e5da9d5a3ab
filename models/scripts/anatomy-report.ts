/**
 * `npm run anatomy:report`: how closely the generated body matches the BodyParts3D reference
 * (../shared/anatomy-reference), per muscle side and in summary against issue 5's targets.
 * Prints a table; writes the same figures as JSON to docs/anatomy-report.json (or to stdout
 * with --json). Exits 1 when a target is missed. About a minute on two cores.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { figures } from '../generator/figures.ts'
import { muscleCatalogue as muscles } from '../../src/data/muscle-catalogue.ts'
import {
  measureMuscles,
  reportSampling,
  unmeasuredMuscles,
  type MuscleFidelity,
} from './anatomy-report/muscle-fidelity.ts'
import { builtMuscleMeshes } from './anatomy-report/built-meshes.ts'
import { measureSkin } from './anatomy-report/skin-fidelity.ts'
import { summarise, volumeTolerance } from './anatomy-report/summary.ts'
import { referenceByFma } from '../fit/half.ts'
import { partSpecs } from '../fit/parts.ts'
import { hasReference, loadReference } from './reference.ts'

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d

async function main(): Promise<void> {
  if (!hasReference()) {
    console.error('anatomy:report needs ../shared/anatomy-reference (the BodyParts3D measurement pack)')
    process.exit(2)
  }
  const t0 = performance.now()
  const byFma = referenceByFma((await loadReference('muscles.glb')).values())
  const rows = measureMuscles(muscles, figures, byFma, reportSampling, builtMuscleMeshes())
  const skin = measureSkin([...(await loadReference('skin.glb')).values()][0]!, 2e-5)
  const checks = summarise(rows, skin)
  const unmeasured = unmeasuredMuscles(muscles, figures)
  const notes = (id: string) => partSpecs.filter((s) => s.muscle === id && s.note).map((s) => `${s.part}: ${s.note}`)
  const seconds = (performance.now() - t0) / 1000

  const report = {
    about:
      'Generated body vs the BodyParts3D reference (npm run anatomy:report). Distances in mm; volumeRatio = ours / reference.',
    summary: checks,
    muscles: rows.map((r) => ({
      ...r,
      surfaceMm: round(r.surfaceMm),
      oursToReferenceMm: round(r.oursToReferenceMm),
      referenceToOursMm: round(r.referenceToOursMm),
      p90Mm: round(r.p90Mm),
      centroidMm: round(r.centroidMm),
      volumeRatio: round(r.volumeRatio, 3),
      referenceVolumeCm3: round(r.referenceVolumeCm3, 1),
      notes: notes(r.muscle),
    })),
    skin: skin.map((s) => ({
      ...s,
      surfaceMm: round(s.surfaceMm),
      oursToReferenceMm: round(s.oursToReferenceMm),
      referenceToOursMm: round(s.referenceToOursMm),
    })),
    unmeasured: unmeasured.map((id) => ({
      muscle: id,
      why: 'no reference mesh in BodyParts3D: shaped from anatomical description on measured landmarks (models/fit/described.ts)',
    })),
  }
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(report, null, 2))
  } else {
    writeFileSync(
      resolve(import.meta.dirname, '../../docs/anatomy-report.json'),
      JSON.stringify(report, null, 1) + '\n',
    )
    const mark = (r: MuscleFidelity) => (Math.abs(r.volumeRatio - 1) > volumeTolerance ? ' *' : '')
    console.log(
      `${'muscle'.padEnd(32)} side   surface  p90  centroid  volume  (mm; volume ours/reference, * outside ±${volumeTolerance * 100} %)`,
    )
    for (const r of rows)
      console.log(
        `${r.muscle.padEnd(32)} ${r.side.padEnd(5)} ${r.surfaceMm.toFixed(2).padStart(7)} ${r.p90Mm.toFixed(1).padStart(5)} ${r.centroidMm.toFixed(1).padStart(8)} ${r.volumeRatio.toFixed(2).padStart(7)}${mark(r)}`,
      )
    console.log('\nskin, mean symmetric surface distance')
    for (const s of skin)
      console.log(
        `  ${s.group.padEnd(18)} ${s.surfaceMm.toFixed(2)} mm (ours->reference ${s.oursToReferenceMm.toFixed(2)}, reference->ours ${s.referenceToOursMm.toFixed(2)})`,
      )
    console.log(`\nnot measured (no reference mesh; shaped from description): ${unmeasured.join(', ')}`)
    const off = rows.filter((r) => r.side === 'left' && Math.abs(r.volumeRatio - 1) > volumeTolerance)
    if (off.length)
      console.log(
        '\nvolume outside the tolerance (left side; the right mirrors it):\n' +
          off
            .map(
              (r) =>
                `  ${r.muscle} ${r.volumeRatio.toFixed(2)}${notes(r.muscle).length ? ` — ${notes(r.muscle).join('; ')}` : ''}`,
            )
            .join('\n'),
      )
    console.log(`\nsummary over ${rows.length} muscle sides (${rows.length / 2} muscles), ${seconds.toFixed(0)} s:`)
    for (const c of checks)
      console.log(`  ${c.pass ? 'ok  ' : 'MISS'} ${c.name.padEnd(48)} ${String(c.value).padStart(7)}  (${c.limit})`)
    console.log('JSON: docs/anatomy-report.json')
  }
  if (checks.some((c) => !c.pass)) process.exit(1)
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
