// @vitest-environment node
import { PerspectiveCamera, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { bestAzimuth, boxCorners, fitPoints, freeNdcRect, patternPoints, viewBasis, type NdcRect } from './framing.ts'
import { surveySkin } from './skinSurvey.ts'

/** A three camera placed as camera-controls places it for a fit: look at the target, then slide. */
function cameraFor(fit: ReturnType<typeof fitPoints>, fov: number, aspect: number): PerspectiveCamera {
  const cam = new PerspectiveCamera(fov, aspect, 0.05, 20)
  cam.position.set(...fit.orbitPosition)
  cam.lookAt(new Vector3(...fit.target))
  cam.updateMatrixWorld()
  const right = new Vector3().setFromMatrixColumn(cam.matrixWorld, 0)
  const up = new Vector3().setFromMatrixColumn(cam.matrixWorld, 1)
  cam.position.addScaledVector(right, fit.offset[0]).addScaledVector(up, fit.offset[1])
  cam.updateMatrixWorld()
  return cam
}

const project = (cam: PerspectiveCamera, pts: number[]) => {
  const out: Vector3[] = []
  for (let i = 0; i < pts.length; i += 3) out.push(new Vector3(pts[i], pts[i + 1], pts[i + 2]).project(cam))
  return out
}

describe('viewBasis', () => {
  it("matches three's lookAt from any orbit angle: right, up and forward are the camera's axes", () => {
    for (const azimuth of [0, 0.5, Math.PI / 2, 2.5, -2])
      for (const polar of [Math.PI / 2, Math.PI / 2.1, 1]) {
        const cam = new PerspectiveCamera()
        cam.position.setFromSphericalCoords(3, polar, azimuth)
        cam.lookAt(0, 0, 0)
        cam.updateMatrixWorld()
        const b = viewBasis(azimuth, polar)
        const column = (i: number) => new Vector3().setFromMatrixColumn(cam.matrixWorld, i).toArray()
        const close = (a: readonly number[], e: number[]) => a.forEach((x, i) => expect(x).toBeCloseTo(e[i]!, 6))
        close(b.right, column(0))
        close(b.up, column(1))
        close(
          b.forward,
          column(2).map((x) => -x),
        )
      }
    // From the front the camera's right is the body's left (+X).
    expect(viewBasis(0, Math.PI / 2).right[0]).toBeCloseTo(1)
  })
})

describe('fitPoints', () => {
  // A tall thin pattern (a leg) and a wide one (shoulders), off the origin and in depth.
  const cases: [string, number[]][] = [
    ['leg', boxCorners({ min: [0.05, 0.0, -0.1], max: [0.15, 0.9, 0.05] })],
    ['shoulders', boxCorners({ min: [-0.25, 1.3, -0.1], max: [0.25, 1.5, 0.1] })],
  ]
  const rects: [string, NdcRect][] = [
    ['whole canvas', { left: -1, right: 1, bottom: -1, top: 1 }],
    ['above a half sheet', { left: -0.9, right: 0.9, bottom: 0.05, top: 0.95 }],
    ['left of a panel', { left: -0.95, right: 0.2, bottom: -0.9, top: 0.9 }],
  ]
  for (const [name, pts] of cases)
    for (const [where, rect] of rects)
      for (const azimuth of [0, 0.7, Math.PI]) {
        it(`${name}, ${where}, azimuth ${azimuth}: every point inside the rect, touching it on two sides`, () => {
          const aspect = 0.6
          const fit = fitPoints(pts, viewBasis(azimuth, Math.PI / 2.1), (30 * Math.PI) / 180, aspect, rect)
          const ndc = project(cameraFor(fit, 30, aspect), pts)
          const eps = 1e-6
          for (const p of ndc) {
            expect(p.x).toBeGreaterThanOrEqual(rect.left - eps)
            expect(p.x).toBeLessThanOrEqual(rect.right + eps)
            expect(p.y).toBeGreaterThanOrEqual(rect.bottom - eps)
            expect(p.y).toBeLessThanOrEqual(rect.top + eps)
            expect(p.z).toBeLessThan(1)
          }
          // As close as the rect allows: the points reach both its left and right edges, or both
          // its top and bottom ones.
          const xs = ndc.map((p) => p.x),
            ys = ndc.map((p) => p.y)
          const spanX = (Math.max(...xs) - Math.min(...xs)) / (rect.right - rect.left)
          const spanY = (Math.max(...ys) - Math.min(...ys)) / (rect.top - rect.bottom)
          expect(Math.max(spanX, spanY)).toBeGreaterThan(0.999)
        })
      }
})

describe('freeNdcRect', () => {
  it('maps insets to device coordinates with a margin, and falls back to the whole canvas when too little is free', () => {
    const r = freeNdcRect(400, 800, { top: 0, right: 0, bottom: 400, left: 0 }, 0)
    expect(r).toEqual({ left: -1, right: 1, bottom: 0, top: 1 })
    const m = freeNdcRect(400, 800, null, 20)
    expect(m.left).toBeCloseTo(-0.9)
    expect(m.top).toBeCloseTo(0.95)
    expect(freeNdcRect(400, 800, { top: 0, right: 0, bottom: 790, left: 0 }, 0)).toEqual({
      left: -1,
      right: 1,
      bottom: -1,
      top: 1,
    })
  })
})

describe('bestAzimuth and patternPoints on a tiny skin', () => {
  // Two quads: label 0 faces +Z (front), label 1 faces -X (the body's right side).
  const positions = Float32Array.from([
    0,
    0,
    0,
    1,
    0,
    0,
    1,
    1,
    0,
    0,
    1,
    0, // front quad, counter-clockwise seen from +Z
    -1,
    0,
    0,
    -1,
    0,
    -1,
    -1,
    1,
    -1,
    -1,
    1,
    0, // side quad, counter-clockwise seen from -X
  ])
  const labels = Uint16Array.from([0, 0, 0, 0, 1, 1, 1, 1])
  const indices = [0, 1, 2, 0, 2, 3, 4, 6, 5, 4, 7, 6]
  const survey = surveySkin({ positions, labels, indices }, 2)

  it('normals point out of counter-clockwise triangles, areas add up, labels keep their vertices', () => {
    expect(Array.from(survey.normals.slice(0, 3))).toEqual([0, 0, 1])
    expect(Array.from(survey.normals.slice(12, 15))).toEqual([-1, 0, 0])
    expect(Array.from(survey.areas).reduce((a, b) => a + b, 0)).toBeCloseTo(2)
    expect(Array.from(survey.vertices[1]!)).toEqual([4, 5, 6, 7])
    expect(survey.bounds[1]).toEqual({ min: [-1, 0, -1], max: [-1, 1, 0] })
  })

  it('looks from the side the pattern faces', () => {
    expect(bestAzimuth(survey, Uint8Array.from([255, 0]), [], Math.PI / 2, 1)).toBeCloseTo(0)
    expect(bestAzimuth(survey, Uint8Array.from([0, 255]), [], Math.PI / 2, 1)).toBeCloseTo(-Math.PI / 2)
    // Nothing to weigh: the fallback.
    expect(bestAzimuth(survey, Uint8Array.from([0, 0]), [], Math.PI / 2, 1)).toBe(1)
  })

  it('gathers the vertices of painted labels and the extra points', () => {
    const pts = patternPoints(survey, Uint8Array.from([0, 128]), [9, 9, 9])
    expect(pts.length).toBe(4 * 3 + 3)
    expect(Array.from(pts.slice(-3))).toEqual([9, 9, 9])
  })
})
