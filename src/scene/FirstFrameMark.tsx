import { useEffect } from 'react'
import { addAfterEffect } from '@react-three/fiber'
import { frameMarked } from './frameMarked.ts'

/**
 * Leaves a User Timing mark (`performance.mark`) after the first frame drawn once this is
 * mounted, beside what it marks: a standard signal that a benchmark or the browser's own
 * performance panel can read, with no test hook and nothing sent anywhere.
 */
export function FirstFrameMark({ name }: { name: string }) {
  useEffect(() => {
    let done = false
    const stop = addAfterEffect(() => {
      if (done) return
      done = true
      performance.mark(name)
      frameMarked(name)
      stop()
    })
    return stop
  }, [name])
  return null
}
