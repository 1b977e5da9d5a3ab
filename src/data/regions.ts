/**
 * Body-surface regions: the one vocabulary for referred-pain zones, pain marks and lookups.
 * Copied from ../shared/spec/body-regions.json (a test keeps the two in step).
 * Ids are side-less; every region except the midline ones exists on the left and the right.
 */
import type { BodyRegion } from "./region-types.ts"

export const regions = {
  head_vertex: { group: "head", label: "Top of the head", where: "crown of the skull above the temples", midline: true },
  forehead: { group: "head", label: "Forehead", where: "frontal area above the eyebrows" },
  temple: { group: "head", label: "Temple", where: "side of the head above the ear, over the temporalis" },
  occiput: { group: "head", label: "Back of the head", where: "occipital area above the hairline" },
  eye_orbit: { group: "head", label: "Eye and brow", where: "around and behind the eye, including the eyebrow" },
  cheek_maxilla: { group: "head", label: "Cheek", where: "cheekbone and upper jaw, sinus area" },
  jaw_tmj: { group: "head", label: "Jaw and TMJ", where: "jaw joint in front of the ear and the angle of the mandible" },
  teeth_upper: { group: "head", label: "Upper teeth", where: "upper teeth and gums" },
  teeth_lower: { group: "head", label: "Lower teeth", where: "lower teeth and gums" },
  ear: { group: "head", label: "Ear", where: "in and around the ear" },
  throat_anterior_neck: { group: "neck", label: "Throat and front of the neck", where: "anterior neck, throat, tongue and palate area", midline: true },
  posterior_neck: { group: "neck", label: "Back of the neck", where: "posterior cervical area beside the spine" },
  lateral_neck: { group: "neck", label: "Side of the neck", where: "lateral cervical area from mastoid to shoulder line" },
  upper_shoulder_top: { group: "shoulder", label: "Top of the shoulder", where: "upper trapezius ridge between neck and acromion" },
  anterior_shoulder: { group: "shoulder", label: "Front of the shoulder", where: "anterior deltoid and front of the glenohumeral joint" },
  lateral_shoulder_deltoid: { group: "shoulder", label: "Side of the shoulder", where: "middle deltoid area" },
  posterior_shoulder: { group: "shoulder", label: "Back of the shoulder", where: "posterior deltoid and back of the joint" },
  axilla: { group: "shoulder", label: "Armpit", where: "axilla and posterior axillary fold" },
  scapula_medial_border: { group: "upper_back", label: "Inner edge of the shoulder blade", where: "along the vertebral border of the scapula" },
  scapula_body: { group: "upper_back", label: "Shoulder blade", where: "over the scapula itself (supra- and infraspinous fossae)" },
  interscapular: { group: "upper_back", label: "Between the shoulder blades", where: "mid-thoracic area between the scapulae", midline: true },
  upper_chest: { group: "chest", label: "Upper chest", where: "pectoral area below the clavicle" },
  sternum: { group: "chest", label: "Breastbone", where: "over the sternum", midline: true },
  breast_nipple: { group: "chest", label: "Breast and nipple", where: "breast and nipple area" },
  lateral_chest: { group: "chest", label: "Side of the chest", where: "lateral rib cage below the axilla" },
  upper_arm_anterior: { group: "arm", label: "Front of the upper arm", where: "over biceps and brachialis" },
  upper_arm_posterior: { group: "arm", label: "Back of the upper arm", where: "over triceps" },
  upper_arm_lateral: { group: "arm", label: "Outer upper arm", where: "lateral arm below the deltoid" },
  upper_arm_medial: { group: "arm", label: "Inner upper arm", where: "medial arm toward the axilla" },
  medial_elbow: { group: "elbow", label: "Inner elbow", where: "medial epicondyle" },
  lateral_elbow: { group: "elbow", label: "Outer elbow", where: "lateral epicondyle ('tennis elbow' area)" },
  olecranon: { group: "elbow", label: "Back of the elbow", where: "olecranon tip" },
  forearm_anterior: { group: "forearm", label: "Front of the forearm", where: "volar (palm-side) forearm" },
  forearm_posterior: { group: "forearm", label: "Back of the forearm", where: "dorsal forearm" },
  wrist_dorsal: { group: "hand", label: "Back of the wrist", where: "dorsal wrist" },
  wrist_volar: { group: "hand", label: "Front of the wrist", where: "palmar wrist, carpal tunnel area" },
  thumb: { group: "hand", label: "Thumb", where: "thumb and thenar web" },
  index_finger: { group: "hand", label: "Index finger", where: "index finger" },
  middle_finger: { group: "hand", label: "Middle finger", where: "middle finger" },
  ring_finger: { group: "hand", label: "Ring finger", where: "ring finger" },
  little_finger: { group: "hand", label: "Little finger", where: "little finger" },
  palm: { group: "hand", label: "Palm", where: "palm of the hand" },
  back_of_hand: { group: "hand", label: "Back of the hand", where: "dorsum of the hand" },
  upper_abdomen: { group: "abdomen", label: "Upper abdomen", where: "above the navel, below the ribs" },
  lower_abdomen: { group: "abdomen", label: "Lower abdomen", where: "below the navel" },
  flank: { group: "abdomen", label: "Flank", where: "side of the abdomen between ribs and iliac crest" },
  groin: { group: "abdomen", label: "Groin", where: "inguinal area and front of the hip joint" },
  perineum: { group: "pelvis", label: "Perineum and pelvic floor", where: "perineum, genital and pelvic-floor area", midline: true },
  thoracolumbar: { group: "lower_back", label: "Thoracolumbar area", where: "lower thoracic and upper lumbar back" },
  low_back: { group: "lower_back", label: "Low back", where: "lumbar area" },
  sacrum: { group: "lower_back", label: "Sacrum", where: "over the sacrum", midline: true },
  sacroiliac: { group: "lower_back", label: "Sacroiliac joint", where: "over the SI joint" },
  buttock: { group: "hip", label: "Buttock", where: "gluteal area" },
  coccyx: { group: "hip", label: "Tailbone", where: "coccyx", midline: true },
  lateral_hip_trochanter: { group: "hip", label: "Side of the hip", where: "greater trochanter" },
  anterior_thigh: { group: "thigh", label: "Front of the thigh", where: "anterior thigh" },
  medial_thigh: { group: "thigh", label: "Inner thigh", where: "medial thigh" },
  lateral_thigh: { group: "thigh", label: "Outer thigh", where: "lateral thigh, iliotibial band" },
  posterior_thigh: { group: "thigh", label: "Back of the thigh", where: "posterior thigh" },
  knee_anterior: { group: "knee", label: "Front of the knee", where: "patella and around it" },
  knee_medial: { group: "knee", label: "Inner knee", where: "medial knee" },
  knee_lateral: { group: "knee", label: "Outer knee", where: "lateral knee" },
  knee_posterior: { group: "knee", label: "Back of the knee", where: "popliteal fossa" },
  shin_anterior: { group: "leg", label: "Shin", where: "anterior lower leg" },
  calf: { group: "leg", label: "Calf", where: "posterior lower leg" },
  lateral_leg: { group: "leg", label: "Outer lower leg", where: "lateral lower leg over the peroneals" },
  achilles: { group: "leg", label: "Achilles tendon", where: "back of the ankle above the heel" },
  anterior_ankle: { group: "foot", label: "Front of the ankle", where: "anterior ankle" },
  medial_ankle: { group: "foot", label: "Inner ankle", where: "medial malleolus" },
  lateral_ankle: { group: "foot", label: "Outer ankle", where: "lateral malleolus" },
  heel: { group: "foot", label: "Heel", where: "heel, plantar and posterior" },
  sole: { group: "foot", label: "Sole", where: "sole of the foot" },
  top_of_foot: { group: "foot", label: "Top of the foot", where: "dorsum of the foot" },
  big_toe: { group: "foot", label: "Big toe", where: "hallux" },
  lesser_toes: { group: "foot", label: "Lesser toes", where: "second to fifth toes" },
} as const satisfies Record<string, BodyRegion>

/** A body-region id, e.g. "lateral_elbow". */
export type RegionId = keyof typeof regions

/** Region ids in the fixed order that indexes the skin labels and the zone texture. */
export const regionIds = Object.keys(regions) as RegionId[]

/** True for regions on the midline (no left or right), e.g. the sternum. */
export function isMidline(id: RegionId): boolean {
  return "midline" in regions[id] && regions[id].midline === true
}
