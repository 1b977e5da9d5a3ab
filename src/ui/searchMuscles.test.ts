import { describe, expect, it } from 'vitest'
import { searchMuscles } from './searchMuscles.ts'

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
