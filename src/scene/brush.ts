/**
 * The pain brush's geometry: which region labels the brush covers around the touched point.
 *
 * The brush spreads over the skin, never through the air: it takes the skin within `radius` of the
 * touched point measured along the surface (shortest paths over the mesh's edges, Dijkstra), so a
 * hand hanging beside the hip, an arm against the chest or the other leg is never marked by a
 * stroke on the hip, chest or leg however close it lies in space.
 *
 * The generated skin is lofted in pieces (trunk with head, upper arm, forearm, hand, finger
 * segments, thigh, leg, foot) whose open ends tuck into the next piece. `buildSkinGraph` sews them:
 * each open end (a loop of boundary edges) is joined to the piece it tucks into (most of the loop
 * within `seamTolerance` of that piece and inside it, behind its outward surface). Skin merely
 * lying near other skin (a hand beside the hip) faces it across a gap, so it stays apart.
 *
 * Pure (typed arrays in, labels out) so it is tested without WebGL. The graph is built once per
 * model; a brush step then visits only the vertices inside the brush.
 */

import { bumpAt, forEachTriangle, outside } from './meshArrays.ts'

export type Vec3 = readonly [number, number, number]

/** Skin vertices in model space (metres) with their region labels, and the triangles. */
export interface SkinSurface {
  positions: Float32Array
  labels: Uint16Array
  /** Triangle vertex indices, three per triangle. */
  indices: ArrayLike<number>
}

/** The skin as a graph of vertices joined by surface edges and by seams between pieces. */
export interface SkinGraph {
  readonly positions: Float32Array
  readonly labels: Uint16Array
  /** Compressed adjacency: the neighbours of vertex i are `neighbours[offsets[i] .. offsets[i+1]]`. */
  readonly offsets: Uint32Array
  readonly neighbours: Uint32Array
  /** Length (metres) of each adjacency entry. */
  readonly lengths: Float32Array
  /** How many seams joined pieces of the skin (for tests and diagnostics). */
  readonly seams: number
  /** Scratch state for the search, reused so a brush step allocates little. */
  readonly scratch: { dist: Float64Array; stamp: Uint32Array; round: number }
}

/** Where the pointer touched the skin: the point and the three vertices of the triangle hit. */
export interface BrushHit {
  point: Vec3
  face: readonly [number, number, number]
}

/** Straight-line distance between vertices a and b (positions: x, y, z per vertex). */
function distance(positions: Float32Array, a: number, b: number): number {
  const dx = coordinate(positions, a * 3) - coordinate(positions, b * 3)
  const dy = coordinate(positions, a * 3 + 1) - coordinate(positions, b * 3 + 1)
  const dz = coordinate(positions, a * 3 + 2) - coordinate(positions, b * 3 + 2)
  return Math.sqrt(dx * dx + dy * dy + dz * dz)
}

/** positions[i], checked (here only ever a Float32Array, so V8 keeps the read fast). */
function coordinate(positions: Float32Array, i: number): number {
  return positions[i] ?? outside(positions, i)
}

/** Connected pieces of the mesh (by shared vertices): a piece id per vertex. */
function piecesOf(vertexCount: number, indices: ArrayLike<number>): Int32Array {
  const parent = new Int32Array(vertexCount)
  for (let i = 0; i < vertexCount; i++) parent[i] = i
  const up = (a: number) => parent[a] ?? outside(parent, a)
  const corner = (i: number) => indices[i] ?? outside(indices, i)
  const find = (a: number): number => {
    while (up(a) !== a) {
      parent[a] = up(up(a))
      a = up(a)
    }
    return a
  }
  for (let t = 0; t + 2 < indices.length; t += 3) {
    const a = find(corner(t))
    parent[find(corner(t + 1))] = a
    parent[find(corner(t + 2))] = a
  }
  const piece = new Int32Array(vertexCount)
  for (let i = 0; i < vertexCount; i++) piece[i] = find(i)
  return piece
}

