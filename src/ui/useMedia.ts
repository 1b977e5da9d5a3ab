import { useSyncExternalStore } from 'react'

/**
 * True while the CSS media query matches (false where there is no window, as in tests without
 * one). `whenPrerendered` is the answer while the first view is drawn at build time
 * (src/prerender.tsx), where there is no screen to ask.
 */
export function useMedia(query: string, whenPrerendered = false): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window === 'undefined' || !window.matchMedia) return () => {}
      const q = window.matchMedia(query)
      q.addEventListener('change', onChange)
      return () => q.removeEventListener('change', onChange)
    },
    () => typeof window !== 'undefined' && !!window.matchMedia && window.matchMedia(query).matches,
    () => whenPrerendered,
  )
}

/** Landscape phones and other short screens, where the panel sits beside the body (styles.css). */
export const SHORT_SCREEN_QUERY = '(max-height: 500px)'
