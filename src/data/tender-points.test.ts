// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { muscles } from './muscles.ts'
import { sources } from './sources.ts'
import { tenderPointIds, tenderPoints } from './tender-points.ts'

describe('the 1990 tender points', () => {
  it('are the 9 pairs of the criteria, each sourced to Wolfe 1990', () => {
    expect(tenderPointIds).toHaveLength(9)
    for (const id of tenderPointIds) {
      const t = tenderPoints[id]
      expect(
        t.sources.map((s) => s.source),
        id,
      ).toContain('wolfe_1990_acr_classification')
      for (const s of t.sources) expect(sources[s.source], id).toBeDefined()
      expect(t.clinicalLocation, id).toMatch(/^Bilateral/)
    }
  })

  it('name muscles of the atlas, and put the marker on one of them, on a part it has', () => {
    for (const id of tenderPointIds) {
      const t = tenderPoints[id]
      expect(t.nearMuscles.length, id).toBeGreaterThan(0)
      for (const m of t.nearMuscles) expect(muscles[m], `${id}: ${m}`).toBeDefined()
      expect(t.nearMuscles, id).toContain(t.marker.muscle)
      const parts: readonly { id: string }[] = muscles[t.marker.muscle].parts ?? []
      if ('part' in t.marker)
        expect(
          parts.map((p) => p.id),
          id,
        ).toContain(t.marker.part)
      else
        expect(
          parts.length,
          `${id}: ${t.marker.muscle} has several parts, so the marker must name one`,
        ).toBeLessThanOrEqual(1)
      expect(t.marker.along).toBeGreaterThanOrEqual(0)
      expect(t.marker.along).toBeLessThanOrEqual(1)
    }
  })
})