/** Loops of boundary edges (edges of one triangle only): the open ends of the pieces. */
function openEnds(open: readonly (readonly [number, number])[]): number[][] {
  const next = new Map<number, number[]>()
  const link = (a: number, b: number) => {
    const list = next.get(a)
    if (list) list.push(b)
    else next.set(a, [b])
  }
  for (const [a, b] of open) {
    link(a, b)
    link(b, a)
  }
  const seen = new Set<number>()
  const loops: number[][] = []
  for (const start of next.keys()) {
    if (seen.has(start)) continue
    const loop: number[] = []
    const stack = [start]
    seen.add(start)
    for (let v = stack.pop(); v !== undefined; v = stack.pop()) {
      loop.push(v)
      const around = next.get(v)
      if (!around) throw new Error(`Vertex ${v} is on no open edge`)
      for (const w of around)
        if (!seen.has(w)) {
          seen.add(w)
          stack.push(w)
        }
    }
    loops.push(loop)
  }
  return loops
}

/** Vertices bucketed in cubes of side `cell`, to find near vertices without testing them all. */
function grid(positions: Float32Array, cell: number) {
  const cells = new Map<number, number[]>()
  // Cell coordinates offset to stay positive; 1024 cells a side is 30 m at 3 cm.
  const key = (x: number, y: number, z: number) => ((x + 512) * 1024 + (y + 512)) * 1024 + (z + 512)
  const cellOf = (v: number, k: number) => {
    const i = v * 3 + k
    return Math.floor((positions[i] ?? outside(positions, i)) / cell)
  }
  const count = positions.length / 3
  for (let i = 0; i < count; i++) {
    const k = key(cellOf(i, 0), cellOf(i, 1), cellOf(i, 2))
    const list = cells.get(k)
    if (list) list.push(i)
    else cells.set(k, [i])
  }
  /** Calls `visit` for every vertex in the 27 cells around vertex v. */
  return (v: number, visit: (w: number) => void) => {
    const cx = cellOf(v, 0)
    const cy = cellOf(v, 1)
    const cz = cellOf(v, 2)
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (let dz = -1; dz <= 1; dz++) for (const w of cells.get(key(cx + dx, cy + dy, cz + dz)) ?? []) visit(w)
  }
}

/** Vertex normals from the triangles' winding (outward on the shipped skin), not normalised. */
function windingNormals(positions: Float32Array, indices: ArrayLike<number>): Float32Array {
  const normals = new Float32Array(positions.length)
  const n = (i: number) => normals[i] ?? outside(normals, i)
  forEachTriangle(positions, indices, (a, b, c, nx, ny, nz) => {
    for (const v of [a, b, c]) {
      normals[v * 3] = n(v * 3) + nx
      normals[v * 3 + 1] = n(v * 3 + 1) + ny
      normals[v * 3 + 2] = n(v * 3 + 2) + nz
    }
  })
  return normals
}

/**
 * Seams: for each open end, links from its vertices to the nearest vertices of the piece it
 * tucks into. An end tucks into a piece when at least half its vertices lie within `tolerance`
 * of that piece and behind its surface (inside it); the nearest such piece on average wins. Skin
 * that only lies near another (a hand beside the hip, facing it across a gap) is in front of it,
 * so it is never sewn on.
 */
function seamLinks(
  positions: Float32Array,
  normals: Float32Array,
  piece: Int32Array,
  loops: readonly number[][],
  tolerance: number,
): { links: [number, number][]; seams: number } {
  const near = grid(positions, tolerance)
  const p = (i: number) => positions[i] ?? outside(positions, i)
  const normal = (i: number) => normals[i] ?? outside(normals, i)
  const pieceOf = (v: number) => piece[v] ?? outside(piece, v)
  const links: [number, number][] = []
  let seams = 0
  for (const loop of loops) {
    const [first] = loop
    if (first === undefined) continue
    const own = pieceOf(first)
    // Per candidate piece: the loop vertices inside it, their summed distance, the links.
    const candidates = new Map<number, { count: number; sum: number; links: [number, number][] }>()
    for (const v of loop) {
      const best = new Map<number, { d: number; w: number }>()
      near(v, (w) => {
        const other = pieceOf(w)
        if (other === own) return
        const d = distance(positions, v, w)
        if (d > tolerance) return
        const b = best.get(other)
        if (!b || d < b.d) best.set(other, { d, w })
      })
      for (const [other, { d, w }] of best) {
        const behind =
          (p(v * 3) - p(w * 3)) * normal(w * 3) +
            (p(v * 3 + 1) - p(w * 3 + 1)) * normal(w * 3 + 1) +
            (p(v * 3 + 2) - p(w * 3 + 2)) * normal(w * 3 + 2) <
          0
        if (!behind) continue
        let c = candidates.get(other)
        if (!c) candidates.set(other, (c = { count: 0, sum: 0, links: [] }))
        c.count++
        c.sum += d
        c.links.push([v, w])
      }
    }
    let chosen: { count: number; sum: number; links: [number, number][] } | null = null
    for (const c of candidates.values()) {
      if (c.count * 2 < loop.length) continue
      if (!chosen || c.sum / c.count < chosen.sum / chosen.count) chosen = c
    }
    if (chosen) {
      links.push(...chosen.links)
      seams++
    }
  }
  return { links, seams }
}

