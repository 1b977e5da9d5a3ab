// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { linkOpensView } from './linkOpensView.ts'
import { encodeUrlState, type UrlState } from './url.ts'

const start: UrlState = { selected: null, painMarks: [] }

describe('linkOpensView, read against the links url.ts writes', () => {
  it('is true for a link to a muscle, to marks, to the pain mode or to a patient list', () => {
    const links = [
      { ...start, selected: { muscle: 'infraspinatus', side: 'left' } },
      { ...start, painMarks: [{ region: 'calf', side: 'left' }] },
      { ...start, mode: 'where_it_hurts' },
      { ...start, patientList: [{ muscle: 'soleus', side: 'right' }] },
    ] as const satisfies readonly UrlState[]
    for (const state of links) expect(linkOpensView(encodeUrlState(state)), JSON.stringify(state)).toBe(true)
  })

  it('is false for a bare address and for links that only set wording, layers or the view', () => {
    const links: UrlState[] = [
      start,
      { ...start, audience: 'clinician' },
      { ...start, view: 'back' },
      { ...start, visibleLayers: { skin: false, superficial: true, deep: true } },
    ]
    for (const state of links) expect(linkOpensView(encodeUrlState(state)), JSON.stringify(state)).toBe(false)
    expect(linkOpensView('')).toBe(false)
  })
})
