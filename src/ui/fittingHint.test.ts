// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { hintThatFits } from './fittingHint.ts'

const hints = [
  'Search a muscle or where it hurts (e.g. headache)',
  'Muscle or where it hurts',
  'Muscle or pain',
  'Search',
]
/** A field with room for `n` characters, a plain stand-in for the browser's layout. */
const room = (n: number) => (text: string) => text.length <= n

describe('the hint a field shows', () => {
  it('is the longest that fits the field', () => {
    expect(hintThatFits(hints, room(60))).toBe(hints[0])
    expect(hintThatFits(hints, room(30))).toBe('Muscle or where it hurts')
    expect(hintThatFits(hints, room(24))).toBe('Muscle or where it hurts')
    expect(hintThatFits(hints, room(23))).toBe('Muscle or pain')
    expect(hintThatFits(hints, room(13))).toBe('Search')
  })

  it('is the shortest where none fits or the field has no size yet', () => {
    expect(hintThatFits(hints, room(3))).toBe('Search')
    expect(hintThatFits(hints, () => null)).toBe('Search')
  })
})
