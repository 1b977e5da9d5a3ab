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

function distance(p: Float32Array, a: number, b: number): number {
  const dx = p[a * 3]! - p[b * 3]!
  const dy = p[a * 3 + 1]! - p[b * 3 + 1]!
  const dz = p[a * 3 + 2]! - p[b * 3 + 2]!
  return Math.sqrt(dx * dx + dy * dy + dz * dz)
}

/** Connected pieces of the mesh (by shared vertices): a piece id per vertex. */
function piecesOf(vertexCount: number, indices: ArrayLike<number>): Int32Array {
  const parent = new Int32Array(vertexCount)
  for (let i = 0; i < vertexCount; i++) parent[i] = i
  const find = (a: number): number => {
    while (parent[a] !== a) {
      parent[a] = parent[parent[a]!]!
      a = parent[a]!
    }
    return a
  }
  for (let t = 0; t + 2 < indices.length; t += 3) {
    const a = find(indices[t]!)
    parent[find(indices[t + 1]!)] = a
    parent[find(indices[t + 2]!)] = a
  }
  const piece = new Int32Array(vertexCount)
  for (let i = 0; i < vertexCount; i++) piece[i] = find(i)
  return piece
}

/** Loops of boundary edges (edges of one triangle only): the open ends of the pieces. */
function openEnds(open: readonly (readonly [number, number])[]): number[][] {
  const next = new Map<number, number[]>()
  for (const [a, b] of open) {
    ;(next.get(a) ?? next.set(a, []).get(a)!).push(b)
    ;(next.get(b) ?? next.set(b, []).get(b)!).push(a)
  }
  const seen = new Set<number>()
  const loops: number[][] = []
  for (const start of next.keys()) {
    if (seen.has(start)) continue
    const loop: number[] = []
    const stack = [start]
    seen.add(start)
    while (stack.length > 0) {
      const v = stack.pop()!
      loop.push(v)
      for (const w of next.get(v)!)
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
  const at = (v: number, k: number) => Math.floor(positions[v * 3 + k]! / cell)
  const count = positions.length / 3
  for (let i = 0; i < count; i++) {
    const k = key(at(i, 0), at(i, 1), at(i, 2))
    const list = cells.get(k)
    if (list) list.push(i)
    else cells.set(k, [i])
  }
  /** Calls `visit` for every vertex in the 27 cells around vertex v. */
  return (v: number, visit: (w: number) => void) => {
    const cx = at(v, 0)
    const cy = at(v, 1)
    const cz = at(v, 2)
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (let dz = -1; dz <= 1; dz++) for (const w of cells.get(key(cx + dx, cy + dy, cz + dz)) ?? []) visit(w)
  }
}

/** Vertex normals from the triangles' winding (outward on the shipped skin), not normalised. */
function windingNormals(positions: Float32Array, indices: ArrayLike<number>): Float32Array {
  const normals = new Float32Array(positions.length)
  for (let t = 0; t + 2 < indices.length; t += 3) {
    const a = indices[t]! * 3
    const b = indices[t + 1]! * 3
    const c = indices[t + 2]! * 3
    const ux = positions[b]! - positions[a]!,
      uy = positions[b + 1]! - positions[a + 1]!,
      uz = positions[b + 2]! - positions[a + 2]!
    const vx = positions[c]! - positions[a]!,
      vy = positions[c + 1]! - positions[a + 1]!,
      vz = positions[c + 2]! - positions[a + 2]!
    const nx = uy * vz - uz * vy,
      ny = uz * vx - ux * vz,
      nz = ux * vy - uy * vx
    normals[a] = normals[a]! + nx
    normals[a + 1] = normals[a + 1]! + ny
    normals[a + 2] = normals[a + 2]! + nz
    normals[b] = normals[b]! + nx
    normals[b + 1] = normals[b + 1]! + ny
    normals[b + 2] = normals[b + 2]! + nz
    normals[c] = normals[c]! + nx
    normals[c + 1] = normals[c + 1]! + ny
    normals[c + 2] = normals[c + 2]! + nz
  }
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
  const links: [number, number][] = []
  let seams = 0
  for (const loop of loops) {
    const own = piece[loop[0]!]!
    // Per candidate piece: the loop vertices inside it, their summed distance, the links.
    const candidates = new Map<number, { count: number; sum: number; links: [number, number][] }>()
    for (const v of loop) {
      const best = new Map<number, { d: number; w: number }>()
      near(v, (w) => {
        const p = piece[w]!
        if (p === own) return
        const d = distance(positions, v, w)
        if (d > tolerance) return
        const b = best.get(p)
        if (!b || d < b.d) best.set(p, { d, w })
      })
      for (const [p, { d, w }] of best) {
        const behind =
          (positions[v * 3]! - positions[w * 3]!) * normals[w * 3]! +
            (positions[v * 3 + 1]! - positions[w * 3 + 1]!) * normals[w * 3 + 1]! +
            (positions[v * 3 + 2]! - positions[w * 3 + 2]!) * normals[w * 3 + 2]! <
          0
        if (!behind) continue
        const c = candidates.get(p) ?? candidates.set(p, { count: 0, sum: 0, links: [] }).get(p)!
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
  const rawOffsets = new Uint32Array(n + 1)
  for (let t = 0; t + 2 < indices.length; t += 3) {
    for (let c = 0; c < 3; c++) {
      const a = indices[t + c]!
      const b = indices[t + ((c + 1) % 3)]!
      if (a !== b) {
        rawOffsets[a + 1]!++
        rawOffsets[b + 1]!++
      }
    }
  }
  for (let i = 0; i < n; i++) rawOffsets[i + 1]! += rawOffsets[i]!
  const raw = new Uint32Array(rawOffsets[n]!)
  const rawFill = rawOffsets.slice(0, n)
  for (let t = 0; t + 2 < indices.length; t += 3) {
    for (let c = 0; c < 3; c++) {
      const a = indices[t + c]!
      const b = indices[t + ((c + 1) % 3)]!
      if (a !== b) {
        raw[rawFill[a]!++] = b
        raw[rawFill[b]!++] = a
      }
    }
  }
  // Each edge once (from < to), and the open edges.
  const from: number[] = []
  const to: number[] = []
  const open: [number, number][] = []
  for (let v = 0; v < n; v++) {
    const start = rawOffsets[v]!
    const end = rawOffsets[v + 1]!
    for (let e = start; e < end; e++) {
      const w = raw[e]!
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

  const degree = new Uint32Array(n + 1)
  for (let e = 0; e < from.length; e++) {
    degree[from[e]!]!++
    degree[to[e]!]!++
  }
  for (const [a, b] of links) {
    degree[a]!++
    degree[b]!++
  }
  const offsets = new Uint32Array(n + 1)
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i]!
  const neighbours = new Uint32Array(offsets[n]!)
  const lengths = new Float32Array(offsets[n]!)
  const fill = offsets.slice(0, n)
  const add = (a: number, b: number) => {
    const d = distance(positions, a, b)
    neighbours[fill[a]!] = b
    lengths[fill[a]!++] = d
    neighbours[fill[b]!] = a
    lengths[fill[b]!++] = d
  }
  for (let e = 0; e < from.length; e++) add(from[e]!, to[e]!)
  for (const [a, b] of links) add(a, b)
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
  push(key: number, value: number) {
    const { keys, values } = this
    let i = keys.length
    keys.push(key)
    values.push(value)
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (keys[parent]! <= key) break
      keys[i] = keys[parent]!
      values[i] = values[parent]!
      i = parent
    }
    keys[i] = key
    values[i] = value
  }
  pop(): [number, number] {
    const { keys, values } = this
    const top: [number, number] = [keys[0]!, values[0]!]
    const lastKey = keys.pop()!
    const lastValue = values.pop()!
    if (keys.length > 0) {
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        if (l >= keys.length) break
        const c = l + 1 < keys.length && keys[l + 1]! < keys[l]! ? l + 1 : l
        if (keys[c]! >= lastKey) break
        keys[i] = keys[c]!
        values[i] = values[c]!
        i = c
      }
      keys[i] = lastKey
      values[i] = lastValue
    }
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
  const [px, py, pz] = hit.point
  const fromPoint = (v: number) =>
    Math.hypot(positions[v * 3]! - px, positions[v * 3 + 1]! - py, positions[v * 3 + 2]! - pz)
  const corners = hit.face.map((v) => ({ v, d: fromPoint(v) })).sort((a, b) => a.d - b.d)
  const found = new Set<number>([labels[corners[0]!.v]!])
  if (!(radius > 0)) return [...found]

  // Dijkstra from the triangle's corners, stopped at the brush's edge.
  if (scratch.round === 0xffffffff) {
    scratch.stamp.fill(0)
    scratch.round = 0
  }
  const round = ++scratch.round
  const { dist, stamp } = scratch
  const heap = new Heap()
  for (const { v, d } of corners) {
    if (d > radius || (stamp[v] === round && dist[v]! <= d)) continue
    stamp[v] = round
    dist[v] = d
    heap.push(d, v)
  }
  while (heap.size > 0) {
    const [d, v] = heap.pop()
    if (d > dist[v]!) continue
    found.add(labels[v]!)
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const w = neighbours[e]!
      const dw = d + lengths[e]!
      if (dw > radius) continue
      if (stamp[w] === round && dist[w]! <= dw) continue
      stamp[w] = round
      dist[w] = dw
      heap.push(dw, w)
    }
  }
  return [...found]
}
