/**
 * Bony (and a few skin) landmarks measured on the reference pack, for the skin generator's
 * region rules and for placing the skin's lofted segments. Run through models/scripts/fit-skin.ts.
 * Every landmark is one point on the body's LEFT side (x >= 0) or on the midline (x = 0):
 * an extreme point of a named bone ("the lowest point of the ulna" = ulnar styloid), or a
 * centroid where the anatomy is a rounded head (humeral head, femoral head).
 */
import type { ReferenceMesh } from './reference.ts'
import { axillaApex, eyeOpening, navel, rayHitSkin } from './fit-skin-surface-landmarks.ts'
import type { LandmarkName, Point3 } from '../generator/skin-figures.ts'
import { normalize as norm, sub, type MutableVec3 as P3 } from '../generator/vec3.ts'
type Filter = (p: P3) => boolean

/** Looks up a bone by the end of its node name, e.g. 'humerus_l'. */
function bone(skeleton: Map<string, ReferenceMesh>, suffix: string): ReferenceMesh {
  for (const [name, mesh] of skeleton) if (name.replace(/^fma\d+_/, '') === suffix) return mesh
  throw new Error(`no bone named *_${suffix}`)
}

function points(mesh: ReferenceMesh, filter: Filter = () => true): P3[] {
  const out: P3[] = []
  const p = mesh.positions
  for (let i = 0; i < p.length; i += 3) {
    const q: P3 = [p[i]!, p[i + 1]!, p[i + 2]!]
    if (filter(q)) out.push(q)
  }
  if (out.length === 0) throw new Error(`${mesh.name}: no vertex passes the filter`)
  return out
}

/** The vertex farthest along `dir` (optionally among those passing `filter`). */
function extreme(mesh: ReferenceMesh, dir: P3, filter?: Filter): P3 {
  let best: P3 = [0, 0, 0]
  let bestDot = -Infinity
  for (const q of points(mesh, filter)) {
    const d = q[0] * dir[0] + q[1] * dir[1] + q[2] * dir[2]
    if (d > bestDot) {
      bestDot = d
      best = q
    }
  }
  return best
}

function centroid(ps: readonly P3[]): P3 {
  const c: P3 = [0, 0, 0]
  for (const q of ps) for (let k = 0; k < 3; k++) c[k]! += q[k]! / ps.length
  return c
}

function mid(a: P3, b: P3): P3 {
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2]
}

function range(mesh: ReferenceMesh, axis: 0 | 1 | 2): [number, number] {
  let lo = Infinity
  let hi = -Infinity
  for (let i = axis; i < mesh.positions.length; i += 3) {
    lo = Math.min(lo, mesh.positions[i]!)
    hi = Math.max(hi, mesh.positions[i]!)
  }
  return [lo, hi]
}

/** Puts a midline landmark exactly on x = 0 (the pack's midline is within 1 mm of it). */
function onMidline(p: P3): P3 {
  return [0, p[1], p[2]]
}

const up: P3 = [0, 1, 0]
const down: P3 = [0, -1, 0]
const front: P3 = [0, 0, 1]
const back: P3 = [0, 0, -1]
const lateral: P3 = [1, 0, 0]
const medial: P3 = [-1, 0, 0]

