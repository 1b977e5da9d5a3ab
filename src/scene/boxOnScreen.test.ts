// @vitest-environment node
import { Box3, Matrix4, PerspectiveCamera, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { boxOnScreen, wholeScreen } from './boxOnScreen.ts'

/** The app's camera: 30° field of view, looking at the body's middle from 4 m. */
function camera(z: number, aspect = 860 / 740): PerspectiveCamera {
  const cam = new PerspectiveCamera(30, aspect, 0.05, 20)
  cam.position.set(0, 0.9, z)
  cam.lookAt(0, 0.9, 0)
  cam.updateMatrixWorld()
  return cam
}

/** A body-sized box: 0.6 m wide, 1.8 m tall, 0.3 m deep, feet on the ground. */
const body = new Box3(new Vector3(-0.3, 0, -0.15), new Vector3(0.3, 1.8, 0.15))

describe('boxOnScreen', () => {
  it('holds every corner of the box as the camera projects it, and little more', () => {
    const cam = camera(4)
    const rect = boxOnScreen(body, new Matrix4(), cam, 0)
    for (let i = 0; i < 8; i++) {
      const p = new Vector3(i & 1 ? 0.3 : -0.3, i & 2 ? 1.8 : 0, i & 4 ? 0.15 : -0.15).project(cam)
      const [u, v] = [p.x * 0.5 + 0.5, p.y * 0.5 + 0.5]
      expect(u).toBeGreaterThanOrEqual(rect.x0 - 1e-9)
      expect(u).toBeLessThanOrEqual(rect.x1 + 1e-9)
      expect(v).toBeGreaterThanOrEqual(rect.y0 - 1e-9)
      expect(v).toBeLessThanOrEqual(rect.y1 + 1e-9)
    }
    // A standing body seen whole is a tall, narrow part of the frame: most of the copy is saved.
    expect((rect.x1 - rect.x0) * (rect.y1 - rect.y0)).toBeLessThan(0.5)
  })

  it('follows the box where its matrix moves it, and grows by the margin', () => {
    const cam = camera(4)
    const moved = boxOnScreen(body, new Matrix4().makeTranslation(0.5, 0, 0), cam, 0)
    const still = boxOnScreen(body, new Matrix4(), cam, 0)
    expect(moved.x0).toBeGreaterThan(still.x0)
    const grown = boxOnScreen(body, new Matrix4(), cam, 0.02)
    expect(grown.x0).toBeCloseTo(still.x0 - 0.02)
    expect(grown.x1).toBeCloseTo(still.x1 + 0.02)
  })

  it('keeps to the canvas when the box fills it, and takes the whole canvas when the camera is inside the box', () => {
    const close = boxOnScreen(body, new Matrix4(), camera(0.6), 0.02)
    expect(close).toEqual({ x0: 0, y0: 0, x1: 1, y1: 1 })
    expect(boxOnScreen(body, new Matrix4(), camera(0.1), 0)).toBe(wholeScreen)
  })
})
