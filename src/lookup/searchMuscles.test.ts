import { describe, expect, it } from 'vitest'
import { explainers } from '../data/explainers.ts'
import { regionsForQuery, searchExplainers, searchMuscleHits, searchMuscles } from './searchMuscles.ts'

describe('muscle search', () => {
  it('finds a muscle by its common name, first', () => {
    expect(searchMuscles('infraspinatus')[0]).toBe('infraspinatus')
    expect(searchMuscles('piriformis')[0]).toBe('piriformis')
  })

  it('finds a muscle by its Latin name', () => {
    expect(searchMuscles('musculus soleus')[0]).toBe('soleus')
  })

  it('tolerates a typo', () => {
    expect(searchMuscles('infraspinatis')[0]).toBe('infraspinatus')
    expect(searchMuscles('gastrocnemus')).toContain('gastrocnemius')
  })

  it('finds muscles by synonym', () => {
    expect(searchMuscles('SCM')).toContain('sternocleidomastoid')
    expect(searchMuscles('fibularis longus')).toContain('peroneus_longus')
  })

  it('finds nothing for an empty query', () => {
    expect(searchMuscles('  ')).toEqual([])
  })
})

describe('search by where it hurts, in everyday words', () => {
  const cases: [string, string[]][] = [
    ['tennis elbow', ['extensor_carpi_radialis_longus', 'brachioradialis']],
    ['headache', ['upper_trapezius', 'sternocleidomastoid', 'temporalis']],
    ['jaw pain', ['masseter']],
    ['heel pain', ['soleus']],
    ['sciatica', ['gluteus_minimus', 'piriformis']],
    ['stiff neck', ['levator_scapulae']],
    ['low back pain', ['quadratus_lumborum']],
  ]
  it.each(cases)('"%s" finds %j among the first results, each with a reason', (query, expected) => {
    const hits = searchMuscleHits(query, 10)
    for (const m of expected) expect(hits.map((h) => h.muscle)).toContain(m)
    for (const m of expected) expect(hits.find((h) => h.muscle === m)!.reason).toMatch(/refers pain to/i)
  })

  it('ranks essential-zone muscles before spillover-only ones', () => {
    const hits = searchMuscleHits('heel pain', 20)
    const firstSpill = hits.findIndex((h) => h.reason!.startsWith('Sometimes'))
    const lastEssential = hits.map((h) => h.reason!.startsWith('Refers')).lastIndexOf(true)
    // Both kinds must be there, or the order check below would pass without checking anything.
    expect(firstSpill).toBeGreaterThan(0)
    expect(lastEssential).toBeGreaterThanOrEqual(0)
    expect(lastEssential).toBeLessThan(firstSpill)
  })

  it('reads plain region words too ("back of the knee")', () => {
    expect(regionsForQuery('back of the knee')).toEqual(['knee_posterior'])
  })

  it('falls back to symptoms when no place is named ("pain when sitting", "calf cramps")', () => {
    const sitting = searchMuscleHits('pain when sitting', 10)
    expect(sitting.length).toBeGreaterThan(2)
    for (const h of sitting) expect(h.reason).toMatch(/sitting/i)
    expect(searchMuscles('cramps', 10)).toContain('gastrocnemius')
  })

  it('still puts a name match first', () => {
    expect(searchMuscles('soleus')[0]).toBe('soleus')
  })
})

describe('search that answers', () => {
  it('"pain at the base of the skull" reads the back of the head and neck, not the top of the head', () => {
    const found = regionsForQuery('pain at the base of the skull')
    expect(found).toContain('occiput')
    expect(found).not.toContain('head_vertex')
    const hits = searchMuscleHits('pain at the base of the skull', 10)
    expect(hits.map((h) => h.muscle)).toContain('suboccipital_muscles')
    for (const h of hits) expect(h.reason).not.toMatch(/top of the head/i)
  })

  it('"fibromyalgia" finds its explainer pages, the fibromyalgia page first', () => {
    const hits = searchExplainers('fibromyalgia')
    expect(hits[0]!.explainer).toBe('fibromyalgia_and_trigger_points')
    expect(hits.map((h) => h.explainer)).toContain('trigger_vs_tender_points')
    for (const h of hits) expect(h.reason).toBe(explainers[h.explainer].summary)
  })

  it('finds explainer pages by their titles and by their text', () => {
    expect(searchExplainers('when to see a clinician')[0]!.explainer).toBe('when_to_see_a_clinician')
    expect(searchExplainers('cramp').map((h) => h.explainer)).toContain('spasm_vs_cramp')
    expect(searchExplainers('saddle numbness')[0]!.explainer).toBe('when_to_see_a_clinician')
  })

  it('finds nothing for a query that matches nothing', () => {
    expect(searchMuscleHits('qwxzv')).toEqual([])
    expect(searchExplainers('qwxzv')).toEqual([])
    expect(searchExplainers('   ')).toEqual([])
  })
})
