import { BufferAttribute, BufferGeometry, DataTexture } from 'three'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createDrawnSkins } from './drawnSkin.ts'
import { bareSkinError, maxError } from './motionLod.ts'

afterEach(() => {
  vi.useRealTimers()
})

const texture = (bytes: number[]) => {
  const t = new DataTexture(Uint8Array.from(bytes), bytes.length / 4, 1)
  t.needsUpdate = true
  return t
}

/** Writes new bytes into a state texture, as the skin does when what is drawn changes. */
function write(t: DataTexture, bytes: number[]): void {
  ;(t.image.data as Uint8Array).set(bytes)
  t.needsUpdate = true
}

/** A lighter body whose drawn skins are counted; each has its own index (as the real ones do). */
function fakeBody() {
  const skin = new BufferGeometry()
  const bareSkin = new BufferGeometry()
  const made: { states: number[][]; geometry: BufferGeometry }[] = []
  const drawnSkin = (states: readonly Uint8Array[]) => {
    const geometry = new BufferGeometry()
    geometry.setIndex(new BufferAttribute(new Uint32Array(3), 1))
    made.push({ states: states.map((s) => [...s]), geometry })
    return geometry
  }
  return { skin, bareSkin, drawnSkin, made }
}

const pattern = [255, 0, 0, 0, 0, 0, 0, 0]
const blank = [0, 0, 0, 0, 0, 0, 0, 0]

describe('createDrawnSkins', () => {
  it('draws a blank skin bare, and a drawing with every edge until its own skin is made a task later', () => {
    vi.useFakeTimers()
    const body = fakeBody()
    const skins = createDrawnSkins(body)
    const zones = texture(blank)
    expect(skins.skinFor([zones])).toEqual({ geometry: body.bareSkin, error: bareSkinError })
    write(zones, pattern)
    expect(skins.skinFor([zones])).toEqual({ geometry: body.skin, error: maxError })
    expect(body.made).toHaveLength(0)
    vi.runAllTimers()
    expect(body.made.map((m) => m.states)).toEqual([[pattern]])
    expect(skins.skinFor([zones])).toEqual({ geometry: body.made[0]?.geometry, error: bareSkinError })
  })

  it('makes a new one only when the bytes change, not when the same drawing is written again', () => {
    vi.useFakeTimers()
    const body = fakeBody()
    const skins = createDrawnSkins(body)
    const zones = texture(pattern)
    skins.skinFor([zones])
    vi.runAllTimers()
    const first = body.made[0]?.geometry
    const disposed = vi.fn()
    first?.addEventListener('dispose', disposed)
    write(zones, pattern)
    expect(skins.skinFor([zones]).geometry).toBe(first)
    // Gone and back: the same skin, not made again.
    write(zones, blank)
    expect(skins.skinFor([zones]).geometry).toBe(body.bareSkin)
    write(zones, pattern)
    expect(skins.skinFor([zones]).geometry).toBe(first)
    vi.runAllTimers()
    expect(body.made).toHaveLength(1)
    // Another pattern: every edge until its own is made; the old one freed.
    write(zones, [0, 0, 0, 0, 128, 0, 0, 0])
    expect(skins.skinFor([zones]).geometry).toBe(body.skin)
    expect(disposed).toHaveBeenCalledOnce()
    vi.runAllTimers()
    expect(body.made).toHaveLength(2)
    expect(skins.skinFor([zones]).geometry).toBe(body.made[1]?.geometry)
  })

  it('keeps the bare skin when the drawing went before its own skin was made', () => {
    vi.useFakeTimers()
    const body = fakeBody()
    const skins = createDrawnSkins(body)
    const zones = texture(pattern)
    skins.skinFor([zones])
    write(zones, blank)
    expect(skins.skinFor([zones]).geometry).toBe(body.bareSkin)
    vi.runAllTimers()
    expect(skins.skinFor([zones]).geometry).toBe(body.bareSkin)
  })

  it('reads other textures as new ones even at the same version', () => {
    const body = fakeBody()
    const skins = createDrawnSkins(body)
    expect(skins.skinFor([texture(pattern)]).geometry).toBe(body.skin)
    expect(skins.skinFor([texture(blank)]).geometry).toBe(body.bareSkin)
  })

  it('frees the skin it made on dispose, and makes none that was still to come', () => {
    vi.useFakeTimers()
    const body = fakeBody()
    const skins = createDrawnSkins(body)
    skins.skinFor([texture(pattern)])
    vi.runAllTimers()
    const disposed = vi.fn()
    body.made[0]?.geometry.addEventListener('dispose', disposed)
    skins.dispose()
    expect(disposed).toHaveBeenCalledOnce()

    const later = createDrawnSkins(body)
    later.skinFor([texture(pattern)])
    later.dispose()
    vi.runAllTimers()
    expect(body.made).toHaveLength(1)
  })
})
