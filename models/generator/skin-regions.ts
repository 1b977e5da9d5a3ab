/**
 * Which body region each skin vertex belongs to: a table of rules in anatomical terms, read
 * top to bottom, first match wins. A vertex is described by the skin segment it lies on, its
 * position (folded onto the body's left, x >= 0), its outward normal, how far along the segment
 * it lies and its angle around the segment's axis; the rules compare these with the bony
 * landmarks of models/generator/figures/landmarks.json. The side (left or right) is added by the
 * caller from the sign of x.
 */
import type { RegionId } from '../../src/data/regions.ts'
import type { LandmarkFigures, LandmarkName, Point3, SkinSegmentName } from './skin-figures.ts'
import { distance as dist, type Vec3 as Pt } from './vec3.ts'

/** What the rules know about one skin vertex. */
export interface SkinVertex {
  segment: SkinSegmentName
  /** Position folded onto the body's left (x >= 0), metres. */
  p: Point3
  /** Outward unit normal, folded likewise. */
  n: Point3
  /** 0 at the segment's first ring (proximal; the crotch for the axial body) to 1 at its last. */
  along: number
  /**
   * Degrees around the segment's axis: 0 anterior, 90 lateral, 180 posterior, 270 medial
   * (for the foot: 0 dorsal, 180 plantar). The palm faces forward, so 0 is palmar on the hand.
   */
  around: number
}

/** Landmark-derived figures the rules use, computed once per landmark set. */
interface Keys {
  L: Readonly<Record<LandmarkName, Point3>>
  scapula: readonly (readonly [number, number])[]
  /**
   * Height of the head's lower edge at depth z: the jaw line from the chin to the angle of the
   * mandible, up behind the ramus over the mastoid process, then down to the hairline behind.
   */
  headFloor: (z: number) => number
  /** Height of the orbit's lower rim: halfway from the eye down to the front of the cheekbone. */
  orbitFloor: number
  /** Depth (z) of the clavicle at x, on the line from its inner to its outer end (the outer end's beyond it). */
  clavicleZ: (x: number) => number
  /** Height of the neck's base (jugular notch in front to C7 behind) at depth z. */
  neckBase: (z: number) => number
  /** Height of the inguinal fold (ASIS to pubic tubercle) at x. */
  inguinal: (x: number) => number
  /** Radius of the femoral head (its front to its centre): how far the hip joint reaches. */
  hipRadius: number
  /** Height of the occlusal plane (between the upper and lower incisors). */
  bite: number
  /** Skin points a few millimetres outside bony prominences. */
  lateralEpicondyle: Pt
  medialEpicondyle: Pt
  olecranon: Pt
  trochanter: Pt
  medialMalleolus: Pt
  lateralMalleolus: Pt
  patella: Pt
  sacroiliac: Pt
  wristY: number
  kneeY: number
}

function lerp(a: number, b: number, f: number): number {
  return a + (b - a) * Math.min(1, Math.max(0, f))
}

function offset(p: Point3, dx: number, dy: number, dz: number): Pt {
  return [p[0] + dx, p[1] + dy, p[2] + dz]
}

/** Angle within [from, to) degrees, wrapping through 360. */
function sector(deg: number, from: number, to: number): boolean {
  const d = ((deg % 360) + 360) % 360
  return from <= to ? d >= from && d < to : d >= from || d < to
}

/** Distance in the coronal (x-y) plane from p to the polyline through pts. */
/** The vertebral border of the scapula: superior angle, medial border, inferior angle (x, y). */
function medialBorder(k: Keys): [number, number][] {
  const { scapula_superior_angle: a, scapula_medial_border: b, scapula_inferior_angle: c } = k.L
  return [
    [a[0], a[1]],
    [b[0], b[1]],
    [c[0], c[1]],
  ]
}

function distanceToPolyline(x: number, y: number, pts: readonly (readonly [number, number])[]): number {
  let best = Infinity
  for (let i = 0; i + 1 < pts.length; i++) {
    const [ax, ay] = pts[i]!,
      [bx, by] = pts[i + 1]!
    const ex = bx - ax,
      ey = by - ay
    const f = Math.min(1, Math.max(0, ((x - ax) * ex + (y - ay) * ey) / (ex * ex + ey * ey || 1)))
    best = Math.min(best, Math.hypot(x - ax - f * ex, y - ay - f * ey))
  }
  return best
}

