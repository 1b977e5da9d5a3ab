/**
 * The lighter skin for what is drawn on the skin now, for moving frames (MotionView.tsx). The
 * lighter skin built with the body keeps every region's edge, as any pattern might need; once a
 * drawing (a pattern, marks, heat, compared patterns) is on the skin and the camera moves, a skin
 * that keeps only that drawing's edges is made, a task after the first moving frame that finds
 * the drawing new (that frame draws the one with every edge), and kept until the drawing changes.
 */
import type { BufferGeometry, DataTexture } from 'three'
import { releaseSkin, type MotionBody } from './motionBody.ts'
import { bareSkinError, maxError } from './motionLod.ts'

/** Whether two lists of byte arrays hold the same bytes. */
function sameBytes(a: readonly Uint8Array[], b: readonly Uint8Array[]): boolean {
  return (
    a.length === b.length &&
    a.every((bytes, i) => bytes.length === b[i]?.length && bytes.every((v, j) => v === b[i]?.[j]))
  )
}

export interface DrawnSkins {
  /** The lighter skin to draw for these state textures now, and how far it may stray (metres). */
  skinFor: (states: readonly DataTexture[]) => { geometry: BufferGeometry; error: number }
  dispose: () => void
}

export function createDrawnSkins(lighter: Pick<MotionBody, 'skin' | 'drawnSkin'>): DrawnSkins {
  // The textures' versions last looked at: their bytes are compared only when these move.
  let versions = ''
  let drawn: Uint8Array[] = []
  let made: BufferGeometry | null = null
  let making: ReturnType<typeof setTimeout> | undefined
  const current = () => (made ? { geometry: made, error: bareSkinError } : { geometry: lighter.skin, error: maxError })
  const release = () => {
    clearTimeout(making)
    if (made) releaseSkin(made)
    made = null
  }
  return {
    skinFor: (states) => {
      const now = states.map((texture) => texture.version).join()
      if (now === versions) return current()
      versions = now
      const bytes = states.map((texture) => texture.image.data as Uint8Array)
      if (sameBytes(bytes, drawn)) return current()
      release()
      drawn = bytes.map((b) => b.slice())
      const toMake = drawn
      making = setTimeout(() => {
        made = lighter.drawnSkin(toMake)
      })
      return current()
    },
    dispose: release,
  }
}