/** Measures every landmark. */
export function measureLandmarks(
  skeleton: Map<string, ReferenceMesh>,
  skin: ReferenceMesh,
): Record<LandmarkName, Point3> {
  const b = (s: string) => bone(skeleton, s)
  const L: Partial<Record<LandmarkName, P3>> = {}

  // Skull and face.
  const parietal = b('parietal_bone_l')
  L.skull_vertex = onMidline(extreme(parietal, up))
  L.inion = onMidline(extreme(b('occipital_bone_m'), back, (p) => Math.abs(p[0]) < 0.01))
  L.glabella = onMidline(extreme(b('frontal_bone_m'), front, (p) => Math.abs(p[0]) < 0.01))
  L.zygomatic_arch = extreme(b('zygomatic_bone_l'), lateral)
  L.cheekbone = extreme(b('zygomatic_bone_l'), front)
  const mandible = b('mandible_m')
  L.mandible_condyle = extreme(mandible, up, (p) => p[0] > 0.02)
  L.gonion = extreme(mandible, [0, -Math.SQRT1_2, -Math.SQRT1_2], (p) => p[0] > 0.02)
  L.menton = onMidline(extreme(mandible, down, (p) => Math.abs(p[0]) < 0.01))
  L.pogonion = onMidline(extreme(mandible, front, (p) => Math.abs(p[0]) < 0.01))
  // The mastoid tip: the temporal bone's lowest point in its outer 2.5 cm. The lowest point
  // overall is the styloid process, which hangs lower, deeper and further forward.
  const temporal = b('temporal_bone_l')
  const [, temporalXHi] = range(temporal, 0)
  L.mastoid = extreme(temporal, down, (p) => p[0] > temporalXHi - 0.025)
  L.upper_incisor_tip = onMidline(extreme(b('upper_central_incisor_tooth_l'), down))
  L.lower_incisor_tip = onMidline(extreme(b('lower_central_incisor_tooth_l'), up))
  L.upper_molar = extreme(b('first_upper_molar_tooth_l'), lateral)
  L.subnasale = onMidline(extreme(b('major_alar_cartilage_l'), down))
  L.eye = eyeOpening(skin)
  // The ear: the centroid of the skin that stands out from the side of the head (within 8 mm
  // of its most lateral point).
  const side = (pred: (q: P3) => boolean) =>
    points(skin, (q) => q[1] > 1.49 && q[1] < 1.6 && q[2] > -0.04 && q[2] < 0.12 && pred(q))
  const earX = Math.max(...side(() => true).map((q) => q[0]))
  L.ear = centroid(side((q) => q[0] > earX - 0.008))
  L.nose_tip = rayHitSkin(skin, [0, L.subnasale[1] + 0.015, 0.1], front) ?? L.subnasale
  L.head_top = rayHitSkin(skin, [0, 1.55, L.skull_vertex[2]], up) ?? L.skull_vertex

  // Neck.
  L.c7_spinous = onMidline(extreme(b('seventh_cervical_vertebra_m'), back))
  // The tip of C4's transverse process: the side of the cervical spine, mid-neck.
  L.c4_transverse_process = extreme(b('fourth_cervical_vertebra_m'), lateral)
  L.hyoid = onMidline(extreme(b('hyoid_bone_m'), front))
  L.thyroid_prominence = onMidline(extreme(b('thyroid_cartilage_m'), front))
  L.jugular_notch = onMidline(extreme(b('manubrium_m'), up, (p) => Math.abs(p[0]) < 0.008))

  // Shoulder girdle.
  const clavicle = b('clavicle_l')
  L.clavicle_medial = extreme(clavicle, medial)
  L.clavicle_lateral = extreme(clavicle, lateral)
  const scapula = b('scapula_l')
  const [scapYLo, scapYHi] = range(scapula, 1)
  const [scapXLo] = range(scapula, 0)
  L.acromion = extreme(scapula, lateral, (p) => p[1] > scapYHi - 0.03)
  L.coracoid = extreme(scapula, front)
  L.scapula_superior_angle = extreme(scapula, up, (p) => p[0] < scapXLo + 0.03)
  L.scapula_inferior_angle = extreme(scapula, down)
  L.scapula_medial_border = extreme(scapula, medial, (p) => p[1] > scapYLo + 0.05 && p[1] < scapYHi - 0.05)
  L.glenoid = extreme(scapula, lateral, (p) => p[1] < scapYHi - 0.04)
  // The root of the scapular spine: the blade's most posterior point above the medial
  // border's most medial point (where the spine meets it) and at least 2 cm lateral to it.
  L.scapular_spine_root = extreme(
    scapula,
    back,
    (p) => p[1] > L.scapula_medial_border![1] && p[0] > L.scapula_medial_border![0] + 0.02,
  )

  // Chest.
  const sternumBody = b('body_of_sternum_m')
  const [, sternumBodyYHi] = range(sternumBody, 1)
  L.sternum_lateral = extreme(sternumBody, lateral)
  // The sternal angle: the front of the joint between manubrium and body (the body's top).
  L.sternal_angle = onMidline(extreme(sternumBody, front, (p) => p[1] > sternumBodyYHi - 0.01 && Math.abs(p[0]) < 0.01))
  L.xiphoid_tip = onMidline(extreme(b('xiphoid_process_m'), down))
  L.costal_margin_low = extreme(b('tenth_rib_l'), down)
  L.twelfth_rib_tip = extreme(b('twelfth_rib_l'), down)
  // The nipple lies in the 4th intercostal space on the mid-clavicular line (skin point).
  const midClavicle = mid(L.clavicle_medial, L.clavicle_lateral)
  const rib4 = centroid(points(b('fourth_costal_cartilage_l')))
  L.nipple = rayHitSkin(skin, [midClavicle[0], rib4[1] - 0.02, 0.05], front) ?? rib4
  // The second rib where the mid-clavicular line crosses it (its front within 8 mm of the line).
  L.rib2_midclavicular = extreme(b('second_rib_l'), front, (p) => Math.abs(p[0] - midClavicle[0]) < 0.008)
  L.navel = navel(skin)
  L.axilla = axillaApex(skin)

  // Spine and pelvis.
  L.t1_spinous = onMidline(extreme(b('first_thoracic_vertebra_m'), back))
  L.t4_spinous = onMidline(extreme(b('fourth_thoracic_vertebra_m'), back))
  L.t7_spinous = onMidline(extreme(b('seventh_thoracic_vertebra_m'), back))
  L.t10_spinous = onMidline(extreme(b('tenth_thoracic_vertebra_m'), back))
  L.t12_spinous = onMidline(extreme(b('twelfth_thoracic_vertebra_m'), back))
  L.l2_spinous = onMidline(extreme(b('second_lumbar_vertebra_m'), back))
  L.l4_spinous = onMidline(extreme(b('fourth_lumbar_vertebra_m'), back))
  const sacrum = b('sacrum_m')
  L.sacrum_top = onMidline(extreme(sacrum, up, (p) => Math.abs(p[0]) < 0.01))
  L.sacrum_tip = onMidline(extreme(sacrum, down))
  // The median sacral crest: the back of the sacrum on the midline.
  L.median_sacral_crest = onMidline(extreme(sacrum, back, (p) => Math.abs(p[0]) < 0.01))
  L.sacroiliac = extreme(sacrum, lateral)
  const hip = b('hip_bone_l')
  L.iliac_crest_top = extreme(hip, up)
  L.asis = extreme(hip, front, (p) => p[1] > 0.88)
  L.psis = extreme(hip, back, (p) => p[1] > 0.86 && p[0] < 0.06)
  L.pubic_tubercle = extreme(hip, front, (p) => p[1] < 0.82 && p[0] < 0.04)
  L.pubic_symphysis = onMidline(extreme(hip, medial, (p) => p[2] > 0.09))
  L.ischial_tuberosity = extreme(hip, down)

  // Arm.
  const humerus = b('humerus_l')
  const [humYLo, humYHi] = range(humerus, 1)
  L.humeral_head = centroid(points(humerus, (p) => p[1] > humYHi - 0.04))
  // The lesser tubercle: the front of the humerus's upper end, at the front of the shoulder joint.
  L.lesser_tubercle = extreme(humerus, front, (p) => p[1] > humYHi - 0.06)
  L.lateral_epicondyle = extreme(humerus, lateral, (p) => p[1] < humYLo + 0.04)
  L.medial_epicondyle = extreme(humerus, medial, (p) => p[1] < humYLo + 0.04)
  L.deltoid_tuberosity = extreme(humerus, lateral, (p) => Math.abs(p[1] - (humYHi - 0.13)) < 0.01)
  const ulna = b('ulna_l')
  const [, ulnaYHi] = range(ulna, 1)
  L.olecranon = extreme(ulna, back, (p) => p[1] > ulnaYHi - 0.03)
  const radius = b('radius_l')
  const [radYLo] = range(radius, 1)
  L.radial_styloid = extreme(radius, down)
  // The dorsal (Lister's) tubercle: the back of the radius's lower 3 cm.
  L.radius_dorsal_tubercle = extreme(radius, back, (p) => p[1] < radYLo + 0.03)
  // The pisiform: the palmar wrist's bony point on the little-finger side (the palm faces forward).
  L.pisiform = extreme(b('pisiform_l'), front)
  L.ulnar_styloid = extreme(ulna, down)
  L.first_metacarpal_base = extreme(b('first_metacarpal_bone_l'), up)
  const fingers = ['first', 'second', 'third', 'fourth', 'fifth'] as const
  const fingerNames = ['thumb', 'index_finger', 'middle_finger', 'ring_finger', 'little_finger'] as const
  fingers.forEach((ord, i) => {
    const mc = b(`${ord}_metacarpal_bone_l`)
    // Distal end of the metacarpal along its own length: the knuckle (MCP joint).
    const base = extreme(mc, up)
    const far = extreme(mc, down)
    const dir = norm(sub(far, base))
    L[`mcp_${i + 1}` as LandmarkName] = extreme(mc, dir)
    const tipBone = b(`distal_phalanx_of_${fingerNames[i]}_l`)
    const prox = b(i === 0 ? 'proximal_phalanx_of_thumb_l' : `proximal_phalanx_of_${fingerNames[i]}_l`)
    const fdir = norm(sub(centroid(points(tipBone)), centroid(points(prox))))
    L[`fingertip_${i + 1}` as LandmarkName] = extreme(tipBone, fdir)
    if (i > 0) {
      // The middle (PIP) joint: the far end of the proximal phalanx along its own length.
      const midBone = b(`middle_phalanx_of_${fingerNames[i]}_l`)
      const pdir = norm(sub(centroid(points(midBone)), centroid(points(prox))))
      L[`pip_${i + 1}` as LandmarkName] = extreme(prox, pdir)
    }
  })

  // Leg.
  const femur = b('femur_l')
  const [femYLo, femYHi] = range(femur, 1)
  const [femXLo] = range(femur, 0)
  const femoralHead = (p: P3) => p[1] > femYHi - 0.05 && p[0] < femXLo + 0.045
  L.femoral_head = centroid(points(femur, femoralHead))
  // The front of the femoral head: the front of the hip joint.
  L.femoral_head_front = extreme(femur, front, femoralHead)
  L.greater_trochanter = extreme(femur, lateral, (p) => p[1] > femYHi - 0.1)
  L.femur_lateral_epicondyle = extreme(femur, lateral, (p) => p[1] < femYLo + 0.06)
  L.femur_medial_epicondyle = extreme(femur, medial, (p) => p[1] < femYLo + 0.06)
  const patella = b('patella_l')
  L.patella = centroid(points(patella))
  L.patella_front = extreme(patella, front)
  const tibia = b('tibia_l')
  const [tibYLo, tibYHi] = range(tibia, 1)
  L.tibial_plateau = centroid(points(tibia, (p) => p[1] > tibYHi - 0.01))
  L.tibial_tuberosity = extreme(tibia, front, (p) => p[1] > tibYHi - 0.1)
  const fibula = b('fibula_l')
  const [fibYLo] = range(fibula, 1)
  L.fibular_head = extreme(fibula, up)
  L.medial_malleolus = extreme(tibia, medial, (p) => p[1] < tibYLo + 0.03)
  L.lateral_malleolus = extreme(fibula, lateral, (p) => p[1] < fibYLo + 0.03)
  const calcaneus = b('calcaneus_l')
  L.calcaneus_back = extreme(calcaneus, back)
  L.calcaneus_bottom = extreme(calcaneus, down)
  L.navicular_tuberosity = extreme(b('navicular_bone_of_foot_l'), medial)
  L.mtp_1 = extreme(b('first_metatarsal_bone_l'), front)
  L.mtp_5 = extreme(b('fifth_metatarsal_bone_l'), front)
  L.fifth_metatarsal_base = extreme(b('fifth_metatarsal_bone_l'), back)
  L.big_toe_tip = extreme(b('distal_phalanx_of_big_toe_l'), front)
  L.second_toe_tip = extreme(b('distal_phalanx_of_second_toe_l'), front)
  L.little_toe_tip = extreme(b('distal_phalanx_of_little_toe_l'), front)

  return L as Record<LandmarkName, Point3>
}

