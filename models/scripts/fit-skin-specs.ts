/**
 * Where each skin segment lies and what it owns, from the bony landmarks (for models/scripts/fit-skin.ts).
 * The boundaries between segments are planes at the joints: the elbow plane through the
 * epicondyles, the wrist plane through the styloids, the knee plane through the femoral
 * epicondyles, and so on. The trunk keeps the shoulder cap above the armpit and the hips above
 * the gluteal fold.
 */
import type { LandmarkName, Point3, SkinSegmentName } from '../generator/skin-figures.ts'
import { add, addScaled, dot, normalize, sub } from '../generator/vec3.ts'
import { makeFrame, type Frame, type Ownership, type P3, type Wall } from './fit-skin-slicer.ts'

/** How to fit one segment. */
export interface SegmentSpec {
  name: SkinSegmentName
  symmetry: 'midline' | 'paired'
  frame: Frame
  around: number
  /** Ring positions along the axis (metres from the origin), before the tip zones are added. */
  rings: number[]
  /**
   * A rounded tip past the last ring (crown, fingertip, toes) or before the first (heel): which reference vertices
   * may be its pole.
   */
  endTip?: { filter: (t: number, u: number, v: number, p: P3) => boolean }
  startTip?: { filter: (t: number, u: number, v: number, p: P3) => boolean }
  own: Ownership
  centre0: [number, number]
}

/** The trunk gives the arm everything lateral of this x below `shoulderCapY` (the armpit is at about x = 0.16). */
const armCutX = 0.16
/** Above this height the trunk owns the whole shoulder cap (the deltoid dome). */
const shoulderCapY = 1.27
/** Below this height (just under the gluteal fold) the thighs take over from the trunk. */
const hipCutY = 0.75
/** The external genitals, which the model leaves out: the trunk and thighs fit through them. */
const genitals = (p: P3) => Math.abs(p[0]) < 0.045 && p[1] > 0.6 && p[1] < 0.795 && p[2] > 0.095

function steps(from: number, to: number, step: number): number[] {
  const n = Math.max(1, Math.round((to - from) / step))
  return Array.from({ length: n + 1 }, (_, i) => from + ((to - from) * i) / n)
}

/**
 * Ring positions plus three close rings (6 mm apart) at each boundary with a neighbouring
 * segment, so that the surface dives inside the neighbour right at the boundary and the seam
 * between the two surfaces is a clean line.
 */
function withCuts(rings: number[], cuts: number[]): number[] {
  const gap = 0.006
  const added = cuts.flatMap((c) => [c - gap, c, c + gap]).filter((t) => t > rings[0]! && t < rings[rings.length - 1]!)
  return rings
    .filter((t) => added.every((a) => Math.abs(a - t) > 0.7 * gap))
    .concat(added)
    .sort((a, b) => a - b)
}

/** Where the axis (origin + t * axis) crosses the plane through `at` with normal `n`. */
function crossing(origin: P3, axis: P3, at: P3, n: P3): number {
  return dot(sub(at, origin), n) / dot(axis, n)
}

function mid(a: Point3, b: Point3): P3 {
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2]
}

function p3(a: Point3): P3 {
  return [a[0], a[1], a[2]]
}

/** Signed distance of p past the plane through `at` with normal `n` (positive on the n side). */
function past(p: P3, at: P3, n: P3): number {
  return dot(sub(p, at), n)
}

/** The owned side of the plane between two fingers (parallel to both, halfway between their middles). */
function wallBetween(mine: P3, other: P3, mineAxis: P3, otherAxis: P3): Wall {
  const a = normalize(add(mineAxis, otherAxis))
  const d = sub(mine, other)
  const n = normalize(sub(d, [a[0] * dot(d, a), a[1] * dot(d, a), a[2] * dot(d, a)]))
  return { n, w: dot(n, mid(mine, other)) }
}

