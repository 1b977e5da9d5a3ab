/**
 * The skin's figures: the numbers the skin generator builds from, fitted once by
 * models/scripts/fit-skin.ts and committed in models/generator/figures/ (skin.json, landmarks.json).
 * The skin is a handful of lofted segments (the axial body from crotch to crown, and per limb
 * upper arm, forearm, hand, thumb, four fingers in two parts each (the curled fingers bend at
 * the middle joint), thigh, leg and foot), each a straight axis
 * with rings of radii at fixed angles (star-shaped cross-sections). The landmarks are bony
 * points (epicondyles, malleoli, acromion...) that the region rules refer to.
 */
import skinJson from './figures/skin.json'
import landmarksJson from './figures/landmarks.json'

/** A point or direction in the model frame (metres, +Y up, +Z anterior, +X body's left). */
export type Point3 = readonly [number, number, number]

/** The skin's segments; the paired ones are fitted on the left and mirrored. */
export const skinSegmentNames = [
  'axial',
  'upper_arm',
  'forearm',
  'hand',
  'thumb',
  'index_finger',
  'middle_finger',
  'ring_finger',
  'little_finger',
  'index_finger_distal',
  'middle_finger_distal',
  'ring_finger_distal',
  'little_finger_distal',
  'thigh',
  'leg',
  'foot',
] as const

/** One segment of the skin, e.g. 'forearm'. */
export type SkinSegmentName = (typeof skinSegmentNames)[number]

/**
 * One lofted segment. A ring k lies in the plane at distance t[k] along `axis` from `origin`;
 * its centre is offset by (cu[k], cv[k]) along (e1, e2), where e2 = e1 x axis; its radii r[k][j]
 * are measured at the angles -90° + j * 360° / around from e1 toward e2. An empty r[k] is a
 * pole (a rounded tip such as the crown or a fingertip).
 */
export interface SkinSegmentFigure {
  name: SkinSegmentName
  /**
   * 'midline': symmetric about x = 0, r[k] holds only the left half (around / 2 + 1 radii, back to front).
   * 'paired': the body's left limb.
   */
  symmetry: 'midline' | 'paired'
  origin: Point3
  axis: Point3
  e1: Point3
  around: number
  t: readonly number[]
  cu: readonly number[]
  cv: readonly number[]
  r: readonly (readonly number[])[]
}

/** The whole skin figure file. */
export interface SkinFigures {
  version: 1
  segments: readonly SkinSegmentFigure[]
}

/** Names of the landmarks in landmarks.json (left side, or on the midline). */
// prettier-ignore
export const landmarkNames = [
  'skull_vertex', 'head_top', 'inion', 'glabella', 'eye', 'ear', 'nose_tip', 'subnasale',
  'zygomatic_arch', 'cheekbone', 'mandible_condyle', 'gonion', 'menton', 'pogonion', 'mastoid',
  'upper_incisor_tip', 'lower_incisor_tip', 'upper_molar',
  'c7_spinous', 'c4_transverse_process', 'hyoid', 'thyroid_prominence', 'jugular_notch',
  'clavicle_medial', 'clavicle_lateral', 'acromion', 'coracoid', 'glenoid',
  'scapula_superior_angle', 'scapula_inferior_angle', 'scapula_medial_border', 'scapular_spine_root',
  'sternum_lateral', 'sternal_angle', 'xiphoid_tip', 'rib2_midclavicular', 'costal_margin_low', 'twelfth_rib_tip', 'nipple', 'navel', 'axilla',
  't1_spinous', 't4_spinous', 't7_spinous', 't10_spinous', 't12_spinous', 'l2_spinous', 'l4_spinous',
  'sacrum_top', 'sacrum_tip', 'median_sacral_crest', 'sacroiliac', 'iliac_crest_top', 'asis', 'psis', 'pubic_tubercle',
  'pubic_symphysis', 'ischial_tuberosity',
  'humeral_head', 'lesser_tubercle', 'deltoid_tuberosity', 'lateral_epicondyle', 'medial_epicondyle', 'olecranon',
  'radial_styloid', 'radius_dorsal_tubercle', 'pisiform', 'ulnar_styloid', 'first_metacarpal_base',
  'mcp_1', 'mcp_2', 'mcp_3', 'mcp_4', 'mcp_5',
  'pip_2', 'pip_3', 'pip_4', 'pip_5',
  'fingertip_1', 'fingertip_2', 'fingertip_3', 'fingertip_4', 'fingertip_5',
  'femoral_head', 'femoral_head_front', 'greater_trochanter', 'femur_lateral_epicondyle', 'femur_medial_epicondyle',
  'patella', 'patella_front', 'tibial_plateau', 'tibial_tuberosity', 'fibular_head',
  'medial_malleolus', 'lateral_malleolus', 'calcaneus_back', 'calcaneus_bottom',
  'navicular_tuberosity', 'mtp_1', 'mtp_5', 'fifth_metatarsal_base',
  'big_toe_tip', 'second_toe_tip', 'little_toe_tip',
] as const

