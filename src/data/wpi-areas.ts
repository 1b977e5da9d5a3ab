/**
 * The 19 areas of the Widespread Pain Index (Wolfe et al. 2016, `wolfe_2016_criteria_revision`)
 * in plain words, and which regions of our body vocabulary fall in each, so that marks painted
 * in "Where does it hurt?" can prefill the fibromyalgia check.
 *
 * Only regions that lie plainly inside one area are mapped. The WPI has no area for the head
 * (other than the jaw), the hands, the feet, the groin or the perineum; the elbows and knees sit
 * between two of its areas and the form leaves that choice to the person, so they prefill
 * nothing. The person always reviews the prefilled areas before the check is scored.
 */
import type { RegionId } from './regions.ts'
import type { Side } from './types.ts'

/** The 19 areas of the Widespread Pain Index: l/r = the person's own left and right. */
export type WpiArea =
  | 'jaw_l'
  | 'jaw_r'
  | 'shoulder_girdle_l'
  | 'shoulder_girdle_r'
  | 'upper_arm_l'
  | 'upper_arm_r'
  | 'lower_arm_l'
  | 'lower_arm_r'
  | 'hip_buttock_l'
  | 'hip_buttock_r'
  | 'upper_leg_l'
  | 'upper_leg_r'
  | 'lower_leg_l'
  | 'lower_leg_r'
  | 'neck'
  | 'upper_back'
  | 'lower_back'
  | 'chest'
  | 'abdomen'

/** The five regions of the generalised-pain rule, with the areas that count toward each. */
export const fm2016Regions = [
  { name: 'left upper region', areas: ['shoulder_girdle_l', 'upper_arm_l', 'lower_arm_l'] },
  { name: 'right upper region', areas: ['shoulder_girdle_r', 'upper_arm_r', 'lower_arm_r'] },
  { name: 'left lower region', areas: ['hip_buttock_l', 'upper_leg_l', 'lower_leg_l'] },
  { name: 'right lower region', areas: ['hip_buttock_r', 'upper_leg_r', 'lower_leg_r'] },
  { name: 'axial region', areas: ['neck', 'upper_back', 'lower_back'] },
] as const satisfies readonly { name: string; areas: readonly WpiArea[] }[]

/** All 19 areas, in the order the 2016 form lists them. */
export const wpiAreas: readonly WpiArea[] = [
  'jaw_l',
  'shoulder_girdle_l',
  'upper_arm_l',
  'lower_arm_l',
  'jaw_r',
  'shoulder_girdle_r',
  'upper_arm_r',
  'lower_arm_r',
  'hip_buttock_l',
  'upper_leg_l',
  'lower_leg_l',
  'hip_buttock_r',
  'upper_leg_r',
  'lower_leg_r',
  'neck',
  'upper_back',
  'lower_back',
  'chest',
  'abdomen',
]

/** Each area's name as the form shows it. */
export const wpiAreaLabels: Record<WpiArea, string> = {
  jaw_l: 'Left jaw',
  jaw_r: 'Right jaw',
  shoulder_girdle_l: 'Left shoulder girdle',
  shoulder_girdle_r: 'Right shoulder girdle',
  upper_arm_l: 'Left upper arm',
  upper_arm_r: 'Right upper arm',
  lower_arm_l: 'Left lower arm',
  lower_arm_r: 'Right lower arm',
  hip_buttock_l: 'Left hip (buttock, side of the hip)',
  hip_buttock_r: 'Right hip (buttock, side of the hip)',
  upper_leg_l: 'Left upper leg',
  upper_leg_r: 'Right upper leg',
  lower_leg_l: 'Left lower leg',
  lower_leg_r: 'Right lower leg',
  neck: 'Neck',
  upper_back: 'Upper back',
  lower_back: 'Lower back',
  chest: 'Chest',
  abdomen: 'Abdomen (belly)',
}

type Sided = 'jaw' | 'shoulder_girdle' | 'upper_arm' | 'lower_arm' | 'hip_buttock' | 'upper_leg' | 'lower_leg'
type Axial = 'neck' | 'upper_back' | 'lower_back' | 'chest' | 'abdomen'

/** Regions on one side of the body that lie inside one sided WPI area. */
const sidedRegions: Partial<Record<RegionId, Sided>> = {
  jaw_tmj: 'jaw',
  upper_shoulder_top: 'shoulder_girdle',
  anterior_shoulder: 'shoulder_girdle',
  lateral_shoulder_deltoid: 'shoulder_girdle',
  posterior_shoulder: 'shoulder_girdle',
  axilla: 'shoulder_girdle',
  upper_arm_anterior: 'upper_arm',
  upper_arm_posterior: 'upper_arm',
  upper_arm_lateral: 'upper_arm',
  upper_arm_medial: 'upper_arm',
  forearm_anterior: 'lower_arm',
  forearm_posterior: 'lower_arm',
  buttock: 'hip_buttock',
  lateral_hip_trochanter: 'hip_buttock',
  anterior_thigh: 'upper_leg',
  medial_thigh: 'upper_leg',
  lateral_thigh: 'upper_leg',
  posterior_thigh: 'upper_leg',
  shin_anterior: 'lower_leg',
  calf: 'lower_leg',
  lateral_leg: 'lower_leg',
  achilles: 'lower_leg',
}

/** Regions (on either side, or on the midline) inside one of the five axial areas. */
const axialRegions: Partial<Record<RegionId, Axial>> = {
  throat_anterior_neck: 'neck',
  posterior_neck: 'neck',
  lateral_neck: 'neck',
  scapula_medial_border: 'upper_back',
  scapula_body: 'upper_back',
  interscapular: 'upper_back',
  thoracolumbar: 'lower_back',
  low_back: 'lower_back',
  sacrum: 'lower_back',
  sacroiliac: 'lower_back',
  upper_chest: 'chest',
  sternum: 'chest',
  breast_nipple: 'chest',
  lateral_chest: 'chest',
  upper_abdomen: 'abdomen',
  lower_abdomen: 'abdomen',
  flank: 'abdomen',
}

/** The WPI area a marked region falls in, or null where the index has none or it is ambiguous. */
export function wpiAreaOf(region: RegionId, side: Side): WpiArea | null {
  const axial = axialRegions[region]
  if (axial) return axial
  const sided = sidedRegions[region]
  return sided ? (`${sided}_${side === 'left' ? 'l' : 'r'}` as WpiArea) : null
}

/** The WPI areas covered by pain marks, each once, in the form's order (`wpiAreas`). */
export function wpiAreasFromMarks(marks: readonly { region: RegionId; side: Side }[]): WpiArea[] {
  const found = new Set(marks.map((m) => wpiAreaOf(m.region, m.side)).filter((a): a is WpiArea => a !== null))
  return wpiAreas.filter((a) => found.has(a))
}
