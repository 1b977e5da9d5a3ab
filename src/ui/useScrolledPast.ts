import { useEffect, useState, type RefObject } from 'react'

/** The nearest ancestor that scrolls vertically, or null (the page itself). */
function scrollParent(element: HTMLElement): HTMLElement | null {
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
