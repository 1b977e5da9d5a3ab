/**
 * Fits the skin's figures to the reference pack (run by hand: `npx tsx scripts/fit-skin.ts`).
 * Reads ../shared/anatomy-reference (skin.glb, skeleton.glb) and writes
 * src/anatomy/figures/skin.json (lofted segments: axes and rings of radii) and
 * src/anatomy/figures/landmarks.json (bony landmarks). Those figures are measurements of
 * BodyParts3D (CC BY-SA); no vertex or triangle of the reference is copied.
 *
 * Each ring is measured by slicing the reference skin with the ring's plane and casting rays
 * from the ring's centre at fixed angles; the centre is moved to the centroid of what the rays
 * find a few times, then the centres are smoothed along the segment and the rays cast again.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { loadReference, type ReferenceMesh } from './reference.ts'
import { measureLandmarks, scapulaOutline } from './fit-skin-landmarks.ts'
import { outerSkin } from './reference-outer-skin.ts'
import { segmentSpecs, type SegmentSpec } from './fit-skin-specs.ts'
import { fillGaps, measureRing, polygonCentroid, Slicer, type Slice } from './fit-skin-slicer.ts'
import type { SkinSegmentFigure } from '../src/anatomy/skin-figures.ts'

const figuresDir = resolve(import.meta.dirname, '../src/anatomy/figures')

/** Rounds to 0.1 mm: the figures' precision. */
function mm(x: number): number {
  return Math.round(x * 10000) / 10000 + 0
}

interface Ring {
  t: number
  cu: number
  cv: number
  slice?: Slice
  r: number[]
  /** Fraction of the rays that ended on skin this segment owns. */
  owned: number
  inside: boolean
}

type TipFilter = (t: number, u: number, v: number, p: [number, number, number]) => boolean

/** Mean radius of a ring. */
function meanRadius(ring: Ring): number {
  return ring.r.reduce((a, b) => a + b, 0) / ring.r.length
}

/**
 * The pole of a rounded end: the reference vertex farthest past the end ring (sign +1: along
 * the axis; -1: against it) within a cone around the ring's centre. Without one (the ring is
 * already at the tip) the pole sits half a radius out.
 */
function findTip(slicer: Slicer, spec: SegmentSpec, end: Ring, sign: 1 | -1, filter: TipFilter): { t: number; u: number; v: number } {
  const r0 = meanRadius(end)
  let best = { t: end.t + sign * 0.5 * r0, u: end.cu, v: end.cv }
  for (let i = 0; i < slicer.vertexCount; i++) {
    const q = slicer.vertex(i)
    const d = sign * (q.t - end.t)
    if (d <= 0 || spec.own.beyond(q.p) > 0.002 || !filter(q.t, q.u, q.v, q.p)) continue
    if (Math.hypot(q.u - end.cu, q.v - end.cv) > 1.2 * r0 + 0.5 * d) continue
    if (sign * q.t > sign * best.t) best = { t: q.t, u: q.u, v: q.v }
  }
  return best
}

