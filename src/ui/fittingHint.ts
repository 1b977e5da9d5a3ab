import { useLayoutEffect, useState, type RefObject } from 'react'

/**
 * The longest of `hints` (given longest first) whose width, as `measure` reports it, fits `room`;
 * the last, shortest one where none fits or nothing can be measured. Pure.
 */
export function hintThatFits(hints: readonly string[], room: number, measure: (text: string) => number | null): string {
  const shortest = hints[hints.length - 1] ?? ''
  if (!(room > 0)) return shortest
  for (const hint of hints) {
    const width = measure(hint)
    if (width === null) return shortest
    if (width <= room) return hint
  }
  return shortest
}

/** The text width `text` takes in `input`'s font, or null where the browser cannot measure text. */
function textWidthIn(input: HTMLInputElement): (text: string) => number | null {
  const style = getComputedStyle(input)
  const context = document.createElement('canvas').getContext('2d')
  if (!context) return () => null
  context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
  return (text) => context.measureText(text).width
}

/** The room for text inside `input`: its width without its padding. */
function roomIn(input: HTMLInputElement): number {
  const style = getComputedStyle(input)
  return input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
}

/**
 * A field's hint (placeholder) that is read whole: the longest of `hints` that fits the field as
 * it is laid out, chosen again whenever the field changes size. A hint cut off mid-word ("Search
 * a muscle o") tells a reader less than a short one. Until the field is measured (and in the
 * first view drawn at build time) the shortest, phone first; the field's own size never depends
 * on its hint, so the swap moves nothing.
 */
export function useFittingHint(field: RefObject<HTMLInputElement | null>, hints: readonly string[]): string {
  const [hint, setHint] = useState(hints[hints.length - 1] ?? '')
  useLayoutEffect(() => {
    const input = field.current
    if (!input || typeof ResizeObserver === 'undefined') return
    const choose = () => setHint(hintThatFits(hints, roomIn(input), textWidthIn(input)))
    choose()
    const observer = new ResizeObserver(choose)
    observer.observe(input)
    return () => observer.disconnect()
  }, [field, hints])
  return hint
}
