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

/** A lighter body whose drawn skins are counted; each has its own index (as the real ones do). */
function fakeBody() {
  const skin = new BufferGeometry()
  const made: { states: number[][]; geometry: BufferGeometry }[] = []
  const drawnSkin = (states: readonly Uint8Array[]) => {
    const geometry = new BufferGeometry()
    geometry.setIndex(new BufferAttribute(new Uint32Array(3), 1))
    made.push({ states: states.map((s) => [...s]), geometry })
    return geometry
  }
  return { skin, drawnSkin, made }
}

describe('createDrawnSkins', () => {
  it("draws the skin with every edge until the drawing's own skin is made a task later, then that one", () => {
    vi.useFakeTimers()
    const body = fakeBody()
    const skins = createDrawnSkins(body)
    const zones = texture([255, 0, 0, 0, 0, 0, 0, 0])
    expect(skins.skinFor([zones])).toEqual({ geometry: body.skin, error: maxError })
    expect(body.made).toHaveLength(0)
    vi.runAllTimers()
    expect(body.made.map((m) => m.states)).toEqual([[[255, 0, 0, 0, 0, 0, 0, 0]]])
    expect(skins.skinFor([zones])).toEqual({ geometry: body.made[0]?.geometry, error: bareSkinError })
  })

  it('makes a new one only when the bytes change, not when the same drawing is written again', () => {
    vi.useFakeTimers()
    const body = fakeBody()
    const skins = createDrawnSkins(body)
    const data = [255, 0, 0, 0, 0, 0, 0, 0]
    const zones = texture(data)
    skins.skinFor([zones])
    vi.runAllTimers()
    const first = body.made[0]?.geometry
    const disposed = vi.fn()
    first?.addEventListener('dispose', disposed)
    // The same pattern written again (a new texture version, the same bytes).
    zones.needsUpdate = true
    expect(skins.skinFor([zones]).geometry).toBe(first)
    vi.runAllTimers()
    expect(body.made).toHaveLength(1)
    // Another pattern: the skin with every edge until its own is made; the old one freed.
    ;(zones.image.data as Uint8Array).set([0, 0, 0, 0, 128, 0, 0, 0])
    zones.needsUpdate = true
    expect(skins.skinFor([zones]).geometry).toBe(body.skin)
    expect(disposed).toHaveBeenCalledOnce()
    vi.runAllTimers()
    expect(body.made).toHaveLength(2)
    expect(skins.skinFor([zones]).geometry).toBe(body.made[1]?.geometry)
  })

  it('frees what it made, and makes nothing after dispose', () => {
    vi.useFakeTimers()
    const body = fakeBody()
    const skins = createDrawnSkins(body)
    skins.skinFor([texture([255, 0, 0, 0])])
    skins.dispose()
    vi.runAllTimers()
    expect(body.made).toHaveLength(0)
  })
})