/** Point-in-polygon (even-odd) in the coronal plane. */
function insidePolygon(x: number, y: number, poly: readonly (readonly [number, number])[]): boolean {
  let inside = false
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i]!,
      [xj, yj] = poly[j]!
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

const keysCache = new WeakMap<LandmarkFigures, Keys>()

function keysOf(lm: LandmarkFigures): Keys {
  const cached = keysCache.get(lm)
  if (cached) return cached
  const L = lm.points
  // The skin under the angle of the mandible lies about 1 cm below the bone's corner.
  const jawAngle = L.gonion[1] - 0.01
  // The side of the neck starts at the mastoid: its tip and the skin 1.2 cm above it are the
  // neck's. Behind it the hairline runs level with the tip.
  const mastoidTop = L.mastoid[1] + 0.012
  const keys: Keys = {
    L,
    scapula: lm.scapulaOutline,
    headFloor: (z) => {
      if (z >= L.gonion[2]) return lerp(jawAngle, L.menton[1] + 0.006, (z - L.gonion[2]) / (L.menton[2] - L.gonion[2]))
      if (z >= L.mastoid[2]) return lerp(jawAngle, mastoidTop, (L.gonion[2] - z) / (L.gonion[2] - L.mastoid[2]))
      return lerp(mastoidTop, L.mastoid[1], (L.mastoid[2] - z) / 0.03)
    },
    orbitFloor: (L.eye[1] + L.cheekbone[1]) / 2,
    clavicleZ: (x) =>
      lerp(
        L.clavicle_medial[2],
        L.clavicle_lateral[2],
        (x - L.clavicle_medial[0]) / (L.clavicle_lateral[0] - L.clavicle_medial[0]),
      ),
    neckBase: (z) =>
      lerp(L.c7_spinous[1] + 0.01, L.jugular_notch[1], (z - L.c7_spinous[2]) / (L.jugular_notch[2] - L.c7_spinous[2])),
    inguinal: (x) =>
      lerp(L.pubic_tubercle[1], L.asis[1], (x - L.pubic_tubercle[0]) / (L.asis[0] - L.pubic_tubercle[0])),
    hipRadius: L.femoral_head_front[2] - L.femoral_head[2],
    bite: (L.upper_incisor_tip[1] + L.lower_incisor_tip[1]) / 2,
    lateralEpicondyle: offset(L.lateral_epicondyle, 0.01, 0, 0),
    medialEpicondyle: offset(L.medial_epicondyle, -0.01, 0, 0),
    olecranon: offset(L.olecranon, 0, 0, -0.01),
    trochanter: offset(L.greater_trochanter, 0.015, 0, 0),
    medialMalleolus: offset(L.medial_malleolus, -0.008, 0, 0),
    lateralMalleolus: offset(L.lateral_malleolus, 0.008, 0, 0),
    patella: offset(L.patella_front, 0, 0, 0.008),
    sacroiliac: offset(L.psis, 0, -0.012, -0.012),
    wristY: (L.radial_styloid[1] + L.ulnar_styloid[1]) / 2,
    kneeY: L.tibial_plateau[1],
  }
  keysCache.set(lm, keys)
  return keys
}

/** One rule: the region, a note in anatomical words, and the test. */
interface Rule {
  region: RegionId
  where: string
  when: (v: SkinVertex, k: Keys) => boolean
}

const always = () => true

// The rule tables keep one rule a line (prettier-ignore), so that they read down their columns.

// Zones shared by neighbouring segments (the elbow lies on the arm and the forearm).
// prettier-ignore
const elbowRules: Rule[] = [
  { region: 'lateral_elbow', where: 'around the lateral epicondyle of the humerus', when: (v, k) => dist(v.p, k.lateralEpicondyle) < 0.033 },
  { region: 'medial_elbow', where: 'around the medial epicondyle', when: (v, k) => dist(v.p, k.medialEpicondyle) < 0.03 },
  { region: 'olecranon', where: 'over the olecranon, the point of the elbow', when: (v, k) => dist(v.p, k.olecranon) < 0.03 },
]

