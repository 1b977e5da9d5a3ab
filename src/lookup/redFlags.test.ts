import { describe, expect, it } from 'vitest'
import { muscleIds } from '../data/muscles.ts'
import { redFlagIds, redFlags, redFlagUrgencies } from '../data/red-flags.ts'
import { redFlagsForMarks, redFlagsForMuscle, redFlagsForMuscles, redFlagsForQuery } from './redFlags.ts'

describe('every rule of the table fires for its triggers', () => {
  const regionCases = redFlagIds.flatMap((id) =>
    redFlags[id].triggers.regions.map((t) => [id, t.region, t.side ?? 'either'] as const),
  )
  it.each(regionCases)('%s: a mark on %s (%s side)', (id, region, side) => {
    expect(redFlagsForMarks([{ region, side: side === 'either' ? 'left' : side }])).toContain(id)
    if (side === 'either') expect(redFlagsForMarks([{ region, side: 'right' }])).toContain(id)
  })

  const sidedCases = redFlagIds.flatMap((id) =>
    redFlags[id].triggers.regions
      .filter((t) => t.side && !redFlags[id].triggers.regions.some((o) => o.region === t.region && o.side !== t.side))
      .map((t) => [id, t.region, t.side === 'left' ? 'right' : 'left'] as const),
  )
  it.each(sidedCases)('%s: a mark on %s on the %s side does not raise it', (id, region, other) => {
    expect(sidedCases.length).toBeGreaterThan(0)
    expect(redFlagsForMarks([{ region, side: other }])).not.toContain(id)
  })

  const termCases = redFlagIds.flatMap((id) => redFlags[id].triggers.terms.map((t) => [id, t] as const))
  it.each(termCases)('%s: a search for "%s"', (id, term) => {
    expect(redFlagsForQuery(term)).toContain(id)
    expect(redFlagsForQuery(`My ${term.toUpperCase()} HURTS`)).toContain(id)
  })

  it.each(redFlagIds)(
    '%s: shown on the panels of the muscles that refer there, and only if the table says so',
    (id) => {
      const showing = muscleIds.filter((m) => redFlagsForMuscle(m).includes(id))
      if (redFlags[id].triggers.muscles && redFlags[id].triggers.regions.length > 0)
        expect(showing.length).toBeGreaterThan(0)
      else expect(showing).toEqual([])
    },
  )
})

describe('marks in "Where does it hurt?"', () => {
  it('left chest and left inner arm raise the heart notice first', () => {
    expect(
      redFlagsForMarks([
        { region: 'upper_chest', side: 'left' },
        { region: 'upper_arm_medial', side: 'left' },
      ])[0],
    ).toBe('heart')
  })

  it('chest, calf and abdomen each raise their notice', () => {
    expect(redFlagsForMarks([{ region: 'sternum', side: 'left' }])).toContain('heart')
    expect(redFlagsForMarks([{ region: 'breast_nipple', side: 'right' }])).toContain('heart')
    expect(redFlagsForMarks([{ region: 'calf', side: 'right' }])).toContain('deep_vein_thrombosis')
    expect(redFlagsForMarks([{ region: 'lower_abdomen', side: 'left' }])).toContain('abdomen')
    expect(redFlagsForMarks([{ region: 'upper_abdomen', side: 'right' }])).toContain('abdomen')
    expect(redFlagsForMarks([{ region: 'groin', side: 'right' }])).toContain('abdomen')
  })

  it('the inner arm alone raises the heart notice on the left only', () => {
    expect(redFlagsForMarks([{ region: 'upper_arm_medial', side: 'left' }])).toContain('heart')
    expect(redFlagsForMarks([{ region: 'upper_arm_medial', side: 'right' }])).not.toContain('heart')
  })

  it('lists each notice once, most urgent first', () => {
    const ids = redFlagsForMarks([
      { region: 'calf', side: 'left' },
      { region: 'calf', side: 'right' },
      { region: 'upper_chest', side: 'left' },
      { region: 'sternum', side: 'left' },
      { region: 'low_back', side: 'left' },
    ])
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.indexOf('heart')).toBeLessThan(ids.indexOf('deep_vein_thrombosis'))
    expect(ids.indexOf('cauda_equina')).toBeLessThan(ids.indexOf('general'))
    expect(ids.at(-1)).toBe('general')
  })

  it('control: a mark on the thumb, the elbow or the heel raises none; no marks raise none', () => {
    expect(redFlagsForMarks([{ region: 'thumb', side: 'left' }])).toEqual([])
    expect(
      redFlagsForMarks([
        { region: 'lateral_elbow', side: 'right' },
        { region: 'heel', side: 'left' },
      ]),
    ).toEqual([])
    expect(redFlagsForMarks([])).toEqual([])
  })
})