/** Builds the brush's graph of the skin: once per model, not per stroke. */
export function buildSkinGraph(surface: SkinSurface, options: { seamTolerance?: number } = {}): SkinGraph {
  const { positions, labels, indices } = surface
  const n = labels.length
  const tolerance = options.seamTolerance ?? 0.03
  // Each vertex's neighbours along triangle edges, with repeats: an edge shared by two triangles
  // is listed twice, an edge of one triangle only (an open end of a piece) once.
  const corner = (i: number) => indices[i] ?? outside(indices, i)
  const rawOffsets = new Uint32Array(n + 1)
  const rawOffset = (v: number) => rawOffsets[v] ?? outside(rawOffsets, v)
  for (let t = 0; t + 2 < indices.length; t += 3) {
    for (let c = 0; c < 3; c++) {
      const a = corner(t + c)
      const b = corner(t + ((c + 1) % 3))
      if (a !== b) {
        bumpAt(rawOffsets, a + 1)
        bumpAt(rawOffsets, b + 1)
      }
    }
  }
  for (let i = 0; i < n; i++) rawOffsets[i + 1] = rawOffset(i + 1) + rawOffset(i)
  const raw = new Uint32Array(rawOffset(n))
  const rawFill = rawOffsets.slice(0, n)
  for (let t = 0; t + 2 < indices.length; t += 3) {
    for (let c = 0; c < 3; c++) {
      const a = corner(t + c)
      const b = corner(t + ((c + 1) % 3))
      if (a !== b) {
        raw[bumpAt(rawFill, a)] = b
        raw[bumpAt(rawFill, b)] = a
      }
    }
  }
  // Each edge once (from[e] < to[e]), and the open edges.
  const from: number[] = []
  const to: number[] = []
  const open: [number, number][] = []
  for (let v = 0; v < n; v++) {
    const start = rawOffset(v)
    const end = rawOffset(v + 1)
    for (let e = start; e < end; e++) {
      const w = raw[e] ?? outside(raw, e)
      if (w < v) continue
      let seenBefore = false
      let uses = 0
      for (let f = start; f < end; f++) {
        if (raw[f] !== w) continue
        if (f < e) {
          seenBefore = true
          break
        }
        uses++
      }
      if (seenBefore) continue
      from.push(v)
      to.push(w)
      if (uses === 1) open.push([v, w])
    }
  }
  const piece = piecesOf(n, indices)
  const { links, seams } = seamLinks(positions, windingNormals(positions, indices), piece, openEnds(open), tolerance)

  // The surface edges, then the seams: from[e] -- to[e].
  for (const [a, b] of links) {
    from.push(a)
    to.push(b)
  }
  const otherEnd = (e: number) => to[e] ?? outside(to, e)
  const degree = new Uint32Array(n + 1)
  from.forEach((a, e) => {
    bumpAt(degree, a)
    bumpAt(degree, otherEnd(e))
  })
  const offsets = new Uint32Array(n + 1)
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i] ?? outside(offsets, i)) + (degree[i] ?? outside(degree, i))
  const size = offsets[n] ?? outside(offsets, n)
  const neighbours = new Uint32Array(size)
  const lengths = new Float32Array(size)
  const fill = offsets.slice(0, n)
  const add = (a: number, b: number) => {
    const d = distance(positions, a, b)
    const slot = bumpAt(fill, a)
    neighbours[slot] = b
    lengths[slot] = d
  }
  from.forEach((a, e) => {
    const b = otherEnd(e)
    add(a, b)
    add(b, a)
  })
  return {
    positions,
    labels,
    offsets,
    neighbours,
    lengths,
    seams,
    scratch: { dist: new Float64Array(n), stamp: new Uint32Array(n), round: 0 },
  }
}