function fitSegment(skin: ReferenceMesh, spec: SegmentSpec): SkinSegmentFigure {
  const slicer = new Slicer(skin, spec.frame)
  const around = spec.around
  const measure = (ring: Ring) => {
    ring.slice ??= slicer.slice(ring.t)
    const m = measureRing(spec.frame, ring.slice, ring.t, ring.cu, ring.cv, around, spec.own)
    ring.r = fillGaps(m.r)
    if (ring.r.some(Number.isNaN)) ring.inside = false
    else ring.inside = m.inside
    ring.owned = m.owned.filter(Boolean).length / around
  }
  /** Measures a ring, moving its centre to the centroid of what it finds while that stays inside owned skin. */
  const fitRing = (t: number, cu: number, cv: number): Ring => {
    let ring: Ring = { t, cu, cv, r: [], owned: 0, inside: false }
    measure(ring)
    for (let it = 0; it < 4 && ring.inside && ring.owned >= 0.75; it++) {
      const c = polygonCentroid(ring.r, ring.cu, ring.cv)
      const next: Ring = { t, cu: spec.symmetry === 'midline' ? 0 : c[0], cv: c[1], slice: ring.slice, r: [], owned: 0, inside: false }
      measure(next)
      if (!next.inside) break
      ring = next
    }
    return ring
  }
  // March along the segment, each ring starting from its neighbour's centre.
  let rings: Ring[] = []
  let centre: [number, number] = spec.centre0
  for (const t of spec.rings) {
    const ring = fitRing(t, centre[0], centre[1])
    if (ring.inside && ring.owned >= 0.75) centre = [ring.cu, ring.cv]
    rings.push(ring)
  }
  // Rings mostly inside a neighbour (the top of the arm, inside the shoulder) take the centre of
  // the nearest ring that is mostly the segment's own skin.
  const good = rings.filter((r) => r.inside && r.owned >= 0.75)
  if (good.length === 0) throw new Error(`${spec.name}: no ring lies on its own skin`)
  for (const ring of rings) {
    if (good.includes(ring)) continue
    const near = good.reduce((a, b) => (Math.abs(b.t - ring.t) < Math.abs(a.t - ring.t) ? b : a))
    ring.cu = near.cu
    ring.cv = near.cv
  }
  // Smooth the centre line (four passes of a 1-2-1 filter) so the segment does not wobble,
  // then measure again. The centre is only where the rays start: moving it moves no measured
  // point, but a kinked centre line would kink the surface between rings.
  for (let pass = 0; pass < 4; pass++) {
    const cu = rings.map((r) => r.cu), cv = rings.map((r) => r.cv)
    for (let k = 1; k < rings.length - 1; k++) {
      rings[k]!.cu = (cu[k - 1]! + 2 * cu[k]! + cu[k + 1]!) / 4
      rings[k]!.cv = (cv[k - 1]! + 2 * cv[k]! + cv[k + 1]!) / 4
    }
  }
  for (const ring of rings) measure(ring)
  // End rings centred outside their own skin (past a fingertip) are dropped. Rings inside a
  // neighbour's part stay (their radii shrink to almost nothing between the thighs), so that the
  // segment's end is buried there.
  const stray = (r: Ring) => !r.inside && r.owned >= 0.5
  while (rings.length > 2 && stray(rings[rings.length - 1]!)) rings.pop()
  while (rings.length > 2 && stray(rings[0]!)) rings.shift()
  if (rings.some((r) => !r.inside)) console.warn(`${spec.name}: ${rings.filter((r) => !r.inside).length} ring(s) centred outside the skin`)

  // Rounded ends: rings spaced evenly in angle over a quarter circle, up to a pole.
  const tipRings = (end: Ring, pole: { t: number; u: number; v: number }): Ring[] => {
    const d = pole.t - end.t
    const out: Ring[] = []
    for (const deg of [24, 46, 64, 78]) {
      const f = Math.sin((deg * Math.PI) / 180)
      const t = end.t + d * f
      const ring = fitRing(t, end.cu + (pole.u - end.cu) * f, end.cv + (pole.v - end.cv) * f)
      if (ring.inside) out.push(ring)
    }
    return out
  }
  let startPole: { t: number; u: number; v: number } | undefined
  let endPole: { t: number; u: number; v: number } | undefined
  if (spec.endTip) {
    const last = rings[rings.length - 1]!
    endPole = findTip(slicer, spec, last, 1, spec.endTip.filter)
    rings = rings.concat(tipRings(last, endPole))
  }
  if (spec.startTip) {
    const first = rings[0]!
    startPole = findTip(slicer, spec, first, -1, spec.startTip.filter)
    rings = tipRings(first, startPole).reverse().concat(rings)
  }

  const half = (r: number[]) => (spec.symmetry === 'midline' ? Array.from({ length: around / 2 + 1 }, (_, j) => (r[j]! + r[(around - j) % around]!) / 2) : r)
  const out = {
    t: [] as number[],
    cu: [] as number[],
    cv: [] as number[],
    r: [] as number[][],
  }
  const push = (t: number, u: number, v: number, r: number[]) => {
    out.t.push(mm(t))
    out.cu.push(mm(spec.symmetry === 'midline' ? 0 : u))
    out.cv.push(mm(v))
    out.r.push(r.map(mm))
  }
  if (startPole) push(startPole.t, startPole.u, startPole.v, [])
  for (const ring of rings) push(ring.t, ring.cu, ring.cv, half(ring.r))
  if (endPole) push(endPole.t, endPole.u, endPole.v, [])
  const f = spec.frame
  return {
    name: spec.name,
    symmetry: spec.symmetry,
    origin: [mm(f.origin[0]), mm(f.origin[1]), mm(f.origin[2])],
    axis: [round6(f.axis[0]), round6(f.axis[1]), round6(f.axis[2])],
    e1: [round6(f.e1[0]), round6(f.e1[1]), round6(f.e1[2])],
    around,
    ...out,
  }
}

