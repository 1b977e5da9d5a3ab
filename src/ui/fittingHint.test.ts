// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { hintThatFits } from './fittingHint.ts'

const hints = ['Search a muscle or where it hurts (e.g. headache)', 'Muscle or where it hurts', 'Muscle or pain']
/** 8 px a character, a plain stand-in for a font. */
const eightPx = (text: string) => text.length * 8

describe('the hint a field shows', () => {
  it('is the longest that fits the room', () => {
    expect(hintThatFits(hints, 500, eightPx)).toBe(hints[0])
    expect(hintThatFits(hints, 200, eightPx)).toBe('Muscle or where it hurts')
    expect(hintThatFits(hints, 192, eightPx)).toBe('Muscle or where it hurts')
    expect(hintThatFits(hints, 191, eightPx)).toBe('Muscle or pain')
  })

  it('is the shortest where none fits, the field has no size yet, or text cannot be measured', () => {
    expect(hintThatFits(hints, 40, eightPx)).toBe('Muscle or pain')
    expect(hintThatFits(hints, 0, eightPx)).toBe('Muscle or pain')
    expect(hintThatFits(hints, 500, () => null)).toBe('Muscle or pain')
  })
})
