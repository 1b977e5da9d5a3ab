/**
 * Runs `work` on each item in slices of about `budgetMs`, giving the main thread back between
 * slices, so a job over the whole body (normals for 250 meshes, their picking BVHs: 150 to
 * 250 ms each on a slow machine) never blocks input or painting for a long task. The first
 * slice runs at once; `cancel` stops before the next item.
 */
export function inSlices<T>(
  items: readonly T[],
  work: (item: T) => void,
  budgetMs = 25,
): { done: Promise<void>; cancel: () => void } {
  let cancelled = false
  let timer: ReturnType<typeof setTimeout> | undefined
  const done = new Promise<void>((resolve) => {
    let next = 0
    const slice = () => {
      timer = undefined
      const start = performance.now()
      for (const item of items.slice(next)) {
        if (cancelled) break
        next++
        work(item)
        if (performance.now() - start >= budgetMs) break
      }
      if (cancelled || next >= items.length) resolve()
      else timer = setTimeout(slice, 0)
    }
    slice()
  })
  return {
    done,
    cancel: () => {
      cancelled = true
      if (timer !== undefined) clearTimeout(timer)
    },
  }
}
