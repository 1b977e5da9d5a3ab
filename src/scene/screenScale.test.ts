// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { Box3, Matrix4, OrthographicCamera, PerspectiveCamera, Vector3 } from 'three'
import { coarsestWithin, errorInPixels, pixelsPerMetre } from './screenScale.ts'

/** A camera on the z axis looking at the origin, `distance` metres away. */
function perspective(distance: number, fov = 40): PerspectiveCamera {
  const camera = new PerspectiveCamera(fov, 1, 0.01, 100)
  camera.position.set(0, 0, distance)
  camera.lookAt(0, 0, 0)
  camera.updateMatrixWorld()
  return camera
}

/** A body-like box: 1.8 m tall, 0.6 m wide, 0.3 m deep, centred on the origin. */
const body = new Box3(new Vector3(-0.3, -0.9, -0.15), new Vector3(0.3, 0.9, 0.15))
const identity = new Matrix4()

describe('pixelsPerMetre', () => {
  it('measures at the box’s nearest corner: a metre there spans frame height over the view’s height', () => {
    // 40° of view at 2 m from the near face: the view is 2·2·tan 20° = 1.456 m tall.
    const ppm = pixelsPerMetre(perspective(2.15), body, identity, 800)
    expect(ppm).toBeCloseTo(800 / (4 * Math.tan((20 * Math.PI) / 180)), 6)
  })

  it('doubles when the camera comes twice as close, follows the box’s matrix, and is endless inside it', () => {
    const far = pixelsPerMetre(perspective(4.15), body, identity, 600)
    expect(pixelsPerMetre(perspective(2.15), body, identity, 600)).toBeCloseTo(far * 2, 6)
    // Moved half a metre toward the camera by its matrix: as near as the camera half a metre closer.
    const moved = new Matrix4().makeTranslation(0, 0, 0.5)
    expect(pixelsPerMetre(perspective(4.15), body, moved, 600)).toBeCloseTo(
      pixelsPerMetre(perspective(3.65), body, identity, 600),
      6,
    )
    expect(pixelsPerMetre(perspective(0.1), body, identity, 600)).toBe(Infinity)
  })

  it('does not fall off with distance for an orthographic camera', () => {
    const camera = new OrthographicCamera(-1, 1, 1, -1, 0.1, 10)
    camera.position.set(0, 0, 5)
    camera.updateMatrixWorld()
    expect(pixelsPerMetre(camera, body, identity, 500)).toBeCloseTo(250, 6)
  })
})

describe('errorInPixels', () => {
  it('is 2 mm as a share of a pixel at 250 pixels a metre: half', () => {
    expect(errorInPixels(0.002, 250)).toBeCloseTo(0.5, 9)
  })
})

describe('coarsestWithin', () => {
  const levels = [{ error: 0.002 }, { error: 0.001 }]
  it('takes the coarsest set under half a pixel, a finer one closer up, and none closer still', () => {
    expect(coarsestWithin(levels, 200, 0.5)).toEqual({ error: 0.002 })
    expect(coarsestWithin(levels, 400, 0.5)).toEqual({ error: 0.001 })
    expect(coarsestWithin(levels, 600, 0.5)).toBeUndefined()
    expect(coarsestWithin(levels, Infinity, 0.5)).toBeUndefined()
  })
})