/** A binary min-heap of (distance, vertex), allowing stale entries (skipped when popped). */
class Heap {
  private keys: number[] = []
  private values: number[] = []
  get size() {
    return this.keys.length
  }
  private key(i: number): number {
    return this.keys[i] ?? outside(this.keys, i)
  }
  private value(i: number): number {
    return this.values[i] ?? outside(this.values, i)
  }
  push(key: number, value: number) {
    const { keys, values } = this
    let i = keys.length
    keys.push(key)
    values.push(value)
    while (i > 0) {
      const parent = (i - 1) >> 1
      const parentKey = this.key(parent)
      if (parentKey <= key) break
      keys[i] = parentKey
      values[i] = this.value(parent)
      i = parent
    }
    keys[i] = key
    values[i] = value
  }
  pop(): [number, number] {
    const { keys, values } = this
    const lastKey = keys.pop()
    const lastValue = values.pop()
    if (lastKey === undefined || lastValue === undefined) throw new RangeError('Pop from an empty heap')
    if (keys.length === 0) return [lastKey, lastValue]
    const top: [number, number] = [this.key(0), this.value(0)]
    let i = 0
    for (;;) {
      const l = 2 * i + 1
      if (l >= keys.length) break
      const c = l + 1 < keys.length && this.key(l + 1) < this.key(l) ? l + 1 : l
      const childKey = this.key(c)
      if (childKey >= lastKey) break
      keys[i] = childKey
      values[i] = this.value(c)
      i = c
    }
    keys[i] = lastKey
    values[i] = lastValue
    return top
  }
}

/**
 * Region labels the brush covers: every vertex whose distance over the skin from the touched
 * point is at most `radius`, plus the label at the touched point itself (its triangle's nearest
 * corner), so a tap (radius 0) takes exactly the touched region.
 */
export function labelsWithinBrush(graph: SkinGraph, hit: BrushHit, radius: number): number[] {
  const { positions, labels, offsets, neighbours, lengths, scratch } = graph
  const { dist, stamp } = scratch
  const p = (i: number) => positions[i] ?? outside(positions, i)
  const label = (v: number) => labels[v] ?? outside(labels, v)
  const distanceTo = (v: number) => dist[v] ?? outside(dist, v)
  const [px, py, pz] = hit.point
  /** A corner of the triangle hit and its distance from the touched point. */
  type Corner = { v: number; d: number }
  const corner = (v: number): Corner => ({ v, d: Math.hypot(p(v * 3) - px, p(v * 3 + 1) - py, p(v * 3 + 2) - pz) })
  const [a, b, c] = hit.face
  const corners: [Corner, Corner, Corner] = [corner(a), corner(b), corner(c)]
  corners.sort((x, y) => x.d - y.d)
  const found = new Set<number>([label(corners[0].v)])
  if (!(radius > 0)) return [...found]

  // Dijkstra from the triangle's corners, stopped at the brush's edge.
  if (scratch.round === 0xffffffff) {
    scratch.stamp.fill(0)
    scratch.round = 0
  }
  const round = ++scratch.round
  const heap = new Heap()
  for (const { v, d } of corners) {
    if (d > radius || (stamp[v] === round && distanceTo(v) <= d)) continue
    stamp[v] = round
    dist[v] = d
    heap.push(d, v)
  }
  while (heap.size > 0) {
    const [d, v] = heap.pop()
    if (d > distanceTo(v)) continue
    found.add(label(v))
    const end = offsets[v + 1] ?? outside(offsets, v + 1)
    for (let e = offsets[v] ?? outside(offsets, v); e < end; e++) {
      const w = neighbours[e] ?? outside(neighbours, e)
      const dw = d + (lengths[e] ?? outside(lengths, e))
      if (dw > radius) continue
      if (stamp[w] === round && distanceTo(w) <= dw) continue
      stamp[w] = round
      dist[w] = dw
      heap.push(dw, w)
    }
  }
  return [...found]
}