// prettier-ignore
const wristRules: Rule[] = [
  { region: 'wrist_volar', where: 'palm side of the wrist, from 3 cm above the styloids to 1.5 cm below', when: (v, k) => v.p[1] < k.wristY + 0.03 && v.p[1] > k.wristY - 0.015 && sector(v.around, 270, 90) },
  { region: 'wrist_dorsal', where: 'back of the wrist, same band', when: (v, k) => v.p[1] < k.wristY + 0.03 && v.p[1] > k.wristY - 0.015 },
]

// prettier-ignore
const kneeRules: Rule[] = [
  { region: 'knee_anterior', where: 'over and around the patella', when: (v, k) => dist(v.p, k.patella) < 0.05 && sector(v.around, 300, 60) },
  { region: 'knee_lateral', where: 'outer knee, 5 cm either side of the joint line', when: (v, k) => Math.abs(v.p[1] - k.kneeY) < 0.05 && sector(v.around, 45, 135) },
  { region: 'knee_posterior', where: 'popliteal fossa behind the joint line', when: (v, k) => Math.abs(v.p[1] - k.kneeY) < 0.06 && sector(v.around, 135, 225) },
  { region: 'knee_medial', where: 'inner knee, 5 cm either side of the joint line', when: (v, k) => Math.abs(v.p[1] - k.kneeY) < 0.05 && sector(v.around, 225, 315) },
]

// prettier-ignore
const ankleRules: Rule[] = [
  { region: 'medial_ankle', where: 'around the medial malleolus', when: (v, k) => dist(v.p, k.medialMalleolus) < 0.03 },
  { region: 'lateral_ankle', where: 'around the lateral malleolus', when: (v, k) => dist(v.p, k.lateralMalleolus) < 0.03 },
]

const trochanterRule: Rule = {
  region: 'lateral_hip_trochanter',
  where: 'over the greater trochanter',
  when: (v, k) => dist(v.p, k.trochanter) < 0.06,
}

const groinRule: Rule = {
  region: 'groin',
  where:
    'inguinal fold (ASIS to pubic tubercle) and the front of the hip joint below it, down to the femoral head’s lower edge',
  when: (v, k) => {
    if (v.n[2] <= 0.2 || v.p[0] <= k.L.pubic_tubercle[0] - 0.005 || v.p[0] >= k.L.asis[0]) return false
    const overHipJoint = Math.abs(v.p[0] - k.L.femoral_head[0]) < k.hipRadius
    const low = overHipJoint
      ? Math.min(k.inguinal(v.p[0]) - 0.05, k.L.femoral_head[1] - k.hipRadius)
      : k.inguinal(v.p[0]) - 0.05
    return v.p[1] < k.inguinal(v.p[0]) + 0.012 && v.p[1] > low
  },
}

const buttockRule: Rule = {
  region: 'buttock',
  where: 'gluteal area: behind, from the gluteal fold up to just under the iliac crest',
  when: (v, k) => v.n[2] < -0.2 && v.p[1] > k.L.ischial_tuberosity[1] - 0.04 && v.p[1] < k.L.iliac_crest_top[1] - 0.02,
}

/** The axial body above the neck base and below the jaw line: the neck. */
// prettier-ignore
const neckRules: Rule[] = [
  { region: 'throat_anterior_neck', where: 'front of the neck and under the chin', when: (v) => sector(v.around, 0, 55) },
  { region: 'posterior_neck', where: 'back of the neck beside the spine, up to the hairline', when: (v) => sector(v.around, 125, 360) },
  { region: 'lateral_neck', where: 'side of the neck, mastoid to shoulder line', when: always },
]

