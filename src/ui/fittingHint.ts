import { useEffect, useState, type RefObject } from 'react'

/**
 * The longest of `hints` (given longest first) that `fits` says is read whole; the last, shortest
 * one where none fits or `fits` cannot tell (null: the field has no size yet). Pure.
 */
export function hintThatFits(hints: readonly string[], fits: (text: string) => boolean | null): string {
  const shortest = hints[hints.length - 1] ?? ''
  for (const hint of hints) {
    const fit = fits(hint)
    if (fit === null) return shortest
    if (fit) return hint
  }
  return shortest
}

/**
 * The longest of `hints` that `input` shows whole, asked of a hidden copy of it holding each hint
 * as its value: the browser lays it out exactly as the hint (font, padding, and the room a search
 * field keeps for its clear button even while empty, which a measure of the text alone misses).
 * The shortest while the field has no size (hidden, or not laid out yet).
 */
function longestHintIn(input: HTMLInputElement, hints: readonly string[]): string {
  const parent = input.parentElement
  if (!parent || !(input.clientWidth > 0)) return hintThatFits(hints, () => null)
  const probe = input.cloneNode(false) as HTMLInputElement
  probe.removeAttribute('id')
  probe.setAttribute('aria-hidden', 'true')
  probe.tabIndex = -1
  Object.assign(probe.style, { position: 'absolute', visibility: 'hidden', left: '0', top: '0' })
  probe.style.width = getComputedStyle(input).width
  parent.append(probe)
  try {
    return hintThatFits(hints, (text) => {
      probe.value = text
      return probe.scrollWidth <= probe.clientWidth
    })
  } finally {
    probe.remove()
  }
}

/**
 * A field's hint (placeholder) that is read whole: the longest of `hints` that fits the field as
 * it is laid out, chosen again whenever the field changes size. A hint cut off mid-word ("Search
 * a muscle o") tells a reader less than a short one. Until the field is measured (and in the
 * first view drawn at build time, or where the browser has no ResizeObserver) `before`: the hint
 * that fits the narrow phone most people open the app on (360 px), so there the app does not
 * change it. The field's own size never depends on its hint, so a change moves nothing. Measured
 * only in the observer's callbacks (its first comes once the field is laid out, before the next
 * paint), never in React's commit, which would force a layout inside it.
 */
export function useFittingHint(
  field: RefObject<HTMLInputElement | null>,
  hints: readonly string[],
  before: string,
): string {
  const [hint, setHint] = useState(before)
  useEffect(() => {
    const input = field.current
    if (!input || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => setHint(longestHintIn(input, hints)))
    observer.observe(input)
    return () => observer.disconnect()
  }, [field, hints])
  return hint
}
