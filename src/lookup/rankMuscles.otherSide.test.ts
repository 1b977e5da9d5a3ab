import { describe, expect, it } from 'vitest'
import { rankMuscles } from './rankMuscles.ts'

describe('patterns the sources draw on both sides', () => {
  it('counts a mark on the other side for a muscle that refers across to it (rectus abdominis back band)', () => {
    const ranked = rankMuscles([
      { region: 'thoracolumbar', side: 'left' },
      { region: 'thoracolumbar', side: 'right' },
    ])
    const left = ranked.find((r) => r.muscle === 'rectus_abdominis' && r.side === 'left')
    const right = ranked.find((r) => r.muscle === 'rectus_abdominis' && r.side === 'right')
    // Each side's muscle explains the whole band: both marks in its essential zone.
    expect(left?.essential).toEqual(['thoracolumbar', 'thoracolumbar'])
    expect(right?.essential).toEqual(['thoracolumbar', 'thoracolumbar'])
    expect(left!.score).toBeGreaterThan(0.99)
  })

  it('lets the left sternocleidomastoid explain a right forehead headache as spillover, not essential', () => {
    const ranked = rankMuscles([{ region: 'forehead', side: 'right' }])
    const left = ranked.find((r) => r.muscle === 'sternocleidomastoid' && r.side === 'left')
    const right = ranked.find((r) => r.muscle === 'sternocleidomastoid' && r.side === 'right')
    expect(right?.essential).toEqual(['forehead'])
    expect(left?.spillover).toEqual(['forehead'])
    expect(left?.essential).toEqual([])
  })

  it('still keeps one-sided patterns on their own side', () => {
    const ranked = rankMuscles([{ region: 'anterior_shoulder', side: 'left' }])
    expect(ranked.some((r) => r.muscle === 'infraspinatus' && r.side === 'right')).toBe(false)
    expect(ranked.some((r) => r.muscle === 'infraspinatus' && r.side === 'left')).toBe(true)
  })

  it('ranks the sternocleidomastoid for pain over the breastbone, a chest-pain mimic', () => {
    const ranked = rankMuscles([{ region: 'sternum' }])
    expect(ranked.find((r) => r.muscle === 'sternocleidomastoid')?.essential).toEqual(['sternum'])
  })
})