/** Builds the fitting specs for every segment from the landmarks. */
export function segmentSpecs(L: Record<LandmarkName, Point3>): SegmentSpec[] {
  const specs: SegmentSpec[] = []
  const x: P3 = [1, 0, 0]
  const y: P3 = [0, 1, 0]

  // The axial body: crotch to crown, horizontal rings. Denser at the shoulders and neck, and
  // denser still over the face (8 mm), where the eyes, nose and lips are.
  const axialOrigin: P3 = [0, 0.66, 0]
  const axialY = [
    ...steps(0.7, 0.74, 0.0125),
    ...steps(0.765, 1.24, 0.025),
    1.25,
    ...steps(1.26, 1.44, 0.012),
    ...steps(1.448, 1.584, 0.008),
  ]
  specs.push({
    name: 'axial',
    symmetry: 'midline',
    frame: makeFrame(axialOrigin, y, x),
    around: 48,
    rings: withCuts(
      axialY.map((v) => v - axialOrigin[1]),
      [hipCutY - axialOrigin[1]],
    ),
    endTip: { filter: (_t, u) => Math.abs(u) < 0.08 },
    own: {
      beyond: (p) => Math.max(Math.min(Math.abs(p[0]) - armCutX, shoulderCapY - p[1]), hipCutY - p[1]),
      walls: [],
      mode: 'first',
      capFactor: 3,
      // The trunk's wall runs on under the arm; it owns the shoulder cap from just below where the arm gives it up.
      ignore: (p) => genitals(p) || (Math.abs(p[0]) > armCutX && p[1] < shoulderCapY - 0.01),
    },
    centre0: [0, 0.08],
  })

  // Arm: upper arm, forearm, hand, thumb and fingers.
  const elbow = mid(L.lateral_epicondyle, L.medial_epicondyle)
  const wrist = mid(L.radial_styloid, L.ulnar_styloid)
  const head = p3(L.humeral_head)
  const armAxis = normalize(sub(elbow, head))
  const foreAxis = normalize(sub(wrist, elbow))
  const handAxis = normalize(sub(p3(L.mcp_3), wrist))
  const elbowN = normalize(add(armAxis, foreAxis))
  const wristN = normalize(add(foreAxis, handAxis))
  const armOrigin = head
  const armLen = dot(sub(elbow, armOrigin), armAxis)
  specs.push({
    name: 'upper_arm',
    symmetry: 'paired',
    frame: makeFrame(armOrigin, armAxis, x),
    around: 16,
    rings: withCuts(steps(0, armLen + 0.045, 0.018), [armLen, crossing(armOrigin, armAxis, [0, shoulderCapY, 0], y)]),
    own: {
      beyond: (p) => Math.max(armCutX - p[0], p[1] - shoulderCapY, past(p, elbow, elbowN)),
      walls: [],
      mode: 'first',
      capFactor: 2,
      // The arm's inner side runs on, rounded, under the armpit folds and inside the shoulder.
      ignore: (p) => p[0] < armCutX,
    },
    centre0: [0.01, 0],
  })
  const foreOrigin = addScaled(elbow, foreAxis, -0.04)
  specs.push({
    name: 'forearm',
    symmetry: 'paired',
    frame: makeFrame(foreOrigin, foreAxis, x),
    around: 16,
    rings: withCuts(steps(0, dot(sub(wrist, foreOrigin), foreAxis) + 0.03, 0.018), [
      crossing(foreOrigin, foreAxis, elbow, elbowN),
      crossing(foreOrigin, foreAxis, wrist, wristN),
    ]),
    own: {
      beyond: (p) => Math.max(-past(p, elbow, elbowN), past(p, wrist, wristN)),
      walls: [],
      mode: 'first',
      capFactor: 2,
    },
    centre0: [0, 0],
  })

  // The fingers part from the palm about 8 mm past the knuckles (MCP joints). The thumb owns
  // what lies past its knuckle; the palm runs on under it near its axis, and keeps the thenar
  // eminence.
  const web = addScaled(p3(L.mcp_3), handAxis, 0.008)
  const thumbOrigin = p3(L.first_metacarpal_base)
  const thumbAxis = normalize(sub(p3(L.fingertip_1), thumbOrigin))
  const thumbCut = addScaled(p3(L.mcp_1), thumbAxis, -0.004)
  const nearThumb = (p: P3) => {
    const d = sub(p, thumbOrigin)
    const along = dot(d, thumbAxis)
    return (
      along > 0 &&
      Math.hypot(d[0] - along * thumbAxis[0], d[1] - along * thumbAxis[1], d[2] - along * thumbAxis[2]) < 0.022
    )
  }
  const inThumb = (p: P3) => past(p, thumbCut, thumbAxis) > 0 && nearThumb(p)
  const handOrigin = addScaled(wrist, handAxis, -0.03)
  specs.push({
    name: 'hand',
    symmetry: 'paired',
    frame: makeFrame(handOrigin, handAxis, x),
    around: 20,
    rings: withCuts(steps(0, dot(sub(web, handOrigin), handAxis) + 0.012, 0.01), [
      crossing(handOrigin, handAxis, wrist, wristN),
      dot(sub(web, handOrigin), handAxis),
    ]),
    own: {
      beyond: (p) => Math.max(-past(p, wrist, wristN), past(p, web, handAxis)),
      walls: [],
      mode: 'first',
      capFactor: 3,
      // The palm runs on smoothly under the thumb.
      ignore: inThumb,
    },
    centre0: [0, 0],
  })
  specs.push({
    name: 'thumb',
    symmetry: 'paired',
    frame: makeFrame(thumbOrigin, thumbAxis, x),
    around: 8,
    rings: withCuts(steps(0, dot(sub(p3(L.fingertip_1), thumbOrigin), thumbAxis), 0.01), [
      dot(sub(thumbCut, thumbOrigin), thumbAxis),
    ]),
    endTip: { filter: () => true },
    own: { beyond: (p) => -past(p, thumbCut, thumbAxis), walls: [], mode: 'first', capFactor: 2 },
    centre0: [0, 0],
  })
  // Each finger is two straight parts, bent at the middle (PIP) joint: the fingers hang curled.
  const fingerNames = ['index_finger', 'middle_finger', 'ring_finger', 'little_finger'] as const
  const fingerMids: P3[] = [2, 3, 4, 5].map((i) =>
    mid(L[`mcp_${i}` as LandmarkName], L[`fingertip_${i}` as LandmarkName]),
  )
  const fingerAxes: P3[] = [2, 3, 4, 5].map((i) =>
    normalize(sub(p3(L[`fingertip_${i}` as LandmarkName]), p3(L[`mcp_${i}` as LandmarkName]))),
  )
  fingerNames.forEach((name, k) => {
    const i = k + 2
    const mcp = p3(L[`mcp_${i}` as LandmarkName])
    const pip = p3(L[`pip_${i}` as LandmarkName])
    const tip = p3(L[`fingertip_${i}` as LandmarkName])
    const baseAxis = normalize(sub(pip, mcp))
    const tipAxis = normalize(sub(tip, pip))
    const pipN = normalize(add(baseAxis, tipAxis))
    const walls: Wall[] = []
    if (k > 0) walls.push(wallBetween(fingerMids[k]!, fingerMids[k - 1]!, fingerAxes[k]!, fingerAxes[k - 1]!))
    if (k < 3) walls.push(wallBetween(fingerMids[k]!, fingerMids[k + 1]!, fingerAxes[k]!, fingerAxes[k + 1]!))
    const baseOrigin = addScaled(mcp, baseAxis, -0.012)
    specs.push({
      name,
      symmetry: 'paired',
      frame: makeFrame(baseOrigin, baseAxis, x),
      around: 8,
      rings: withCuts(steps(0, dot(sub(pip, baseOrigin), baseAxis) + 0.012, 0.0075), [
        crossing(baseOrigin, baseAxis, web, handAxis),
        crossing(baseOrigin, baseAxis, pip, pipN),
      ]),
      own: { beyond: (p) => Math.max(-past(p, web, handAxis), past(p, pip, pipN)), walls, mode: 'first', capFactor: 2 },
      centre0: [0, 0],
    })
    const tipOrigin = addScaled(pip, tipAxis, -0.01)
    specs.push({
      name: `${name}_distal`,
      symmetry: 'paired',
      frame: makeFrame(tipOrigin, tipAxis, x),
      around: 8,
      rings: withCuts(steps(0, dot(sub(tip, tipOrigin), tipAxis), 0.009), [crossing(tipOrigin, tipAxis, pip, pipN)]),
      endTip: { filter: () => true },
      own: { beyond: (p) => -past(p, pip, pipN), walls, mode: 'first', capFactor: 2 },
      centre0: [0, 0],
    })
  })

  // Leg: thigh, leg and foot.
  const knee = mid(L.femur_lateral_epicondyle, L.femur_medial_epicondyle)
  const ankle = mid(L.medial_malleolus, L.lateral_malleolus)
  const hip = p3(L.femoral_head)
  const thighAxis = normalize(sub(knee, hip))
  const legAxis = normalize(sub(ankle, knee))
  const kneeN = normalize(add(thighAxis, legAxis))
  // The ankle boundary rises toward the front, from above the heel to the ankle crease.
  const ankleN = normalize([0, 1, -0.3])
  const ankleAt: P3 = [ankle[0], 0.075, 0.05]
  const thighOrigin = hip
  specs.push({
    name: 'thigh',
    symmetry: 'paired',
    frame: makeFrame(thighOrigin, thighAxis, x),
    around: 20,
    rings: withCuts(steps(0, dot(sub(knee, thighOrigin), thighAxis) + 0.05, 0.025), [
      crossing(thighOrigin, thighAxis, [0, hipCutY, 0], y),
      crossing(thighOrigin, thighAxis, knee, kneeN),
    ]),
    own: {
      beyond: (p) => Math.max(p[1] - hipCutY, past(p, knee, kneeN)),
      walls: [{ n: x, w: 0 }],
      mode: 'first',
      capFactor: 2,
      ignore: genitals,
    },
    centre0: [0.01, 0],
  })
  const legOrigin = addScaled(knee, legAxis, -0.05)
  specs.push({
    name: 'leg',
    symmetry: 'paired',
    frame: makeFrame(legOrigin, legAxis, x),
    around: 16,
    rings: withCuts(steps(0, dot(sub(ankle, legOrigin), legAxis) + 0.035, 0.025), [
      crossing(legOrigin, legAxis, knee, kneeN),
      crossing(legOrigin, legAxis, ankleAt, ankleN),
    ]),
    own: {
      beyond: (p) => Math.max(-past(p, knee, kneeN), -past(p, ankleAt, ankleN)),
      walls: [],
      mode: 'first',
      capFactor: 2,
    },
    centre0: [0, 0],
  })
  // The foot's axis runs from the back of the heel (3.5 cm up) to the second toe (8 mm up), so
  // that it stays inside the toes.
  const heel: P3 = [L.calcaneus_back[0], 0.035, L.calcaneus_back[2]]
  const toe: P3 = [L.second_toe_tip[0], 0.008, L.second_toe_tip[2]]
  const footAxis = normalize(sub(toe, heel))
  const footOrigin: P3 = addScaled(heel, footAxis, -0.03)
  const footLen = dot(sub(toe, footOrigin), footAxis)
  specs.push({
    name: 'foot',
    symmetry: 'paired',
    frame: makeFrame(footOrigin, footAxis, y),
    around: 16,
    rings: steps(0.045, footLen, 0.013),
    startTip: { filter: (_t, _u, _v, p) => p[1] > 0.005 && p[1] < 0.08 && p[0] > 0.03 && p[0] < 0.14 },
    endTip: { filter: (_t, _u, _v, p) => p[1] < 0.05 && p[0] > 0.03 && p[0] < 0.16 },
    own: { beyond: (p) => past(p, ankleAt, ankleN), walls: [], mode: 'outer', capFactor: 2 },
    centre0: [0, 0],
  })
  return specs
}
