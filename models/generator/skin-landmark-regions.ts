/**
 * Which body region each bony landmark lies in: the checks behind "a region named after a
 * bony landmark contains it" (lateral epicondyle in the outer elbow, greater trochanter in the
 * side of the hip...). models/generator/skin.test.ts finds the skin vertex nearest each probe, on
 * both sides, and checks its label against `regions`.
 *
 * A probe is a landmark of landmarks.json, or the midpoint of two where the vocabulary
 * describes a region as lying between them ("between ribs and iliac crest"). A landmark that
 * by definition sits on the border between regions lists all of them, and says why; every
 * landmark-named region also has at least one probe of its own that allows only it.
 */
import { regions, type RegionId } from '../../src/data/regions.ts'
import type { LandmarkName } from './skin-figures.ts'

/** A landmark, or the midpoint of two. */
export type LandmarkProbe = LandmarkName | readonly [LandmarkName, LandmarkName]

export interface LandmarkRegionCheck {
  at: LandmarkProbe
  /** The regions the skin over the probe may carry (one, or those meeting at a border). */
  regions: readonly RegionId[]
  /** Why, in the vocabulary's words. */
  why: string
}

// One landmark a line, so the table reads down its columns.
// prettier-ignore
export const landmarkRegionChecks: readonly LandmarkRegionCheck[] = [
  // Head.
  { at: 'skull_vertex', regions: ['head_vertex'], why: 'crown of the skull' },
  { at: 'glabella', regions: ['forehead'], why: 'the frontal bone’s prominence between the brows, the bottom of the frontal area' },
  { at: 'inion', regions: ['occiput'], why: 'the external occipital protuberance: occipital area' },
  { at: 'eye', regions: ['eye_orbit'], why: 'the eye (a skin point)' },
  { at: 'cheekbone', regions: ['cheek_maxilla'], why: 'cheekbone: the front of the zygomatic bone' },
  { at: 'upper_molar', regions: ['cheek_maxilla', 'teeth_upper'], why: 'the upper teeth sit in the upper jaw, and both regions name them' },
  { at: 'mandible_condyle', regions: ['jaw_tmj'], why: 'jaw joint in front of the ear' },
  { at: 'gonion', regions: ['jaw_tmj'], why: 'angle of the mandible' },
  { at: 'ear', regions: ['ear'], why: 'the ear (a skin point)' },

  // Neck.
  { at: 'hyoid', regions: ['throat_anterior_neck'], why: 'the hyoid, under the chin at the front of the neck' },
  { at: 'thyroid_prominence', regions: ['throat_anterior_neck'], why: 'the Adam’s apple: throat' },
  { at: 'c7_spinous', regions: ['posterior_neck'], why: 'C7, the lowest cervical spinous process: posterior cervical area beside the spine' },
  { at: 'c4_transverse_process', regions: ['lateral_neck'], why: 'the side of the cervical spine at mid-neck: lateral cervical area' },
  { at: 'mastoid', regions: ['lateral_neck', 'ear'], why: 'the side of the neck runs from the mastoid, which lies just behind and below the ear' },

  // Shoulder and upper back.
  { at: ['c7_spinous', 'acromion'], regions: ['upper_shoulder_top'], why: 'upper trapezius ridge between neck and acromion' },
  { at: 'acromion', regions: ['upper_shoulder_top', 'lateral_shoulder_deltoid'], why: 'the ridge’s outer end, where the middle deltoid arises' },
  { at: ['acromion', 'deltoid_tuberosity'], regions: ['lateral_shoulder_deltoid'], why: 'middle deltoid: between its origin and its insertion' },
  { at: 'lesser_tubercle', regions: ['anterior_shoulder'], why: 'front of the glenohumeral joint' },
  { at: 'coracoid', regions: ['anterior_shoulder', 'upper_chest'], why: 'just inside the front of the joint, under the outer pectoral area' },
  { at: 'axilla', regions: ['axilla'], why: 'the armpit’s apex (a skin point)' },
  { at: 'scapula_medial_border', regions: ['scapula_medial_border'], why: 'vertebral border of the scapula' },
  { at: 'scapula_superior_angle', regions: ['scapula_medial_border', 'upper_shoulder_top'], why: 'the vertebral border’s top end, under the trapezius ridge' },
  { at: 'scapula_inferior_angle', regions: ['scapula_body', 'scapula_medial_border'], why: 'the scapula’s lowest point, where its vertebral border ends' },
  // The spine's root alone lies 4.5 cm deep under the upward curve of the back, where its nearest skin is a toss-up.
  { at: ['scapular_spine_root', 'scapula_inferior_angle'], regions: ['scapula_body'], why: 'over the scapula: the infraspinous fossa, between the spine’s root and the inferior angle' },
  { at: 't4_spinous', regions: ['interscapular'], why: 'mid-thoracic, between the scapulae' },
  { at: 't7_spinous', regions: ['interscapular', 'thoracolumbar'], why: 'level with the inferior angles, where the area between the scapulae ends and the thoracolumbar area begins' },

  // Chest.
  { at: 'rib2_midclavicular', regions: ['upper_chest'], why: 'pectoral area below the clavicle' },
  { at: 'sternal_angle', regions: ['sternum'], why: 'over the sternum, manubrium to body' },
  { at: 'xiphoid_tip', regions: ['sternum'], why: 'the xiphoid is the lowest part of the sternum' },
  { at: 'jugular_notch', regions: ['sternum', 'throat_anterior_neck'], why: 'the sternum’s top edge is the base of the front of the neck' },
  { at: 'nipple', regions: ['breast_nipple'], why: 'the nipple (a skin point)' },
  { at: ['axilla', 'costal_margin_low'], regions: ['lateral_chest'], why: 'lateral rib cage below the axilla, above the lowest rib' },

  // Elbow, wrist and hand.
  { at: 'lateral_epicondyle', regions: ['lateral_elbow'], why: 'lateral epicondyle' },
  { at: 'medial_epicondyle', regions: ['medial_elbow'], why: 'medial epicondyle' },
  { at: 'olecranon', regions: ['olecranon'], why: 'olecranon tip' },
  { at: 'pisiform', regions: ['wrist_volar'], why: 'palmar wrist: the pisiform bounds the carpal tunnel on the little-finger side' },
  { at: 'radius_dorsal_tubercle', regions: ['wrist_dorsal'], why: 'dorsal wrist: Lister’s tubercle on the back of the radius' },
  { at: 'radial_styloid', regions: ['wrist_dorsal', 'wrist_volar'], why: 'the styloids are the wrist’s sides, where its back and front meet' },
  { at: 'ulnar_styloid', regions: ['wrist_dorsal', 'wrist_volar'], why: 'the styloids are the wrist’s sides, where its back and front meet' },
  { at: 'fingertip_1', regions: ['thumb'], why: 'thumb' },
  { at: 'fingertip_2', regions: ['index_finger'], why: 'index finger' },
  { at: 'fingertip_3', regions: ['middle_finger'], why: 'middle finger' },
  { at: 'fingertip_4', regions: ['ring_finger'], why: 'ring finger' },
  { at: 'fingertip_5', regions: ['little_finger'], why: 'little finger' },

  // Abdomen and pelvis.
  { at: ['xiphoid_tip', 'navel'], regions: ['upper_abdomen'], why: 'above the navel, below the ribs' },
  { at: 'navel', regions: ['upper_abdomen', 'lower_abdomen'], why: 'the upper and lower abdomen meet at the navel' },
  { at: ['navel', 'pubic_symphysis'], regions: ['lower_abdomen'], why: 'below the navel' },
  { at: ['costal_margin_low', 'iliac_crest_top'], regions: ['flank'], why: 'side of the abdomen between ribs and iliac crest' },
  { at: 'pubic_tubercle', regions: ['groin'], why: 'inguinal area: the inguinal ligament’s inner end' },
  { at: ['asis', 'pubic_tubercle'], regions: ['groin'], why: 'inguinal area: the middle of the inguinal ligament' },
  { at: 'femoral_head_front', regions: ['groin'], why: 'front of the hip joint' },
  { at: 'pubic_symphysis', regions: ['lower_abdomen', 'perineum'], why: 'the lower abdomen ends at the pubis, where the genital area begins' },

  // Lower back and hip.
  { at: 't12_spinous', regions: ['thoracolumbar'], why: 'lower thoracic and upper lumbar back: the thoracolumbar junction' },
  { at: 'l4_spinous', regions: ['low_back'], why: 'lumbar area' },
  { at: 'median_sacral_crest', regions: ['sacrum'], why: 'over the sacrum' },
  { at: 'sacrum_top', regions: ['sacrum', 'low_back'], why: 'the sacrum’s top is the lumbar area’s lower end' },
  { at: 'sacrum_tip', regions: ['sacrum', 'coccyx'], why: 'the sacrum’s tip is where the coccyx begins (the reference skeleton has no coccyx)' },
  { at: 'psis', regions: ['sacroiliac'], why: 'over the SI joint, marked by the dimple over the PSIS' },
  { at: 'ischial_tuberosity', regions: ['buttock'], why: 'the sitting bone, under the lower gluteal area' },
  { at: 'greater_trochanter', regions: ['lateral_hip_trochanter'], why: 'greater trochanter' },

  // Knee, leg, ankle and foot.
  { at: 'patella_front', regions: ['knee_anterior'], why: 'patella' },
  { at: 'tibial_tuberosity', regions: ['knee_anterior', 'shin_anterior'], why: 'the patellar tendon’s insertion, where the front of the knee meets the shin' },
  { at: 'femur_medial_epicondyle', regions: ['knee_medial'], why: 'medial knee' },
  { at: 'femur_lateral_epicondyle', regions: ['knee_lateral'], why: 'lateral knee' },
  { at: 'fibular_head', regions: ['knee_lateral'], why: 'lateral knee, just below the joint line' },
  { at: ['tibial_tuberosity', 'medial_malleolus'], regions: ['shin_anterior'], why: 'anterior lower leg: the middle of the tibia' },
  { at: ['fibular_head', 'lateral_malleolus'], regions: ['lateral_leg'], why: 'lateral lower leg: the middle of the fibula, under the peroneals' },
  { at: 'medial_malleolus', regions: ['medial_ankle'], why: 'medial malleolus' },
  { at: 'lateral_malleolus', regions: ['lateral_ankle'], why: 'lateral malleolus' },
  { at: 'calcaneus_back', regions: ['heel'], why: 'heel, posterior' },
  { at: 'calcaneus_bottom', regions: ['heel'], why: 'heel, plantar' },
  { at: 'big_toe_tip', regions: ['big_toe'], why: 'hallux' },
  { at: 'second_toe_tip', regions: ['lesser_toes'], why: 'second to fifth toes' },
  { at: 'little_toe_tip', regions: ['lesser_toes'], why: 'second to fifth toes' },
]

/**
 * Words for bones and bony landmarks one can feel through the skin. A region whose vocabulary
 * text uses one is "named after a bony landmark" and needs a check above that allows only it.
 * (Muscles such as the temporalis or the peroneals, and joints named by their body part, such
 * as the knee or the wrist, do not count; the palate does not either, as no skin covers it.)
 */
export const bonyWords =
  /\b(skull|occipital|cheekbone|jaw|mandible|mastoid|cervical|thoracic|lumbar|spine|acromion|glenohumeral|scapulae?|clavicle|sternum|ribs?|epicondyle|olecranon|carpal|iliac crest|hip joint|SI joint|sacrum|coccyx|trochanter|patella|malleolus)\b/i

/** Landmark-named regions that cannot have a check of their own, and why. */
export const uncheckableRegions: Partial<Record<RegionId, string>> = {
  coccyx: 'the reference skeleton has no coccyx: only its top, the sacrum’s tip, is measured',
}

/** The regions the vocabulary names after a bony landmark. */
export function landmarkNamedRegions(): RegionId[] {
  return (Object.keys(regions) as RegionId[]).filter((id) => bonyWords.test(regions[id].where))
}