// prettier-ignore
const headRules: Rule[] = [
  { region: 'ear', where: 'the external ear and just around it', when: (v, k) => dist(v.p, k.L.ear) < 0.03 },
  { region: 'head_vertex', where: 'crown: the top 4.5 cm of the skull', when: (v, k) => v.p[1] > k.L.skull_vertex[1] - 0.045 },
  {
    region: 'eye_orbit',
    where: 'around the eye, the eyebrow included, down to the orbit’s lower rim (the cheekbone is below it)',
    when: (v, k) =>
      Math.hypot(v.p[0] - k.L.eye[0], (v.p[1] - k.L.eye[1] - 0.004) * 0.8, v.p[2] - k.L.eye[2]) < 0.024
        && v.p[1] > k.orbitFloor && sector(v.around, 0, 70),
  },
  { region: 'forehead', where: 'front of the head above the brows', when: (v, k) => v.p[1] > k.L.eye[1] + 0.016 && sector(v.around, 0, 48) },
  { region: 'occiput', where: 'back of the head above the hairline', when: (v) => sector(v.around, 118, 360) },
  { region: 'cheek_maxilla', where: 'nose, from its bridge between the eyes down', when: (v, k) => v.p[0] < 0.016 && v.p[1] > k.L.subnasale[1] - 0.002 && sector(v.around, 0, 30) },
  { region: 'temple', where: 'side of the head above the zygomatic arch, over the temporalis', when: (v, k) => v.p[1] > k.L.zygomatic_arch[1] + 0.004 && sector(v.around, 40, 360) },
  { region: 'eye_orbit', where: 'outer rim of the orbit', when: (v, k) => v.p[1] > k.L.zygomatic_arch[1] + 0.004 },
  {
    region: 'teeth_upper',
    where: 'upper lip, over the upper teeth: nose base to the bite',
    when: (v, k) => v.p[0] < 0.026 && v.p[1] > k.bite && v.p[1] < k.L.subnasale[1] - 0.002 && sector(v.around, 0, 40),
  },
  { region: 'teeth_lower', where: 'lower lip and chin, over the lower teeth', when: (v, k) => v.p[0] < 0.028 && v.p[1] <= k.bite && sector(v.around, 0, 40) },
  { region: 'cheek_maxilla', where: 'cheekbone, upper jaw and nose, in front of the masseter', when: (v, k) => v.p[1] > k.bite && sector(v.around, 0, 42) },
  { region: 'jaw_tmj', where: 'side of the face below the zygomatic arch: jaw joint, masseter, angle of the mandible', when: always },
]

