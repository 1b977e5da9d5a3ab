import { describe, expect, it } from 'vitest'
import { muscleIds } from '../data/muscles.ts'
import { regionIds } from '../data/regions.ts'
import { modes, viewPresets } from './store.ts'
import { decodeUrlState, encodeUrlState, maxCompare, type UrlState } from './url.ts'

describe('URL codec', () => {
  it('round-trips every muscle on both sides', () => {
    for (const muscle of muscleIds) {
      for (const side of ['left', 'right'] as const) {
        const search = encodeUrlState({ selected: { muscle, side }, painMarks: [] })
        expect(decodeUrlState(search)).toEqual({ state: { selected: { muscle, side }, painMarks: [] }, problems: [] })
      }
    }
  })

  it('writes nothing when nothing is selected, and reads an empty query as no selection', () => {
    expect(encodeUrlState({ selected: null, painMarks: [] })).toBe('')
    expect(decodeUrlState('')).toEqual({ state: { selected: null, painMarks: [] }, problems: [] })
  })

  it('keeps links compact', () => {
    expect(encodeUrlState({ selected: { muscle: 'infraspinatus', side: 'left' }, painMarks: [] })).toBe(
      '?v=2&m=infraspinatus&s=l',
    )
  })

  it('drops an unknown muscle with a message naming it', () => {
    const { state, problems } = decodeUrlState('?m=not_a_muscle')
    expect(state.selected).toBeNull()
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain('not_a_muscle')
  })

  it('falls back to the left side for an unknown side, and says so', () => {
    const { state, problems } = decodeUrlState('?m=infraspinatus&s=up')
    expect(state.selected).toEqual({ muscle: 'infraspinatus', side: 'left' })
    expect(problems[0]).toMatch(/unknown side/)
  })

  it('never throws on garbage and never echoes markup', () => {
    for (const garbage of [
      '?m=%E0%A4%A',
      '?m=<script>alert(1)</script>',
      '?m=__proto__',
      '?m=toString',
      '?v=99&m=deltoid',
      '?s=l',
      '?&&&==',
    ]) {
      const { state, problems } = decodeUrlState(garbage)
      expect(state.selected === null || state.selected.muscle === 'deltoid').toBe(true)
      for (const p of problems) expect(p).not.toContain('<')
    }
    expect(decodeUrlState('?m=__proto__').state.selected).toBeNull()
    expect(decodeUrlState('?v=99&m=deltoid').problems[0]).toMatch(/another version/)
  })
})

describe('pain marks in the link', () => {
  it('round-trip every region on both sides', () => {
    const painMarks = regionIds.flatMap((region) => (['left', 'right'] as const).map((side) => ({ region, side })))
    const search = encodeUrlState({ selected: null, painMarks })
    expect(decodeUrlState(search)).toEqual({ state: { selected: null, painMarks }, problems: [] })
  })

  it('stay short: four marks and a muscle in under 60 characters', () => {
    const search = encodeUrlState({
      selected: { muscle: 'supinator', side: 'left' },
      painMarks: [
        { region: 'lateral_elbow', side: 'left' },
        { region: 'forearm_posterior', side: 'left' },
        { region: 'back_of_hand', side: 'left' },
        { region: 'thumb', side: 'left' },
      ],
    })
    expect(search.length).toBeLessThan(60)
  })

  it('drop unreadable marks with a message and keep the rest', () => {
    const { state, problems } = decodeUrlState('?v=1&p=0.zzz.%3Cb%3E.1')
    expect(state.painMarks).toEqual([
      { region: regionIds[0], side: 'left' },
      { region: regionIds[0], side: 'right' },
    ])
    expect(problems[0]).toMatch(/2 of the pain marks/)
  })
})