/** Directions keep 6 decimals (a 1e-6 tilt moves a point 1 m away by 1 µm). */
function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6 + 0
}

/** JSON with one ring (or one landmark) per line: readable diffs, modest size. */
function formatSkin(segments: SkinSegmentFigure[]): string {
  const seg = segments.map((s) => {
    const head = `    "name": ${JSON.stringify(s.name)}, "symmetry": ${JSON.stringify(s.symmetry)}, "around": ${s.around},\n    "origin": ${JSON.stringify(s.origin)}, "axis": ${JSON.stringify(s.axis)}, "e1": ${JSON.stringify(s.e1)},`
    const arrays = `    "t": ${JSON.stringify(s.t)},\n    "cu": ${JSON.stringify(s.cu)},\n    "cv": ${JSON.stringify(s.cv)},`
    const r = `    "r": [\n${s.r.map((row) => `      ${JSON.stringify(row)}`).join(',\n')}\n    ]`
    return `  {\n${head}\n${arrays}\n${r}\n  }`
  })
  return `{\n"version": 1,\n"about": "Skin of TriggerMap's body model: lofted segments fitted to the BodyParts3D skin (see README.md in this folder). Metres; +Y up, +Z anterior, +X the body's left. Paired segments are the left limb; midline segments list the left half of each ring.",\n"segments": [\n${seg.join(',\n')}\n]\n}\n`
}

function formatLandmarks(points: Record<string, readonly number[]>, outline: [number, number][]): string {
  const rows = Object.entries(points).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v.map(mm))}`)
  return `{\n"version": 1,\n"about": "Bony landmarks measured on the BodyParts3D skeleton (and a few on its skin: eye, ear, nose tip, nipple, head top), left side or midline, metres. See README.md in this folder.",\n"points": {\n${rows.join(',\n')}\n},\n"scapulaOutline": ${JSON.stringify(outline.map((q) => q.map(mm)))}\n}\n`
}

async function main() {
  const both = [...(await loadReference('skin.glb')).values()][0]
  if (!both) throw new Error('skin.glb has no mesh')
  const skin = outerSkin(both)
  const skeleton = await loadReference('skeleton.glb')
  const landmarks = measureLandmarks(skeleton, skin)
  const outline = scapulaOutline(skeleton)
  const started = performance.now()
  const segments = segmentSpecs(landmarks).map((spec) => fitSegment(skin, spec))
  writeFileSync(resolve(figuresDir, 'skin.json'), formatSkin(segments))
  writeFileSync(resolve(figuresDir, 'landmarks.json'), formatLandmarks(landmarks, outline))
  let numbers = 0
  for (const s of segments) {
    const n = s.t.length * 3 + s.r.reduce((a, r) => a + r.length, 0) + 9
    numbers += n
    console.log(`${s.name.padEnd(14)} rings ${String(s.t.length).padStart(3)}  around ${String(s.around).padStart(2)}  numbers ${n}`)
  }
  console.log(`skin figures: ${numbers} numbers; landmarks: ${Object.keys(landmarks).length * 3 + outline.length * 2} numbers; fitted in ${((performance.now() - started) / 1000).toFixed(1)} s`)
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