/** One landmark, e.g. 'lateral_epicondyle'. */
export type LandmarkName = (typeof landmarkNames)[number]

/**
 * The landmark file: named points plus the scapula's outline seen from behind. Most points are
 * on bone; eye, ear, nose_tip, head_top, nipple, navel and axilla (the armpit's apex) are on
 * the skin.
 */
export interface LandmarkFigures {
  version: 1
  points: Readonly<Record<LandmarkName, Point3>>
  /** Convex outline of the left scapula projected on the coronal plane, [x, y] pairs. */
  scapulaOutline: readonly (readonly [number, number])[]
}

function isNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x)
}

function isPoint3(x: unknown): x is Point3 {
  return Array.isArray(x) && x.length === 3 && x.every(isNumber)
}

function isNumbers(x: unknown, length?: number): x is number[] {
  return Array.isArray(x) && x.every(isNumber) && (length === undefined || x.length === length)
}

/** Checks the skin figure file's shape (the JSON is typed loosely by the compiler). */
export function parseSkinFigures(json: unknown): SkinFigures {
  const root = json as { version?: unknown; segments?: unknown }
  if (root.version !== 1 || !Array.isArray(root.segments)) throw new Error('skin.json: bad root')
  const segments = root.segments.map((raw: unknown): SkinSegmentFigure => {
    const s = raw as Record<string, unknown>
    const name = s.name as SkinSegmentName
    const where = `skin.json ${String(s.name)}`
    if (!skinSegmentNames.includes(name)) throw new Error(`${where}: unknown segment`)
    if (s.symmetry !== 'midline' && s.symmetry !== 'paired') throw new Error(`${where}: bad symmetry`)
    if (!isPoint3(s.origin) || !isPoint3(s.axis) || !isPoint3(s.e1)) throw new Error(`${where}: bad frame`)
    if (!isNumber(s.around) || s.around < 4 || s.around % 2 !== 0) throw new Error(`${where}: bad around`)
    const n = Array.isArray(s.t) ? s.t.length : 0
    if (!isNumbers(s.t, n) || n < 2 || !isNumbers(s.cu, n) || !isNumbers(s.cv, n))
      throw new Error(`${where}: bad rings`)
    const perRing = s.symmetry === 'midline' ? s.around / 2 + 1 : s.around
    if (!Array.isArray(s.r) || s.r.length !== n) throw new Error(`${where}: bad radii`)
    s.r.forEach((row: unknown, k: number) => {
      const pole = Array.isArray(row) && row.length === 0
      if (!pole && !isNumbers(row, perRing)) throw new Error(`${where}: ring ${k} needs ${perRing} radii`)
      if (pole && k !== 0 && k !== n - 1) throw new Error(`${where}: a pole must be an end ring`)
    })
    for (let k = 1; k < n; k++) if (s.t[k]! <= s.t[k - 1]!) throw new Error(`${where}: t must increase`)
    return {
      name,
      symmetry: s.symmetry,
      origin: s.origin,
      axis: s.axis,
      e1: s.e1,
      around: s.around,
      t: s.t,
      cu: s.cu,
      cv: s.cv,
      r: s.r as number[][],
    }
  })
  return { version: 1, segments }
}

/** Checks the landmark file's shape. */
export function parseLandmarks(json: unknown): LandmarkFigures {
  const root = json as { version?: unknown; points?: Record<string, unknown>; scapulaOutline?: unknown }
  if (root.version !== 1 || typeof root.points !== 'object' || root.points === null)
    throw new Error('landmarks.json: bad root')
  const points = {} as Record<LandmarkName, Point3>
  for (const name of landmarkNames) {
    const p = root.points[name]
    if (!isPoint3(p)) throw new Error(`landmarks.json: missing or bad ${name}`)
    points[name] = p
  }
  const outline = root.scapulaOutline
  if (!Array.isArray(outline) || outline.length < 3 || !outline.every((q) => isNumbers(q, 2)))
    throw new Error('landmarks.json: bad scapulaOutline')
  return { version: 1, points, scapulaOutline: outline as [number, number][] }
}

/** The committed skin figures. */
export const skinFigures: SkinFigures = parseSkinFigures(skinJson)

/** The committed landmarks. */
export const landmarkFigures: LandmarkFigures = parseLandmarks(landmarksJson)
