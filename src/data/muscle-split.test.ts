import { describe, expect, it } from 'vitest'
import { muscleCatalogue } from './muscle-catalogue.ts'
import { coreOf, textFields, textOf } from './muscle-split.ts'
import { muscleTexts } from './muscle-text.ts'
import { muscleIds, muscles } from './muscles.ts'

describe('a muscle split into its core and its clinical text', () => {
  it('loses nothing: the two halves together are the muscle as its file writes it', () => {
    for (const id of muscleIds) {
      const core = muscles[id]
      const text = muscleTexts[id]
      const joined = {
        ...core,
        ...text,
        triggerPoints: core.triggerPoints.map((t, i) => ({ ...t, ...text.triggerPoints[i] })),
      }
      expect(joined, id).toEqual(muscleCatalogue[id])
    }
  })

  it('keeps every clinical text out of the core the first view reads', () => {
    const core = JSON.stringify(muscles)
    for (const id of muscleIds) {
      for (const f of textFields) expect(Object.keys(muscles[id]), id).not.toContain(f)
      expect(core).not.toContain(muscleCatalogue[id].clinicalSummary)
      for (const t of muscleCatalogue[id].triggerPoints) expect(core).not.toContain(t.clinicalLocation)
    }
  })

  it('splits a half again into itself (the build hands each half an already split catalogue)', () => {
    const m = muscleCatalogue.infraspinatus
    expect(coreOf(coreOf(m))).toEqual(coreOf(m))
    expect(textOf(textOf(m))).toEqual(textOf(m))
  })
})