describe('search queries', () => {
  it.each([
    ['chest pain', 'heart'],
    ['pain in my left arm', 'heart'],
    ['calf pain', 'deep_vein_thrombosis'],
    ['swollen leg', 'deep_vein_thrombosis'],
    ['stomach ache', 'abdomen'],
    ['groin pain', 'abdomen'],
    ['headache', 'sudden_headache'],
    ['headaches', 'giant_cell_arteritis'],
    ['low back pain', 'cauda_equina'],
    ['sciatica', 'cauda_equina'],
    ['back of the knee', 'deep_vein_thrombosis'],
    ['pain at the base of the skull', 'neck_artery'],
    ["my son's knee hurts", 'children'],
    ['pain between the shoulder blades', 'thoracic'],
    ['kidney pain', 'kidney'],
  ])('"%s" raises %s', (query, id) => {
    expect(redFlagsForQuery(query)).toContain(id)
  })

  it('control: "thumb pain", "tennis elbow", a muscle name and an empty query raise none', () => {
    expect(redFlagsForQuery('thumb pain')).toEqual([])
    expect(redFlagsForQuery('tennis elbow')).toEqual([])
    expect(redFlagsForQuery('infraspinatus')).toEqual([])
    expect(redFlagsForQuery('  ')).toEqual([])
  })

  it('"inner arm" alone does not raise the heart notice (no side in a search)', () => {
    expect(redFlagsForQuery('inner upper arm')).not.toContain('heart')
  })
})

describe('muscle panels', () => {
  it.each([
    ['pectoralis_major', 'heart'],
    ['soleus', 'deep_vein_thrombosis'],
    ['rectus_abdominis', 'abdomen'],
    ['sternocleidomastoid', 'sudden_headache'],
    ['quadratus_lumborum', 'cauda_equina'],
  ] as const)('%s shows %s', (muscle, id) => {
    expect(redFlagsForMuscle(muscle, 'left')).toContain(id)
  })

  it('a muscle that refers only to the hand shows none', () => {
    expect(redFlagsForMuscle('adductor_pollicis', 'left')).toEqual([])
  })
})

describe('muscles compared on the body', () => {
  it('raises every notice any of them raises, once each, most urgent first', () => {
    const list = [
      { muscle: 'adductor_pollicis', side: 'left' },
      { muscle: 'soleus', side: 'left' },
      { muscle: 'pectoralis_major', side: 'left' },
      { muscle: 'soleus', side: 'right' },
    ] as const
    const ids = redFlagsForMuscles(list)
    expect(ids).toContain('heart')
    expect(ids).toContain('deep_vein_thrombosis')
    expect(new Set(ids).size).toBe(ids.length)
    // The same notices and order as for the muscles' own regions marked together.
    const own = [...new Set(list.flatMap((m) => redFlagsForMuscle(m.muscle, m.side)))]
    expect([...ids].sort()).toEqual([...own].sort())
    const urgency = ids.map((id) => redFlagUrgencies.indexOf(redFlags[id].urgency))
    expect(urgency).toEqual([...urgency].sort((a, b) => a - b))
  })

  it('a list of muscles that refer only to the hand raises none', () => {
    expect(redFlagsForMuscles([{ muscle: 'adductor_pollicis', side: 'left' }])).toEqual([])
    expect(redFlagsForMuscles([])).toEqual([])
  })
})