/**
 * The scapula's outline seen from behind (convex hull of its vertices in x-y), as a few points,
 * for the "over the shoulder blade" region rule.
 */
export function scapulaOutline(skeleton: Map<string, ReferenceMesh>, count = 10): [number, number][] {
  const pts = points(bone(skeleton, 'scapula_l')).map((p) => [p[0], p[1]] as [number, number])
  pts.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const cross = (o: [number, number], a: [number, number], c: [number, number]) =>
    (a[0] - o[0]) * (c[1] - o[1]) - (a[1] - o[1]) * (c[0] - o[0])
  const lower: [number, number][] = []
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0) lower.pop()
    lower.push(p)
  }
  const upper: [number, number][] = []
  for (const p of [...pts].reverse()) {
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0) upper.pop()
    upper.push(p)
  }
  const hull = lower.slice(0, -1).concat(upper.slice(0, -1))
  // Keep `count` points spread evenly along the hull's perimeter (counter-clockwise).
  const perim: number[] = [0]
  for (let i = 1; i <= hull.length; i++) {
    const a = hull[i - 1]!,
      c = hull[i % hull.length]!
    perim.push(perim[i - 1]! + Math.hypot(c[0] - a[0], c[1] - a[1]))
  }
  const total = perim[hull.length]!
  const out: [number, number][] = []
  let k = 0
  for (let i = 0; i < count; i++) {
    const s = (i / count) * total
    while (perim[k + 1]! < s) k++
    if (out[out.length - 1] !== hull[k]) out.push(hull[k]!)
  }
  return out
}
