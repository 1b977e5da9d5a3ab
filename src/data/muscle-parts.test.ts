import { describe, expect, it } from 'vitest'
import { muscleIds, muscles } from './muscles.ts'
import { partOfTriggerPoint, selectableParts, triggerPointsOf } from './muscle-parts.ts'

describe('muscle parts a person can pick', () => {
  it('are the parts of multi-part muscles that hold trigger points, and every such trigger point is in one', () => {
    expect(selectableParts('deltoid').map((p) => p.id)).toEqual(['anterior', 'middle', 'posterior'])
    expect(selectableParts('scalenes').map((p) => p.id)).toEqual(['anterior', 'middle', 'posterior'])
    expect(selectableParts('infraspinatus')).toEqual([])
    for (const id of muscleIds) {
      const parts = selectableParts(id)
      if (parts.length === 0) continue
      const shown = parts.flatMap((p) => triggerPointsOf(id, p.id).map((t) => t.id)).sort()
      expect(shown, id).toEqual(muscles[id].triggerPoints.map((t) => t.id).sort())
    }
  })

  it('show only their own trigger points, and the whole muscle shows all', () => {
    expect(
      triggerPointsOf('pectoralis_major', 'clavicular').every(
        (t) => partOfTriggerPoint('pectoralis_major', t) === 'clavicular',
      ),
    ).toBe(true)
    expect(triggerPointsOf('pectoralis_major')).toHaveLength(muscles.pectoralis_major.triggerPoints.length)
    // A part that is not pickable (or unknown) falls back to the whole muscle.
    expect(triggerPointsOf('scalenes', 'no_such_part')).toHaveLength(muscles.scalenes.triggerPoints.length)
    expect(triggerPointsOf('scalenes', 'posterior').map((t) => t.id)).toEqual(['posterior'])
  })
})