describe('a muscle part in the link', () => {
  it('round-trips the part of a multi-part muscle and keeps it short', () => {
    const selected = { muscle: 'deltoid', side: 'right', part: 'posterior' } as const
    const search = encodeUrlState({ selected, painMarks: [] })
    expect(search).toBe('?v=2&m=deltoid&s=r&t=posterior')
    expect(decodeUrlState(search)).toEqual({ state: { selected, painMarks: [] }, problems: [] })
  })

  it('shows the whole muscle, with a message, for a part it does not have or that holds no trigger point', () => {
    for (const link of ['?m=deltoid&s=l&t=wing', '?m=infraspinatus&t=belly', '?m=scalenes&t=minimus']) {
      const { state, problems } = decodeUrlState(link)
      expect(state.selected?.part, link).toBeUndefined()
      expect(state.selected?.muscle, link).toBeDefined()
      expect(problems[0], link).toMatch(/showing the whole muscle/)
    }
  })

  it('keeps the posterior scalene, which now holds its own trigger point', () => {
    const { state, problems } = decodeUrlState('?m=scalenes&s=l&t=posterior')
    expect(state.selected).toEqual({ muscle: 'scalenes', side: 'left', part: 'posterior' })
    expect(problems).toEqual([])
  })
})

describe('the whole view in the link (v2)', () => {
  const full = {
    selected: { muscle: 'gluteus_minimus', side: 'right' },
    painMarks: [
      { region: regionIds[3]!, side: 'right' },
      { region: regionIds[7]!, side: 'left' },
    ],
    mode: 'explore',
    audience: 'clinician',
    visibleLayers: { skin: false, superficial: true, deep: true },
    view: 'back',
    patientList: [
      { muscle: 'gluteus_minimus', side: 'right' },
      { muscle: 'piriformis', side: 'right' },
    ],
    comparing: true,
  } as const satisfies UrlState

  it('round-trips every field at once', () => {
    const search = encodeUrlState(full)
    expect(search).toBe('?v=2&m=gluteus_minimus&s=r&p=7.e&o=e&w=c&l=md&c=b&k=gluteus_minimus-r.piriformis-r&x=c')
    expect(decodeUrlState(search)).toEqual({ state: full, problems: [] })
  })

  it('round-trips each wording, mode, view and every combination of layers', () => {
    for (const audience of ['patient', 'clinician'] as const) {
      for (const view of viewPresets) {
        for (let bits = 0; bits < 8; bits++) {
          const visibleLayers = { skin: (bits & 1) > 0, superficial: (bits & 2) > 0, deep: (bits & 4) > 0 }
          for (const mode of modes) {
            const state: UrlState = { selected: null, painMarks: [], mode, audience, visibleLayers, view }
            const read = decodeUrlState(encodeUrlState(state))
            expect(read.problems).toEqual([])
            // A field at its start value is left out of the link and read back as "not stated".
            expect({
              mode: 'explore',
              audience: 'patient',
              visibleLayers: { skin: true, superficial: true, deep: true },
              ...read.state,
            }).toEqual(state)
          }
        }
      }
    }
  })

  it('leaves out what is at its start value, so a plain link stays as short as before', () => {
    expect(
      encodeUrlState({
        selected: null,
        painMarks: [],
        mode: 'explore',
        audience: 'patient',
        visibleLayers: { skin: true, superficial: true, deep: true },
      }),
    ).toBe('')
    expect(
      encodeUrlState({
        selected: { muscle: 'soleus', side: 'left' },
        painMarks: [],
        mode: 'explore',
        audience: 'patient',
      }),
    ).toBe('?v=2&m=soleus&s=l')
    // Marks imply "Where does it hurt?", as in v1 links: no mode needed.
    expect(
      encodeUrlState({ selected: null, painMarks: [{ region: regionIds[0]!, side: 'left' }], mode: 'where_it_hurts' }),
    ).toBe('?v=2&p=0')
    expect(encodeUrlState({ selected: null, painMarks: [], mode: 'where_it_hurts' })).toBe('?v=2&o=h')
  })

  it('keeps a long clinical link short enough for a small QR code', () => {
    const marks = regionIds.slice(0, 6).map((region) => ({ region, side: 'left' as const }))
    expect(encodeUrlState({ ...full, painMarks: marks }).length).toBeLessThan(140)
  })

  it('drops each broken part with its own message and keeps the rest of the view', () => {
    const { state, problems } = decodeUrlState(
      '?v=2&m=gluteus_minimus&s=l&w=x&l=sq&c=up&o=z&k=piriformis-l.nope-l.piriformis-l',
    )
    expect(state).toEqual({
      selected: { muscle: 'gluteus_minimus', side: 'left' },
      painMarks: [],
      patientList: [{ muscle: 'piriformis', side: 'left' }],
    })
    expect(problems).toHaveLength(5)
    expect(problems.join('\n')).toMatch(/mode we do not know \(“z”\)/)
    expect(problems.join('\n')).toMatch(/wording we do not know \(“x”\)/)
    expect(problems.join('\n')).toMatch(/layers we do not know \(“sq”\)/)
    expect(problems.join('\n')).toMatch(/view we do not know \(“up”\)/)
    expect(problems.join('\n')).toMatch(/1 of the muscles in this link's patient list/)
  })

  it('reads `l=-` as every layer hidden, and rejects repeated or too many letters', () => {
    expect(decodeUrlState('?v=2&l=-').state.visibleLayers).toEqual({ skin: false, superficial: false, deep: false })
    expect(decodeUrlState('?v=2&l=d').state.visibleLayers).toEqual({ skin: false, superficial: false, deep: true })
    expect(decodeUrlState('?v=2&l=smdd').problems[0]).toMatch(/layers we do not know/)
    expect(decodeUrlState('?v=2&l=').problems[0]).toMatch(/layers we do not know/)
  })

  it('compares only a list of two or more, and says so', () => {
    expect(decodeUrlState('?v=2&k=piriformis-l.soleus-r&x=c').state.comparing).toBe(true)
    const one = decodeUrlState('?v=2&k=piriformis-l&x=c')
    expect(one.state.comparing).toBeUndefined()
    expect(one.problems).toEqual([expect.stringMatching(/fewer than two/)])
  })

  it('keeps at most four muscles in the patient list, and says so', () => {
    const k = ['gluteus_minimus', 'gluteus_medius', 'piriformis', 'tensor_fasciae_latae', 'quadratus_lumborum']
      .map((m) => `${m}-l`)
      .join('.')
    const { state, problems } = decodeUrlState(`?v=2&k=${k}`)
    expect(state.patientList).toHaveLength(maxCompare)
    expect(problems).toEqual([expect.stringMatching(/lists 5 muscles for this patient; the first 4/)])
  })

  it('names an unknown one-letter part it cannot read, but ignores keys added by whoever passed the link on', () => {
    const { state, problems } = decodeUrlState('?v=2&m=soleus&s=l&z=9&utm_source=mail&fbclid=abc')
    expect(state.selected).toEqual({ muscle: 'soleus', side: 'left' })
    expect(problems).toEqual([expect.stringMatching(/cannot read \(z\)/)])
  })
})

describe('old links (v1)', () => {
  it('open as before: muscle, side, part and marks, with no message', () => {
    for (const [link, selected, marks] of [
      ['?v=1&m=infraspinatus&s=l', { muscle: 'infraspinatus', side: 'left' }, 0],
      ['?v=1&m=deltoid&s=r&t=posterior', { muscle: 'deltoid', side: 'right', part: 'posterior' }, 0],
      ['?v=1&m=supinator&s=l&p=1k.1l', { muscle: 'supinator', side: 'left' }, 2],
      ['?v=1&p=16.1k', null, 2],
    ] as const) {
      const { state, problems } = decodeUrlState(link)
      expect(problems, link).toEqual([])
      expect(state.selected, link).toEqual(selected)
      expect(state.painMarks, link).toHaveLength(marks)
      // Nothing else is stated: the app keeps its start wording, layers, mode rule and view.
      expect(Object.keys(state).sort(), link).toEqual(['painMarks', 'selected'])
    }
  })

  it('is rewritten as the same view in the current version', () => {
    const { state } = decodeUrlState('?v=1&m=supinator&s=l&p=1k.1l')
    expect(encodeUrlState(state)).toBe('?v=2&m=supinator&s=l&p=1k.1l')
  })
})