/** The trunk: the axial body between the neck base and the crotch, shoulder cap included. */
// prettier-ignore
const trunkRules: Rule[] = [
  trochanterRule,
  { region: 'axilla', where: 'armpit: around its apex, on the chest wall', when: (v, k) => dist(v.p, k.L.axilla) < 0.05 && v.n[0] > 0.2 },
  {
    region: 'upper_shoulder_top',
    where: 'upper trapezius ridge from the side of the neck to the acromion (upward-facing skin; lateral to the coracoid, not in front of the clavicle: that is the front of the shoulder)',
    when: (v, k) =>
      v.n[1] > 0.4 &&
      v.p[1] > k.L.clavicle_lateral[1] - 0.02 &&
      v.p[0] > 0.045 &&
      v.p[0] < k.L.acromion[0] + 0.005 &&
      !(v.p[0] > k.L.coracoid[0] && v.p[2] > k.clavicleZ(v.p[0]) + 0.01),
  },
  ...shoulderCapRules(),
  {
    region: 'sternum',
    where: 'over the sternum, jugular notch to xiphoid',
    when: (v, k) => v.p[0] < k.L.sternum_lateral[0] + 0.012 && v.p[1] > k.L.xiphoid_tip[1] - 0.01
      && v.p[1] < k.L.jugular_notch[1] + 0.01 && sector(v.around, 0, 45),
  },
  { region: 'breast_nipple', where: 'breast, 5 cm around the nipple', when: (v, k) => dist(v.p, k.L.nipple) < 0.05 },
  {
    region: 'upper_chest',
    where: 'pectoral area from the clavicle down to the breast',
    when: (v, k) => v.p[1] > k.L.nipple[1] - 0.015 && sector(v.around, 0, 62),
  },
  {
    region: 'scapula_medial_border',
    where: 'along the vertebral border of the scapula, superior to inferior angle',
    when: (v, k) => v.n[2] < 0 && distanceToPolyline(v.p[0], v.p[1], medialBorder(k)) < 0.018,
  },
  {
    region: 'scapula_body',
    where: 'over the scapula (supra- and infraspinous fossae): its outline seen from behind, 1 cm wider',
    when: (v, k) => v.n[2] < 0
      && (insidePolygon(v.p[0], v.p[1], k.scapula)
        || distanceToPolyline(v.p[0], v.p[1], [...k.scapula, k.scapula[0]!]) < 0.01),
  },
  {
    region: 'interscapular',
    where: 'between the scapulae, from the level of their superior angles to their inferior angles',
    when: (v, k) => v.n[2] < 0 && v.p[1] > k.L.scapula_inferior_angle[1] - 0.01
      && v.p[1] < k.L.scapula_superior_angle[1] + 0.02 && v.p[0] < k.L.scapula_medial_border[0],
  },
  { region: 'posterior_neck', where: 'base of the neck behind, C7 and T1', when: (v, k) => v.n[2] < 0 && v.p[0] < 0.045 && v.p[1] > k.L.scapula_superior_angle[1] },
  { region: 'upper_shoulder_top', where: 'back of the shoulder girdle above the scapula', when: (v, k) => v.n[2] < 0 && v.p[1] > k.L.scapula_superior_angle[1] - 0.01 },
  {
    region: 'axilla',
    where: 'posterior axillary fold: beside the scapula, from the armpit up',
    when: (v, k) => v.n[2] < 0.2 && v.p[0] > k.L.scapula_inferior_angle[0] + 0.03 && v.p[1] > k.L.axilla[1] - 0.03
      && v.p[1] < k.L.glenoid[1],
  },
  {
    region: 'anterior_shoulder',
    where: 'front of the shoulder joint, lateral to the coracoid, above the armpit',
    when: (v, k) => v.p[0] > k.L.coracoid[0] && v.p[1] > k.L.axilla[1] + 0.04 && sector(v.around, 0, 100),
  },
  {
    region: 'lateral_chest',
    where: 'side of the rib cage from the armpit down to the lowest rib',
    when: (v, k) => v.p[1] > k.L.costal_margin_low[1] && v.p[1] < k.L.axilla[1] + 0.04 && sector(v.around, 62, 118),
  },
  { region: 'upper_abdomen', where: 'front, below the breast and above the navel', when: (v, k) => v.p[1] > k.L.navel[1] + 0.01 && sector(v.around, 0, 62) },
  groinRule,
  {
    region: 'perineum',
    where: 'crotch between the thighs, genital area included: between the pubic tubercles it starts at the inguinal line, where the lower abdomen ends',
    when: (v, k) => v.p[0] < 0.045
      && v.p[1] < (v.p[0] < k.L.pubic_tubercle[0] ? k.inguinal(v.p[0]) : k.L.pubic_symphysis[1] - 0.012)
      && v.n[2] > -0.3,
  },
  {
    region: 'lower_abdomen',
    where: 'front, below the navel down to the inguinal folds',
    when: (v, k) => sector(v.around, 0, 62)
      && (v.p[0] < k.L.asis[0] ? v.p[1] > k.inguinal(v.p[0]) : v.p[1] > k.L.asis[1] - 0.01),
  },
  { region: 'anterior_thigh', where: 'top of the thigh in front, below the groin', when: (v, k) => v.p[1] < k.L.asis[1] && sector(v.around, 0, 60) },
  { region: 'flank', where: 'side, between the lowest rib and the iliac crest', when: (v, k) => v.p[1] > k.L.iliac_crest_top[1] - 0.02 && sector(v.around, 62, 118) },
  { region: 'coccyx', where: 'top of the gluteal cleft, over the coccyx', when: (v, k) => v.p[0] < 0.022 && v.p[1] < k.L.sacrum_tip[1] + 0.01 && v.p[1] > k.L.sacrum_tip[1] - 0.045 },
  { region: 'sacrum', where: 'over the sacrum', when: (v, k) => v.p[0] < 0.045 && v.p[1] < k.L.sacrum_top[1] && v.p[1] > k.L.sacrum_tip[1] && v.n[2] < 0 },
  { region: 'sacroiliac', where: 'over the sacroiliac joint, at the dimple of the PSIS', when: (v, k) => dist(v.p, k.sacroiliac) < 0.035 },
  {
    region: 'low_back',
    where: 'lumbosacral junction: the back of the midline between the sacrum and the buttocks’ upper edge (the buttocks lie beside it)',
    when: (v, k) => v.n[2] < 0 && v.p[0] < 0.045 && v.p[1] >= k.L.sacrum_top[1]
      && v.p[1] < k.L.iliac_crest_top[1] - 0.02,
  },
  buttockRule,
  { region: 'thoracolumbar', where: 'back from the inferior angle of the scapula (T7) down to L2', when: (v, k) => v.p[1] > k.L.l2_spinous[1] && sector(v.around, 110, 360) },
  { region: 'low_back', where: 'lumbar back, L2 to the sacrum and iliac crests', when: (v, k) => v.p[1] > k.L.iliac_crest_top[1] - 0.03 && sector(v.around, 110, 360) },
  { region: 'flank', where: 'remaining side of the trunk', when: (v, k) => v.p[1] > k.L.iliac_crest_top[1] - 0.06 },
  { region: 'lateral_hip_trochanter', where: 'remaining side of the hip', when: always },
]

