/**
 * How closely the generated skin matches the reference skin's outer layer, as mean symmetric
 * surface distance (points spread evenly by area over each surface, each measured to the other
 * surface), split by where the point lies on our skin: trunk and limbs (the target), and the
 * head and neck, hands and feet, which the report gives separately. The external genitals,
 * which the model leaves out on purpose, are left out of the comparison too.
 */
import { regionIds, regions } from '../../../src/data/regions.ts'
import { buildSkin } from '../../generator/skin.ts'
import type { ReferenceMesh } from '../reference.ts'
import { outerSkin } from '../reference-outer-skin.ts'
import { sampleSurface } from '../surface-distance.ts'
import { nearestSurface } from '../../generator/nearest-surface.ts'

export const skinGroups = ['trunk and limbs', 'head and neck', 'hands', 'feet'] as const
export type SkinGroup = (typeof skinGroups)[number]

/** One group's figures, mm. */
export interface SkinFidelity {
  group: SkinGroup
  surfaceMm: number
  oursToReferenceMm: number
  referenceToOursMm: number
  points: number
}

function groupOf(label: number): SkinGroup {
  const group: string = regions[regionIds[label >> 1]!].group
  if (group === 'head' || group === 'neck') return 'head and neck'
  if (group === 'hand') return 'hands'
  if (group === 'foot') return 'feet'
  return 'trunk and limbs'
}

function genitals(p: readonly number[]): boolean {
  return Math.abs(p[0]!) < 0.05 && p[1]! > 0.6 && p[1]! < 0.8 && p[2]! > 0.1
}

/** Skin figures per group; `areaPerPoint` sets the sampling density (m² per point). */
export function measureSkin(referenceSkin: ReferenceMesh, areaPerPoint = 5e-5): SkinFidelity[] {
  const ref = outerSkin(referenceSkin)
  const { mesh } = buildSkin()
  const toRef = nearestSurface(ref)
  const toOurs = nearestSurface(mesh)
  const acc = new Map(skinGroups.map((g) => [g, { fwd: 0, nf: 0, back: 0, nb: 0 }]))
  const ours = sampleSurface(mesh.positions, mesh.indices, areaPerPoint, 1)
  ours.points.forEach((p, k) => {
    if (genitals(p)) return
    const e = acc.get(groupOf(mesh.regionLabels[mesh.indices[ours.triangles[k]! * 3]!]!))!
    e.fwd += toRef(p).distance
    e.nf++
  })
  for (const p of sampleSurface(ref.positions, ref.indices, areaPerPoint, 2).points) {
    if (genitals(p)) continue
    const near = toOurs(p)
    const e = acc.get(groupOf(mesh.regionLabels[mesh.indices[near.triangle * 3]!]!))!
    e.back += near.distance
    e.nb++
  }
  return skinGroups.map((group) => {
    const e = acc.get(group)!
    const fwd = (1000 * e.fwd) / e.nf,
      back = (1000 * e.back) / e.nb
    // The symmetric mean gives each direction equal say, as the fitting note defines it.
    return { group, surfaceMm: (fwd + back) / 2, oursToReferenceMm: fwd, referenceToOursMm: back, points: e.nf + e.nb }
  })
}
