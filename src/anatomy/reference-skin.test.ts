/**
 * Compares the generated skin with the reference skin (../shared/anatomy-reference, present in
 * CI; the test is skipped without it). Mean symmetric surface distance: points sampled evenly
 * over each surface, each measured to the nearest point of the other, both ways.
 */
import { describe, expect, it } from 'vitest'
import { hasReference, loadReference } from '../../scripts/reference.ts'
import { outerSkin } from '../../scripts/reference-outer-skin.ts'
import { sampleSurface, TriangleGrid } from '../../scripts/surface-distance.ts'
import { regionIds, regions } from '../data/regions.ts'
import { buildSkin } from './skin.ts'
import { skinSegmentNames } from './skin-figures.ts'

/** The external genitals, which the model leaves out on purpose (and so does this comparison). */
function genitals(p: readonly number[]): boolean {
  return Math.abs(p[0]!) < 0.05 && p[1]! > 0.6 && p[1]! < 0.8 && p[2]! > 0.1
}

/** Trunk and limbs: everything but the head and neck. */
function trunkOrLimb(label: number): boolean {
  const group: string = regions[regionIds[label >> 1]!].group
  return group !== 'head' && group !== 'neck'
}

describe('generated skin against the reference skin', () => {
  it.skipIf(!hasReference())(
    'lies within 4 mm of it on average over the trunk and limbs',
    async () => {
      const both = [...(await loadReference('skin.glb')).values()][0]!
      const ref = outerSkin(both)
      const { mesh, vertexSegment } = buildSkin()
      const refGrid = new TriangleGrid(ref.positions, ref.indices)
      const ourGrid = new TriangleGrid(mesh.positions, mesh.indices)
      const areaPerPoint = 2e-4
      const ours = sampleSurface(mesh.positions, mesh.indices, areaPerPoint, 1)
      const theirs = sampleSurface(ref.positions, ref.indices, areaPerPoint, 2)

      const perSegment = new Map<string, { sum: number; n: number }>()
      const add = (segment: string, d: number) => {
        const e = perSegment.get(segment) ?? { sum: 0, n: 0 }
        e.sum += d
        e.n++
        perSegment.set(segment, e)
      }
      const mean = { ours: { sum: 0, n: 0 }, theirs: { sum: 0, n: 0 }, all: { sum: 0, n: 0 } }
      ours.points.forEach((p, k) => {
        if (genitals(p)) return
        const v = mesh.indices[ours.triangles[k]! * 3]!
        const d = refGrid.nearest(p).distance
        mean.all.sum += d
        mean.all.n++
        add(skinSegmentNames[vertexSegment[v]!]!, d)
        if (!trunkOrLimb(mesh.regionLabels[v]!)) return
        mean.ours.sum += d
        mean.ours.n++
      })
      theirs.points.forEach((p) => {
        if (genitals(p)) return
        const near = ourGrid.nearest(p)
        const v = mesh.indices[near.triangle * 3]!
        mean.all.sum += near.distance
        mean.all.n++
        add(skinSegmentNames[vertexSegment[v]!]!, near.distance)
        if (!trunkOrLimb(mesh.regionLabels[v]!)) return
        mean.theirs.sum += near.distance
        mean.theirs.n++
      })
      const mm = (e: { sum: number; n: number }) => (1000 * e.sum) / e.n
      const symmetric = (mm(mean.ours) + mm(mean.theirs)) / 2
      const lines = [
        `skin vs reference, trunk and limbs: ours->reference ${mm(mean.ours).toFixed(2)} mm, reference->ours ${mm(mean.theirs).toFixed(2)} mm, symmetric ${symmetric.toFixed(2)} mm`,
        `whole body (genitals left out): ${mm(mean.all).toFixed(2)} mm`,
        ...skinSegmentNames.filter((s) => perSegment.has(s)).map((s) => `  ${s.padEnd(22)} ${mm(perSegment.get(s)!).toFixed(2)} mm`),
      ]
      console.log(lines.join('\n'))
      // The figures fit to under 1 mm (0.74 mm when they were fitted); the target is 4 mm.
      expect(symmetric).toBeLessThan(4)
    },
    120_000,
  )
})