/**
 * The deltoid cap (axial shoulder and top of the upper arm): split by the direction from the
 * humeral head, seen from above.
 */
function shoulderCapRules(): Rule[] {
  const inCap = (v: SkinVertex, k: Keys) => v.p[0] > k.L.acromion[0] - 0.005 && v.p[1] > k.L.deltoid_tuberosity[1]
  const angle = (v: SkinVertex, k: Keys) =>
    (Math.atan2(v.p[0] - k.L.humeral_head[0], v.p[2] - k.L.humeral_head[2]) * 180) / Math.PI
  return [
    {
      region: 'anterior_shoulder',
      where: 'front of the deltoid and of the shoulder joint',
      when: (v, k) => inCap(v, k) && sector(angle(v, k), 300, 40),
    },
    {
      region: 'lateral_shoulder_deltoid',
      where: 'middle deltoid',
      when: (v, k) => inCap(v, k) && sector(angle(v, k), 40, 140),
    },
    {
      region: 'posterior_shoulder',
      where: 'back of the deltoid and of the joint',
      when: (v, k) => inCap(v, k) && sector(angle(v, k), 140, 240),
    },
  ]
}

// prettier-ignore
const upperArmRules: Rule[] = [
  ...elbowRules,
  { region: 'axilla', where: 'armpit: around its apex, on the inner arm', when: (v, k) => dist(v.p, k.L.axilla) < 0.035 && sector(v.around, 200, 340) },
  ...shoulderCapRules(),
  { region: 'upper_arm_anterior', where: 'front of the arm over biceps and brachialis', when: (v) => sector(v.around, 315, 45) },
  { region: 'upper_arm_lateral', where: 'outer arm below the deltoid', when: (v) => sector(v.around, 45, 135) },
  { region: 'upper_arm_posterior', where: 'back of the arm over triceps', when: (v) => sector(v.around, 135, 225) },
  { region: 'upper_arm_medial', where: 'inner arm toward the armpit', when: always },
]

// prettier-ignore
const forearmRules: Rule[] = [
  ...elbowRules,
  ...wristRules,
  { region: 'forearm_anterior', where: 'volar (palm-side) forearm', when: (v) => sector(v.around, 270, 90) },
  { region: 'forearm_posterior', where: 'dorsal forearm', when: always },
]

// prettier-ignore
const handRules: Rule[] = [
  ...wristRules,
  { region: 'thumb', where: 'thenar web between thumb and index finger', when: (v, k) => dist(v.p, k.L.mcp_1) < 0.022 },
  { region: 'palm', where: 'palm (the palm faces forward)', when: (v) => sector(v.around, 270, 90) },
  { region: 'back_of_hand', where: 'dorsum of the hand', when: always },
]

// prettier-ignore
const thighRules: Rule[] = [
  trochanterRule,
  groinRule,
  buttockRule,
  ...kneeRules,
  { region: 'anterior_thigh', where: 'front of the thigh', when: (v) => sector(v.around, 315, 45) },
  { region: 'lateral_thigh', where: 'outer thigh over the iliotibial band', when: (v) => sector(v.around, 45, 135) },
  { region: 'posterior_thigh', where: 'back of the thigh', when: (v) => sector(v.around, 135, 225) },
  { region: 'medial_thigh', where: 'inner thigh', when: always },
]

// prettier-ignore
const legRules: Rule[] = [
  ...kneeRules,
  ...ankleRules,
  {
    region: 'anterior_ankle',
    where: 'front of the ankle, from 3.5 cm above the joint to the top of the talus',
    when: (v, k) => v.p[1] < k.L.medial_malleolus[1] + 0.035 && sector(v.around, 300, 60),
  },
  { region: 'achilles', where: 'Achilles tendon: back of the ankle, up to 13 cm above the sole', when: (v) => v.p[1] < 0.13 && sector(v.around, 135, 225) },
  { region: 'shin_anterior', where: 'front of the leg and the medial face of the tibia', when: (v) => sector(v.around, 280, 45) },
  { region: 'lateral_leg', where: 'outer leg over the peroneals', when: (v) => sector(v.around, 45, 130) },
  { region: 'calf', where: 'back of the leg', when: always },
]

