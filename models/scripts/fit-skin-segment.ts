/**
 * Fits one lofted skin segment to the reference skin (for models/scripts/fit-skin.ts). Each ring is
 * measured by slicing the reference with the ring's plane and casting rays from the ring's
 * centre at fixed angles; the centre moves to the centroid of what the rays find a few times,
 * the centres are smoothed along the segment, and the rays are cast again. Rounded ends
 * (crown, fingertips, heel, toes) get rings spaced evenly over a quarter circle up to a pole.
 */
import type { ReferenceMesh } from './reference.ts'
import type { SegmentSpec } from './fit-skin-specs.ts'
import { fillGaps, measureRing, polygonCentroid, Slicer, type Slice } from './fit-skin-slicer.ts'
import type { SkinSegmentFigure } from '../generator/skin-figures.ts'

/** Rounds to 0.1 mm: the figures' precision. */
export function mm(x: number): number {
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
 * the axis; -1: against it) within a short cone around the ring's centre (so that the thumb's
 * tip is not sought on the index finger). Without one the pole sits half a radius out.
 */
function findTip(
  slicer: Slicer,
  spec: SegmentSpec,
  end: Ring,
  sign: 1 | -1,
  filter: TipFilter,
): { t: number; u: number; v: number } {
  const r0 = meanRadius(end)
  let best = { t: end.t + sign * 0.5 * r0, u: end.cu, v: end.cv }
  for (let i = 0; i < slicer.vertexCount; i++) {
    const q = slicer.vertex(i)
    const d = sign * (q.t - end.t)
    if (d <= 0 || d > 1.5 * r0 + 0.01 || spec.own.beyond(q.p) > 0.002 || !filter(q.t, q.u, q.v, q.p)) continue
    if (Math.hypot(q.u - end.cu, q.v - end.cv) > 1.2 * r0 + 0.25 * d) continue
    if (sign * q.t > sign * best.t) best = { t: q.t, u: q.u, v: q.v }
  }
  return best
}

/** The figure of one segment, rounded to 0.1 mm. */
export function fitSegment(skin: ReferenceMesh, spec: SegmentSpec): SkinSegmentFigure {
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
      const next: Ring = {
        t,
        cu: spec.symmetry === 'midline' ? 0 : c[0],
        cv: c[1],
        slice: ring.slice,
        r: [],
        owned: 0,
        inside: false,
      }
      measure(next)
      if (!next.inside) break
      ring = next
    }
    return ring
  }
  // Every ring starts from the segment's axis (which runs inside the bones), not from its
  // neighbour's centre: a centre that drifted once would drift on.
  let rings: Ring[] = spec.rings.map((t) => fitRing(t, spec.centre0[0], spec.centre0[1]))
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
    const cu = rings.map((r) => r.cu),
      cv = rings.map((r) => r.cv)
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
  if (rings.some(stray))
    console.warn(`${spec.name}: ${rings.filter(stray).length} ring(s) centred outside their own skin`)

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
  // A rounded end needs room: end rings nearer the pole than most of their radius give way.
  if (spec.endTip) {
    endPole = findTip(slicer, spec, rings[rings.length - 1]!, 1, spec.endTip.filter)
    const shrunk = (k: number) => meanRadius(rings[k]!) < 0.45 * meanRadius(rings[k - Math.sign(k)]!)
    while (
      rings.length > 3 &&
      (endPole.t - rings[rings.length - 1]!.t < 0.8 * meanRadius(rings[rings.length - 1]!) || shrunk(rings.length - 1))
    ) {
      rings.pop()
      endPole = findTip(slicer, spec, rings[rings.length - 1]!, 1, spec.endTip.filter)
    }
    rings = rings.concat(tipRings(rings[rings.length - 1]!, endPole))
  }
  if (spec.startTip) {
    startPole = findTip(slicer, spec, rings[0]!, -1, spec.startTip.filter)
    while (
      rings.length > 3 &&
      (rings[0]!.t - startPole.t < 0.8 * meanRadius(rings[0]!) || meanRadius(rings[0]!) < 0.45 * meanRadius(rings[1]!))
    ) {
      rings.shift()
      startPole = findTip(slicer, spec, rings[0]!, -1, spec.startTip.filter)
    }
    rings = tipRings(rings[0]!, startPole).reverse().concat(rings)
  }

  const half = (r: number[]) =>
    spec.symmetry === 'midline'
      ? Array.from({ length: around / 2 + 1 }, (_, j) => (r[j]! + r[(around - j) % around]!) / 2)
      : r
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
