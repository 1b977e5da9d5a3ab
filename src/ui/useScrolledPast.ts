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
 * sight. Always false while `enabled` is false.
 *
 * Read on every scroll, not by an IntersectionObserver: a jump (a link into the text, End) can
 * take the marker from below the fold to above the top without ever crossing the panel, and an
 * observer reports only crossings.
 */
export function useScrolledPast(marker: RefObject<HTMLElement | null>, enabled: boolean): boolean {
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
  }, [marker, enabled])
  return enabled && past
}

/** Room (px) kept between an overlay's foot and the control with focus. */
const FOCUS_GAP = 12

/**
 * While `active`, a control that takes focus (Tab, Shift+Tab) under the overlay that `overlay`
 * finds at the top of the panel `anchor` scrolls in is scrolled down clear of it: a title that
 * hangs over the text must never hide where the keyboard is. Controls inside the overlay's own
 * bar (`ownBar`) are left where they are.
 */
export function useFocusBelowOverlay(
  anchor: RefObject<HTMLElement | null>,
  overlay: string,
  ownBar: string,
  active: boolean,
): void {
  useEffect(() => {
    const el = anchor.current
    const scroller = el && scrollParent(el)
    if (!active || !scroller) return
    let frame = 0
    const onFocus = (event: FocusEvent) => {
      const target = event.target
      if (!(target instanceof HTMLElement) || target.closest(ownBar)) return
      // After the browser's own scrolling to the control, and the title's coming or going with it.
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        const cover = scroller.querySelector(overlay)
        if (!cover || document.activeElement !== target) return
        const clearance = target.getBoundingClientRect().top - cover.getBoundingClientRect().bottom - FOCUS_GAP
        if (clearance < 0) scroller.scrollBy({ top: clearance, behavior: 'instant' })
      })
    }
    scroller.addEventListener('focusin', onFocus)
    return () => {
      cancelAnimationFrame(frame)
      scroller.removeEventListener('focusin', onFocus)
    }
  }, [anchor, overlay, ownBar, active])
}
