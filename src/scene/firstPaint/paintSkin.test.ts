import { Color, PerspectiveCamera, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { freeNdcRect, viewBasis, wholeBodyView } from '../framing.ts'
import { sceneCamera } from '../sceneCamera.ts'
import { backdropColor, skinColor } from '../skinLook.ts'
import { linearColor, perspective, viewMatrix } from './paintSkin.ts'

const close = (a: ArrayLike<number>, b: ArrayLike<number>) =>
  Array.from(a).forEach((v, i) => expect(v).toBeCloseTo(b[i]!, 5))

describe('the first paint’s arithmetic is three’s', () => {
  it('projects as the scene’s camera does', () => {
    for (const aspect of [360 / 538, 860 / 545, 444 / 262]) {
      const camera = new PerspectiveCamera(sceneCamera.fov, aspect, sceneCamera.near, sceneCamera.far)
      const fovY = (sceneCamera.fov * Math.PI) / 180
      close(perspective(fovY, aspect, sceneCamera.near, sceneCamera.far), camera.projectionMatrix.elements)
    }
  })

  it('sees from where the camera stands once the rig has framed the whole body', () => {
    const aspect = 360 / 538
    const fovY = (sceneCamera.fov * Math.PI) / 180
    const rect = freeNdcRect(360, 538, { top: 0, right: 0, bottom: 150, left: 0 })
    const fit = wholeBodyView({ min: [-0.33, -0.01, -0.05], max: [0.33, 1.64, 0.24] }, 0, fovY, aspect, rect)
    // The rig: the camera at the orbit position looking at the target, then slid by the offset.
    const camera = new PerspectiveCamera(sceneCamera.fov, aspect)
    camera.position.set(...fit.orbitPosition)
    camera.lookAt(new Vector3(...fit.target))
    camera.updateMatrixWorld()
    const right = new Vector3().setFromMatrixColumn(camera.matrix, 0).multiplyScalar(fit.offset[0])
    const up = new Vector3().setFromMatrixColumn(camera.matrix, 1).multiplyScalar(fit.offset[1])
    camera.position.add(right).add(up)
    camera.updateMatrixWorld()
    close(viewMatrix(fit.position, viewBasis(0, Math.PI / 2)), camera.matrixWorldInverse.elements)
  })

  it('turns the skin’s colours into three’s linear working space', () => {
    for (const hex of [skinColor, backdropColor]) {
      const c = new Color(hex)
      close(linearColor(hex), [c.r, c.g, c.b])
    }
  })
})
