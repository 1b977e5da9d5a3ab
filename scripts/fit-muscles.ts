/**
 * Fits the muscle figures (src/anatomy/figures/muscles.json) to the BodyParts3D reference in
 * ../shared/anatomy-reference. Run by hand: `npx tsx scripts/fit-muscles.ts [--only id] [--dry]`.
 * It writes only figures (control points quantised to 0.1 mm), never reference vertices; the
 * model build reads the figures and never the reference.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseFigures, type FigureSet, type MuscleFigure, type TubeFigure, type Vec3 } from '../src/anatomy/figures.ts'
import { surfaceCentroid } from '../src/anatomy/mesh.ts'
import { tubeMesh } from '../src/anatomy/muscle-shape.ts'
import { hasReference, loadReference, type ReferenceMesh } from './reference.ts'
import { fitMasseter } from './fit/masseter.ts'
import { partSpecs } from './fit/parts.ts'
import { sampleSurface } from './fit/sampling.ts'
import { fitTube } from './fit/tube-fit.ts'
import { serialiseFigures } from './fit/serialise.ts'

const outFile = resolve(import.meta.dirname, '../src/anatomy/figures/muscles.json')

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

/** Unit direction from `p` to the nearest skin vertex: where the skin is closest. */
function towardSkin(p: Vec3, skin: ReferenceMesh): Vec3 {
  let best = 0, bd = Infinity
  const s = skin.positions
  for (let i = 0; i < s.length; i += 3) {
    const d = (s[i]! - p[0]) ** 2 + (s[i + 1]! - p[1]) ** 2 + (s[i + 2]! - p[2]) ** 2
    if (d < bd) {
      bd = d
      best = i
    }
  }
  const v: Vec3 = [s[best]! - p[0], s[best + 1]! - p[1], s[best + 2]! - p[2]]
  const l = Math.hypot(...v)
  return [v[0] / l, v[1] / l, v[2] / l]
}

/** Rounds a figure: positions to 0.1 mm, the superficial direction to 3 decimals. */
function quantise(f: TubeFigure): TubeFigure {
  const q = (v: Vec3): Vec3 => [Math.round(v[0] * 1e4) / 1e4, Math.round(v[1] * 1e4) / 1e4, Math.round(v[2] * 1e4) / 1e4]
  const l = Math.hypot(...f.superficial)
  const s: Vec3 = [Math.round((f.superficial[0] / l) * 1e3) / 1e3, Math.round((f.superficial[1] / l) * 1e3) / 1e3, Math.round((f.superficial[2] / l) * 1e3) / 1e3]
  return { origin: q(f.origin), insertion: q(f.insertion), rings: f.rings.map((r) => r.map(q)), superficial: s }
}

/** Nearest-point distances between two point sets (brute force; for the report only). */
function meanNearest(a: Float64Array | Float32Array, b: Float64Array | Float32Array, stride = 1): number[] {
  const out: number[] = []
  for (let i = 0; i < a.length; i += 3 * stride) {
    let bd = Infinity
    for (let j = 0; j < b.length; j += 3) {
      const d = (a[i]! - b[j]!) ** 2 + (a[i + 1]! - b[j + 1]!) ** 2 + (a[i + 2]! - b[j + 2]!) ** 2
      if (d < bd) bd = d
    }
    out.push(Math.sqrt(bd))
  }
  return out.sort((x, y) => x - y)
}

async function main(): Promise<void> {
  if (!hasReference()) throw new Error('fit-muscles: ../shared/anatomy-reference is missing')
  const only = arg('--only')
  const iterations = Number(arg('--iterations') ?? 30)
  const centroidWeight = Number(arg('--centroid-weight') ?? 0.05)
  const t0 = performance.now()
  const muscles = await loadReference('muscles.glb')
  const skin = [...(await loadReference('skin.glb')).values()][0]!
  const byFma = new Map<string, ReferenceMesh>()
  for (const m of muscles.values()) if (m.side === 'l') byFma.set(m.fma, m)
  const out: Record<string, { measured: boolean; parts: Record<string, TubeFigure> }> = {}
  const report: string[] = []
  for (const spec of partSpecs) {
    if (only && spec.muscle !== only) continue
    const ref = byFma.get(spec.fma)
    if (!ref) throw new Error(`fit-muscles: no left reference mesh for ${spec.fma} (${spec.muscle}.${spec.part})`)
    const refStats = surfaceCentroid(ref.positions, ref.indices)
    const count = Math.min(20000, Math.max(4000, Math.round(refStats.area / 2e-6)))
    const samples = sampleSurface(ref.positions, ref.indices, count, 7)
    const superficial = spec.superficial ?? towardSkin(refStats.centroid, skin)
    const fit = fitTube(samples, { originToward: spec.originToward, superficial, axis: spec.axis, iterations, centroid: refStats.centroid, centroidWeight })
    const fig = quantise(fit.figure)
    const mesh = tubeMesh(fig)
    const c = surfaceCentroid(mesh.positions, mesh.indices)
    const dc = Math.hypot(c.centroid[0] - refStats.centroid[0], c.centroid[1] - refStats.centroid[1], c.centroid[2] - refStats.centroid[2])
    const fine = tubeMesh(fig, { along: 80, around: 48 })
    const fwd = meanNearest(samples.points, fine.positions, 4)
    const back = meanNearest(fine.positions, samples.points, 2)
    const med = (a: number[]) => a[Math.floor(a.length / 2)]! * 1000
    const p90 = (a: number[]) => a[Math.floor(a.length * 0.9)]! * 1000
    report.push(`${(spec.muscle + '.' + spec.part).padEnd(44)} centroid ${(dc * 1000).toFixed(1).padStart(5)} mm  ref->fig med ${med(fwd).toFixed(1)} p90 ${p90(fwd).toFixed(1)}  fig->ref med ${med(back).toFixed(1)} p90 ${p90(back).toFixed(1)}  area ${(c.area / refStats.area).toFixed(2)}  len ${(fit.length * 100).toFixed(1)} cm`)
    console.log(report[report.length - 1])
    out[spec.muscle] ??= { measured: true, parts: {} }
    out[spec.muscle]!.parts[spec.part] = fig
  }
  if (!only || only === 'masseter') {
    const masseter = await fitMasseter(await loadReference('skeleton.glb'))
    out.masseter = { measured: false, parts: { belly: quantise(masseter) } }
    console.log('masseter: shaped from skull landmarks (measured: false)')
  }
  if (process.argv.includes('--dry')) return
  // With --only, the other muscles keep their committed figures.
  const kept = only ? parseFigures(JSON.parse(readFileSync(outFile, 'utf8'))).muscles : {}
  const set: FigureSet = { version: 1, muscles: { ...kept, ...(out as Record<string, MuscleFigure>) } }
  writeFileSync(outFile, serialiseFigures(set))
  console.log(`wrote ${outFile} in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
