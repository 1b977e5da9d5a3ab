/**
 * Everyday words for where it hurts, mapped to body regions, so a search for "tennis elbow" or
 * "headache" finds the muscles that refer pain there. This is vocabulary (what people call a
 * place), not a clinical claim: which muscles refer there comes from each muscle's zones.
 */
import type { RegionId } from './regions.ts'

const headRegions = ['temple', 'forehead', 'occiput', 'head_vertex', 'eye_orbit'] as const satisfies readonly RegionId[]

export const everydayTerms = {
  headache: headRegions,
  'tension headache': headRegions,
  migraine: headRegions,
  'tennis elbow': ['lateral_elbow'],
  "golfer's elbow": ['medial_elbow'],
  'golfers elbow': ['medial_elbow'],
  sciatica: ['buttock', 'posterior_thigh', 'lateral_thigh', 'calf', 'lateral_leg'],
  'plantar fasciitis': ['heel', 'sole'],
  'shin splints': ['shin_anterior'],
  toothache: ['teeth_upper', 'teeth_lower'],
  tmj: ['jaw_tmj'],
  earache: ['ear'],
  'frozen shoulder': ['anterior_shoulder', 'lateral_shoulder_deltoid', 'posterior_shoulder'],
  'carpal tunnel': ['wrist_volar', 'palm', 'thumb', 'index_finger', 'middle_finger'],
  'low back pain': ['low_back', 'sacroiliac', 'sacrum'],
  lumbago: ['low_back', 'sacroiliac', 'sacrum'],
  backache: ['low_back', 'thoracolumbar', 'interscapular'],
  tailbone: ['coccyx'],
  'side stitch': ['flank', 'lateral_chest'],
  'chest pain': ['upper_chest', 'sternum', 'breast_nipple'],
  'pelvic pain': ['perineum', 'lower_abdomen', 'coccyx'],
  'hip pain': ['lateral_hip_trochanter', 'buttock', 'groin'],
  'knee pain': ['knee_anterior', 'knee_medial', 'knee_lateral', 'knee_posterior'],
  'ankle pain': ['anterior_ankle', 'medial_ankle', 'lateral_ankle'],
  'wrist pain': ['wrist_dorsal', 'wrist_volar'],
  'shoulder pain': ['anterior_shoulder', 'lateral_shoulder_deltoid', 'posterior_shoulder', 'upper_shoulder_top'],
  'neck pain': ['posterior_neck', 'lateral_neck'],
  'stiff neck': ['posterior_neck', 'lateral_neck'],
  'jaw pain': ['jaw_tmj'],
  'heel pain': ['heel'],
  'foot pain': ['sole', 'top_of_foot', 'heel'],
  'thumb pain': ['thumb'],
  'groin pain': ['groin'],
} as const satisfies Record<string, readonly RegionId[]>
