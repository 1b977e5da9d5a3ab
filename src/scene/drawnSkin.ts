/**
 * The lighter skin to draw the skin with in a moving frame (MotionView.tsx), by what is drawn on
 * it now: the bare skin while nothing is; else a skin that keeps only the edges of the drawing
 * (a pattern, marks, heat, compared patterns). That one is made a task after the first moving
 * frame that finds the drawing new (tens of milliseconds of work: one slower frame in the
 * orbit, where a new drawing is first turned), and until then the skin with every region's edge,
 * made with the body, stands in. The textures are read again only when their versions move.
 */
import type { BufferGeometry, DataTexture } from 'three'
import { releaseOwnIndex, type MotionBody } from './motionBody.ts'
import { bareSkinError, maxError } from './motionLod.ts'
import { statesBlank } from './referredPainShader.ts'

/** Whether two lists of byte arrays hold the same bytes. */
function sameBytes(a: readonly Uint8Array[], b: readonly Uint8Array[]): boolean {
  return (
    a.length === b.length &&
    a.every((bytes, i) => bytes.length === b[i]?.length && bytes.every((v, j) => v === b[i]?.[j]))
  )
}

/** A lighter skin and how far it may stray from the full one (metres): its lift is twice that. */
export interface LighterSkin {
  geometry: BufferGeometry
  error: number
}

export interface DrawnSkins {
  /** The lighter skin to draw for these state textures now. */
  skinFor: (states: readonly DataTexture[]) => LighterSkin
  dispose: () => void
}

export function createDrawnSkins(lighter: Pick<MotionBody, 'skin' | 'bareSkin' | 'drawnSkin'>): DrawnSkins {
  const bare: LighterSkin = { geometry: lighter.bareSkin, error: bareSkinError }
  // The textures (and their versions) last looked at, what they held, and the answer for them.
  let seen = ''
  let drawn: Uint8Array[] = []
  let answer: LighterSkin = bare
  let made: BufferGeometry | null = null
  let making: ReturnType<typeof setTimeout> | undefined
  const release = () => {
    clearTimeout(making)
    if (made) releaseOwnIndex(made)
    made = null
  }
  return {
    skinFor: (states) => {
      const now = states.map((texture) => `${texture.id}:${texture.version}`).join()
      if (now === seen) return answer
      seen = now
      if (statesBlank(...states)) return (answer = bare)
      const bytes = states.map((texture) => texture.image.data as Uint8Array)
      if (made && sameBytes(bytes, drawn)) return (answer = { geometry: made, error: bareSkinError })
      release()
      drawn = bytes.map((b) => b.slice())
      const toMake = drawn
      making = setTimeout(() => {
        made = lighter.drawnSkin(toMake)
        // Unless the drawing has gone meanwhile (to nothing): then it waits in case it comes back.
        if (seen === now) answer = { geometry: made, error: bareSkinError }
      })
      return (answer = { geometry: lighter.skin, error: maxError })
    },
    dispose: release,
  }
}
