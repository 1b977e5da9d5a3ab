/**
 * When the service worker may start precaching: after the first view. Its precache downloads the
 * whole app again (the body model included) and must not compete with the first visit's own
 * downloads on a slow link, so it waits for the page's load event and then for the model's
 * response to have arrived (a resource-timing entry for its URL). Without WebGL the model is never
 * fetched, so the load event is enough. `capMs` bounds the wait for a model that never arrives
 * (a failed download): offline support is still set up, just later.
 */
export function afterFirstView(modelUrl: string | null, capMs = 30_000): { done: Promise<void>; cancel: () => void } {
  let cancel = () => {}
  const done = new Promise<void>((resolve) => {
    let finished = false
    const cleanups: (() => void)[] = []
    const finish = () => {
      if (finished) return
      finished = true
      cleanups.forEach((c) => c())
      resolve()
    }
    cancel = () => {
      finished = true
      cleanups.forEach((c) => c())
    }
    const afterLoad = () => {
      if (finished) return
      if (modelUrl === null) return finish()
      const path = new URL(modelUrl, location.href).href
      const isModel = (e: PerformanceEntry) => e.name === path
      if (performance.getEntriesByType('resource').some(isModel)) return finish()
      if (typeof PerformanceObserver !== 'undefined') {
        const observer = new PerformanceObserver((list) => {
          if (list.getEntries().some(isModel)) finish()
        })
        observer.observe({ type: 'resource', buffered: true })
        cleanups.push(() => observer.disconnect())
      }
      const cap = setTimeout(finish, capMs)
      cleanups.push(() => clearTimeout(cap))
    }
    if (document.readyState === 'complete') afterLoad()
    else {
      window.addEventListener('load', afterLoad, { once: true })
      cleanups.push(() => window.removeEventListener('load', afterLoad))
    }
  })
  return { done, cancel }
}
