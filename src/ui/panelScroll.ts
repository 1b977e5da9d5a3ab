/**
 * Scrolling inside a panel beside the body: whether a place in it has scrolled out of sight at
 * the top, and keeping the keyboard's focus clear of what sticks there.
 */
import { useEffect, useState, type RefObject } from 'react'

/** The nearest ancestor that scrolls vertically, or null (the page itself). */
export function scrollParent(element: HTMLElement): HTMLElement | null {
  for (let el = element.parentElement; el; el = el.parentElement) {
    const { overflowY } = getComputedStyle(el)
    if (overflowY === 'auto' || overflowY === 'scroll') return el
  }
  return null
}

/**
 * Whether `marker` (an empty element) has scrolled up past the top of the panel it scrolls in:
 * placed just before a sticky bar, whether the bar is stuck and what came before it is out of
 * sight. Always false while `enabled` is false. Read on every scroll and resize, and again
 * whenever `layoutKey` changes (what is above the marker may have grown or shrunk without a
 * scroll: another muscle, another side).
 *
 * Not an IntersectionObserver: a jump (a link into the text, End) can take the marker from below
 * the fold to above the top without ever crossing the panel, and an observer reports only crossings.
 */
export function useScrolledPast(marker: RefObject<HTMLElement | null>, enabled: boolean, layoutKey: string): boolean {
  const [past, setPast] = useState(false)
  useEffect(() => {
    const el = marker.current
    if (!enabled || !el) return
    const scroller = scrollParent(el)
    const check = () => {
      const top = scroller ? scroller.getBoundingClientRect().top : 0
      setPast(el.getBoundingClientRect().top < top)
    }
    const target = scroller ?? window
    target.addEventListener('scroll', check, { passive: true })
    window.addEventListener('resize', check)
    check()
    return () => {
      target.removeEventListener('scroll', check)
      window.removeEventListener('resize', check)
      setPast(false)
    }
  }, [marker, enabled, layoutKey])
  return enabled && past
}

/** Room (px) kept between what sticks at the top and the control with focus. */
const FOCUS_GAP = 12

/** What sticks at the top of a scrolled panel, as selectors. */
export interface StuckAtTop {
  /** The sticking bar: controls inside it stay where they are when they take focus. */
  bar: string
  /** Every element that covers the panel's top while stuck; the lowest foot counts. */
  covers: string
}

/**
 * While `active`, a control after `marker` that takes focus (Tab, Shift+Tab) under what sticks at
 * the top of the panel is scrolled down clear of it: nothing that hangs over the text may hide
 * where the keyboard is.
 */
export function useFocusBelowOverlay(marker: RefObject<HTMLElement | null>, stuck: StuckAtTop, active: boolean): void {
  useEffect(() => {
    const el = marker.current
    const scroller = el && scrollParent(el)
    if (!active || !el || !scroller) return
    let frame = 0
    const onFocus = (event: FocusEvent) => {
      const target = event.target
      if (!(target instanceof HTMLElement) || target.closest(stuck.bar)) return
      if (!(el.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING)) return
      // Two frames on: after the browser's own scrolling to the control, and after what sticks
      // has come or gone with that scroll (React commits it in a later task).
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => {
          if (document.activeElement !== target) return
          const covers = [...scroller.querySelectorAll(stuck.covers)].map((c) => c.getBoundingClientRect().bottom)
          if (covers.length === 0) return
          const clearance = target.getBoundingClientRect().top - Math.max(...covers) - FOCUS_GAP
          if (clearance < 0) scroller.scrollBy({ top: clearance, behavior: 'instant' })
        })
      })
    }
    scroller.addEventListener('focusin', onFocus)
    return () => {
      cancelAnimationFrame(frame)
      scroller.removeEventListener('focusin', onFocus)
    }
  }, [marker, stuck, active])
}
