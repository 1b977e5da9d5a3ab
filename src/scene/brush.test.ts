// @vitest-environment node
import { existsSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { readShippedSkin, shippedSkinPath } from '../../tests/shipped-skin.ts'
import { regionIds, regions } from '../data/regions.ts'
import { buildSkinGraph, labelsWithinBrush, type BrushHit, type SkinSurface } from './brush.ts'

/** Builds a surface from quads of a (u, v) -> point map: a rows x cols grid of vertices. */
class MeshBuilder {
  positions: number[] = []
  labels: number[] = []
  indices: number[] = []
  grid(
    rows: number,
    cols: number,
    at: (i: number, j: number) => [number, number, number],
    label: (p: [number, number, number]) => number,
    options: { wrap?: boolean; flip?: boolean } = {},
  ): number {
    const base = this.labels.length
    for (let i = 0; i < rows; i++)
      for (let j = 0; j < cols; j++) {
        const p = at(i, j)
        this.positions.push(...p)
        this.labels.push(label(p))
      }
    const jEnd = options.wrap ? cols : cols - 1
    for (let i = 0; i + 1 < rows; i++)
      for (let j = 0; j < jEnd; j++) {
        const a = base + i * cols + j
        const b = base + i * cols + ((j + 1) % cols)
        const c = a + cols
        const d = b + cols
        // Counter-clockwise seen from the outside: the normal is (d at) x (d at), or flipped.
        if (options.flip) this.indices.push(a, d, b, a, c, d)
        else this.indices.push(a, b, d, a, d, c)
      }
    return base
  }
  surface(): SkinSurface {
    return {
      positions: Float32Array.from(this.positions),
      labels: Uint16Array.from(this.labels),
      indices: Uint32Array.from(this.indices),
    }
  }
}

/** A hit on vertex `v`: the point is the vertex, the triangle one that uses it. */
function hitAt(surface: SkinSurface, v: number): BrushHit {
  for (let t = 0; t < surface.indices.length; t += 3) {
    const face = [surface.indices[t]!, surface.indices[t + 1]!, surface.indices[t + 2]!] as const
    if (face.includes(v))
      return { point: [surface.positions[v * 3]!, surface.positions[v * 3 + 1]!, surface.positions[v * 3 + 2]!], face }
  }
  throw new Error(`vertex ${v} is in no triangle`)
}

/** Labels of every vertex within `radius` in space (the old, through-the-air brush). */
function labelsWithinReach(surface: SkinSurface, point: readonly number[], radius: number): Set<number> {
  const out = new Set<number>()
  for (let i = 0; i < surface.labels.length; i++) {
    const d = Math.hypot(
      surface.positions[i * 3]! - point[0]!,
      surface.positions[i * 3 + 1]! - point[1]!,
      surface.positions[i * 3 + 2]! - point[2]!,
    )
    if (d <= radius) out.add(surface.labels[i]!)
  }
  return out
}

const sorted = (a: number[]) => [...a].sort((x, y) => x - y)

describe('pain brush on a synthetic skin', () => {
  // Two flat sheets 1 cm apart, facing each other, 20 x 20 cm, 1 cm spacing: sheet A (labels 1
  // for x < 5 cm, else 2) and sheet B just behind it (label 7), like a hand hanging beside the hip.
  const m = new MeshBuilder()
  const a = m.grid(
    21,
    21,
    (i, j) => [j * 0.01, i * 0.01, 0],
    (p) => (p[0] < 0.05 ? 1 : 2),
    { flip: true },
  )
  m.grid(
    21,
    21,
    (i, j) => [j * 0.01, i * 0.01, -0.01],
    () => 7,
  )
  const sheets = m.surface()
  const graph = buildSkinGraph(sheets)
  const onA = (x: number, y: number) => a + y * 21 + x

  it('takes only the touched region with a zero radius (a tap)', () => {
    expect(labelsWithinBrush(graph, hitAt(sheets, onA(2, 10)), 0)).toEqual([1])
    expect(labelsWithinBrush(graph, hitAt(sheets, onA(12, 10)), 0)).toEqual([2])
  })

  it('spreads over the touched sheet by distance along it', () => {
    // From x = 2 cm: 2 cm reaches x = 4 cm (still region 1), 4 cm crosses into region 2 at x = 5 cm.
    expect(labelsWithinBrush(graph, hitAt(sheets, onA(2, 10)), 0.02)).toEqual([1])
    expect(sorted(labelsWithinBrush(graph, hitAt(sheets, onA(2, 10)), 0.04))).toEqual([1, 2])
  })

  it('never marks the other sheet, however close it lies in space', () => {
    const hit = hitAt(sheets, onA(10, 10))
    // The old brush reached through the air into the sheet 1 cm behind.
    expect(labelsWithinReach(sheets, hit.point, 0.065).has(7)).toBe(true)
    expect(sorted(labelsWithinBrush(graph, hit, 0.065))).toEqual([1, 2])
    expect(labelsWithinBrush(graph, hit, 1)).not.toContain(7)
  })

  it('measures along a fold, not across it: the two arms of a U are far apart over the skin', () => {
    // One strip folded into a U: arms 1 cm apart, joined 10 cm down; label 3 on one arm, 4 on the other.
    const u = new MeshBuilder()
    const cols = 41 // 1 cm steps: 15 cm down, 1 cm across (a half-circle of ~1.6 cm), 15 cm up
    const path = (j: number): [number, number] => {
      const s = j * 0.01
      if (s <= 0.15) return [0, 0.15 - s]
      if (s >= 0.25) return [0.01, s - 0.25]
      const t = ((s - 0.15) / 0.1) * Math.PI
      return [0.005 - 0.005 * Math.cos(t), -0.01 * Math.sin(t)]
    }
    u.grid(
      5,
      cols,
      (i, j) => {
        const [x, y] = path(j)
        return [x, y, i * 0.01]
      },
      (p) => (p[0] < 0.005 ? 3 : 4),
    )
    const fold = u.surface()
    const top = 2 * cols + 1 // row 2, second column from the free end of the first arm (y = 14 cm)
    expect(labelsWithinReach(fold, hitAt(fold, top).point, 0.05).has(4)).toBe(true)
    expect(labelsWithinBrush(buildSkinGraph(fold), hitAt(fold, top), 0.05)).toEqual([3])
  })

  it('sews a tube into the piece its open end tucks into, but not a piece that only lies beside it', () => {
    // An arm-like tube (label 10) whose end sits inside a wider tube (label 11), and a third tube
    // (label 12) lying 1.5 cm beside the first, its ends far from anything.
    const t = new MeshBuilder()
    const ring = 16
    const tube = (x0: number, x1: number, r: number, cy: number, label: number) =>
      t.grid(
        Math.round((x1 - x0) / 0.01) + 1,
        ring,
        (i, j) => [x0 + i * 0.01, cy + r * Math.cos((2 * Math.PI * j) / ring), r * Math.sin((2 * Math.PI * j) / ring)],
        () => label,
        { wrap: true },
      )
    const arm = tube(0, 0.1, 0.02, 0, 10)
    tube(0.09, 0.2, 0.025, 0, 11)
    tube(-0.05, 0.08, 0.02, 0.055, 12) // 1.5 cm gap between the surfaces of tubes 10 and 12
    const tubes = t.surface()
    const g = buildSkinGraph(tubes)
    expect(g.seams).toBeGreaterThanOrEqual(1)
    // Touch tube 10 at x = 6 cm, on the side facing tube 12.
    const hit = hitAt(tubes, arm + 6 * ring + 0)
    expect(labelsWithinReach(tubes, hit.point, 0.06).has(12)).toBe(true)
    expect(sorted(labelsWithinBrush(g, hit, 0.06))).toEqual([10, 11])
    expect(labelsWithinBrush(g, hit, 0.5)).not.toContain(12)
  })
})

const glbPath = shippedSkinPath
const labelName = (label: number) => `${regionIds[label >> 1]}_${label & 1 ? 'r' : 'l'}`
const labelOf = (name: string) =>
  regionIds.indexOf(name.slice(0, -2) as (typeof regionIds)[number]) * 2 + (name.endsWith('_r') ? 1 : 0)
const armGroups = new Set(['arm', 'elbow', 'forearm', 'hand'])
const isArm = (label: number) => armGroups.has(regions[regionIds[label >> 1]!].group)

describe.skipIf(!existsSync(glbPath))('pain brush on the shipped skin', () => {
  let skin: SkinSurface
  let graph: ReturnType<typeof buildSkinGraph>
  beforeAll(async () => {
    skin = await readShippedSkin()
    graph = buildSkinGraph(skin)
  })

  it('painting the outer left hip with the large brush marks no hand, wrist, forearm or arm region', () => {
    const hip = ['lateral_hip_trochanter_l', 'lateral_thigh_l', 'buttock_l'].map(labelOf)
    const arm: number[] = []
    for (let i = 0; i < skin.labels.length; i++) if (isArm(skin.labels[i]!)) arm.push(i)
    let reachedThroughAir = 0
    let touched = 0
    for (let v = 0; v < skin.labels.length; v++) {
      if (!hip.includes(skin.labels[v]!)) continue
      const hit = hitAt(skin, v)
      if (hit.point[1] < 0.7) continue // the upper thigh and hip, beside the hanging hand
      touched++
      const near = arm.some(
        (w) =>
          Math.hypot(
            skin.positions[w * 3]! - hit.point[0],
            skin.positions[w * 3 + 1]! - hit.point[1],
            skin.positions[w * 3 + 2]! - hit.point[2],
          ) <= 0.07,
      )
      if (near) reachedThroughAir++
      const marked = labelsWithinBrush(graph, hit, 0.07)
      expect(marked.filter(isArm).map(labelName), `brush at ${hit.point.map((x) => x.toFixed(3)).join(', ')}`).toEqual(
        [],
      )
    }
    expect(touched).toBeGreaterThan(20)
    // The case is real: the hand hangs within the large brush's reach in space of some of these points.
    expect(reachedThroughAir).toBeGreaterThan(0)
  })

  it('the pieces of the skin are sewn into one surface: a brush can cross from the arm onto the shoulder and from the thigh onto the buttock', () => {
    const shoulder = [
      'lateral_shoulder_deltoid_l',
      'anterior_shoulder_l',
      'posterior_shoulder_l',
      'axilla_l',
      'upper_shoulder_top_l',
    ].map(labelOf)
    // Every region is reachable from one point on the hand: nothing is cut off.
    const hand = skin.labels.indexOf(labelOf('back_of_hand_l'))
    const everywhere = new Set(labelsWithinBrush(graph, hitAt(skin, hand), 10))
    expect(everywhere.size).toBe(new Set(skin.labels).size)
    // A medium brush on the upper outer arm near the shoulder reaches a shoulder region of the trunk.
    const upperArm = labelOf('upper_arm_lateral_l')
    let top = -1
    for (let v = 0; v < skin.labels.length; v++)
      if (skin.labels[v] === upperArm && (top < 0 || skin.positions[v * 3 + 1]! > skin.positions[top * 3 + 1]!)) top = v
    expect(labelsWithinBrush(graph, hitAt(skin, top), 0.07).some((l) => shoulder.includes(l))).toBe(true)
  })
})