// prettier-ignore
const footRules: Rule[] = [
  ...ankleRules,
  {
    region: 'big_toe',
    where: 'hallux: beyond the first metatarsal head, medial to the gap before the second toe',
    when: (v, k) => v.p[2] > k.L.mtp_1[2] + 0.008 && v.p[0] < (k.L.big_toe_tip[0] + k.L.second_toe_tip[0]) / 2,
  },
  {
    region: 'lesser_toes',
    where: 'second to fifth toes: beyond the line of the metatarsal heads',
    when: (v, k) =>
      v.p[2] > lerp(k.L.mtp_1[2], k.L.mtp_5[2], (v.p[0] - k.L.mtp_1[0]) / (k.L.mtp_5[0] - k.L.mtp_1[0])) + 0.012,
  },
  { region: 'heel', where: 'heel, plantar and posterior', when: (v, k) => v.p[2] < k.L.calcaneus_back[2] + 0.055 && v.p[1] < 0.065 },
  { region: 'achilles', where: 'back of the ankle above the heel', when: (v) => v.n[2] < -0.6 },
  {
    region: 'anterior_ankle',
    where: 'front of the ankle, at the instep crease',
    when: (v, k) => v.p[2] < k.L.navicular_tuberosity[2] - 0.005 && v.p[1] > 0.055 && sector(v.around, 300, 60),
  },
  { region: 'sole', where: 'sole of the foot', when: (v) => sector(v.around, 125, 235) },
  { region: 'top_of_foot', where: 'dorsum and sides of the foot', when: always },
]

const fingerRegion: Partial<Record<SkinSegmentName, RegionId>> = {
  thumb: 'thumb',
  index_finger: 'index_finger',
  index_finger_distal: 'index_finger',
  middle_finger: 'middle_finger',
  middle_finger_distal: 'middle_finger',
  ring_finger: 'ring_finger',
  ring_finger_distal: 'ring_finger',
  little_finger: 'little_finger',
  little_finger_distal: 'little_finger',
}

function firstMatch(rules: readonly Rule[], v: SkinVertex, k: Keys): RegionId {
  for (const rule of rules) if (rule.when(v, k)) return rule.region
  throw new Error(`no rule matched a vertex of ${v.segment}`)
}

/** The body region of one skin vertex (its side comes from the sign of its unfolded x). */
export function regionOfSkinVertex(v: SkinVertex, lm: LandmarkFigures): RegionId {
  const k = keysOf(lm)
  const finger = fingerRegion[v.segment]
  if (finger) return finger
  switch (v.segment) {
    case 'upper_arm':
      return firstMatch(upperArmRules, v, k)
    case 'forearm':
      return firstMatch(forearmRules, v, k)
    case 'hand':
      return firstMatch(handRules, v, k)
    case 'thigh':
      return firstMatch(thighRules, v, k)
    case 'leg':
      return firstMatch(legRules, v, k)
    case 'foot':
      return firstMatch(footRules, v, k)
    default: {
      // The axial body: head above the jaw line and hairline, neck down to its base, then trunk.
      if (v.p[1] > k.headFloor(v.p[2])) return firstMatch(headRules, v, k)
      if (v.p[1] > k.neckBase(v.p[2]) && v.p[0] < 0.075) return firstMatch(neckRules, v, k)
      return firstMatch(trunkRules, v, k)
    }
  }
}

/** The rules as text (region and where), for documentation and review. */
export function describeSkinRegionRules(): { part: string; region: RegionId; where: string }[] {
  const parts: [string, readonly Rule[]][] = [
    ['head', headRules],
    ['neck', neckRules],
    ['trunk', trunkRules],
    ['upper arm', upperArmRules],
    ['forearm', forearmRules],
    ['hand', handRules],
    ['thigh', thighRules],
    ['leg', legRules],
    ['foot', footRules],
  ]
  const fingers = Object.entries(fingerRegion).map(([segment, region]) => ({
    part: 'fingers',
    region,
    where: `the whole ${segment.replace(/_/g, ' ')} segment`,
  }))
  return parts
    .flatMap(([part, rules]) => rules.map((r) => ({ part, region: r.region, where: r.where })))
    .concat(fingers)
}
