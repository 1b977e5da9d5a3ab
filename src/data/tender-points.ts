/**
 * The 18 tender points (9 pairs) of the American College of Rheumatology 1990 classification
 * criteria for fibromyalgia (Wolfe et al. 1990, `wolfe_1990_acr_classification`): where each
 * is, in the criteria's terms and in plain words, the muscles that lie under or next to it, and
 * a place on a muscle for the 3D marker.
 *
 * Tender points are not trigger points: a tender point only has to hurt when pressed with about
 * 4 kg of force; it needs no taut band and no referred pain (see the explainer
 * `trigger_vs_tender_points`). Several sites often hold trigger points as well (Ge et al. 2010,
 * `ge_2010_tender_point_sites`). The 2010 and 2016 criteria no longer count tender points.
 *
 * `nearMuscles` are anatomical neighbours: the muscles whose attachments or bellies lie at the
 * site, as each muscle's own data (attachments, trigger-point locations) describes them. The
 * marker sits on one of them (`marker`: the one the generator models closest to the surface at
 * the site), in the same parametric terms as a trigger point.
 */
import type { MuscleId } from './muscles.ts'
import type { MusclePosition, SourceRef } from './types.ts'

/** One pair of tender points (left and right). */
export interface TenderPoint {
  name: string
  /** Where it is, in plain words. */
  location: string
  /** The criteria's wording. */
  clinicalLocation: string
  /** The muscles under or next to it, nearest first. */
  nearMuscles: readonly MuscleId[]
  /** Where the 3D ring goes: a place on one of `nearMuscles`. */
  marker: MusclePosition & { muscle: MuscleId }
  sources: readonly SourceRef[]
}

const acr1990 = { source: 'wolfe_1990_acr_classification', locator: 'the 18 tender point sites' } as const

export const tenderPoints = {
  occiput: {
    name: 'Occiput',
    location: 'At the base of the skull, where the neck muscles attach, either side of the middle.',
    clinicalLocation: 'Bilateral, at the suboccipital muscle insertions.',
    nearMuscles: ['suboccipital_muscles', 'semispinalis_capitis', 'splenius_capitis', 'upper_trapezius'],
    marker: { muscle: 'semispinalis_capitis', along: 0.95, around: 0 },
    sources: [acr1990],
  },
  low_cervical: {
    name: 'Low cervical',
    location: 'At the front of the lower neck, beside the windpipe, a little above the collarbone.',
    clinicalLocation: 'Bilateral, at the anterior aspects of the intertransverse spaces at C5 to C7.',
    nearMuscles: ['scalenes', 'sternocleidomastoid'],
    // A sixteenth of a turn toward the midline: at 0 the face looks sideways and a little back,
    // not to the front of the neck.
    marker: { muscle: 'scalenes', part: 'anterior', along: 0.3, around: 0.0625 },
    sources: [acr1990],
  },
  trapezius: {
    name: 'Trapezius',
    location: 'On top of the shoulder, halfway between the neck and the tip of the shoulder.',
    clinicalLocation: 'Bilateral, at the midpoint of the upper border of the trapezius.',
    nearMuscles: ['upper_trapezius', 'levator_scapulae', 'supraspinatus'],
    // Not 0.55: that is still on the side of the neck. At 0.85 it is on top of the shoulder, about halfway out;
    // its face looks up, so from straight in front or behind the ring is drawn faint.
    marker: { muscle: 'upper_trapezius', along: 0.85, around: 0 },
    sources: [acr1990],
  },
  supraspinatus: {
    name: 'Supraspinatus',
    location: 'On the shoulder blade, just above its bony ridge, near the edge closest to the spine.',
    clinicalLocation: 'Bilateral, at the supraspinatus origin, above the scapular spine near the medial border.',
    nearMuscles: ['supraspinatus', 'middle_trapezius', 'upper_trapezius'],
    marker: { muscle: 'supraspinatus', along: 0.15, around: 0 },
    sources: [acr1990],
  },
  second_rib: {
    name: 'Second rib',
    location: 'On the upper chest, beside the breastbone, where the second rib meets it.',
    clinicalLocation:
      'Bilateral, at the second costochondral junctions, just lateral to the junctions on the upper surfaces.',
    nearMuscles: ['pectoralis_major', 'intercostals'],
    marker: { muscle: 'pectoralis_major', part: 'sternocostal', along: 0.1, around: 0 },
    sources: [acr1990],
  },
  lateral_epicondyle: {
    name: 'Lateral epicondyle',
    location: 'On the outer forearm, about two finger-widths below the bony point on the outside of the elbow.',
    clinicalLocation: 'Bilateral, 2 cm distal to the lateral epicondyles.',
    nearMuscles: [
      'extensor_carpi_radialis_brevis',
      'extensor_carpi_radialis_longus',
      'extensor_digitorum',
      'supinator',
      'brachioradialis',
    ],
    marker: { muscle: 'extensor_carpi_radialis_brevis', along: 0.15, around: 0 },
    sources: [acr1990],
  },
  gluteal: {
    name: 'Gluteal',
    location: 'In the upper outer quarter of the buttock.',
    clinicalLocation: 'Bilateral, in the upper outer quadrants of the buttocks, in the anterior fold of muscle.',
    nearMuscles: ['gluteus_medius', 'gluteus_maximus', 'gluteus_minimus'],
    marker: { muscle: 'gluteus_medius', along: 0.35, around: 0 },
    sources: [acr1990],
  },
  greater_trochanter: {
    name: 'Greater trochanter',
    location: 'On the side of the hip, just behind the bony point at the top of the thigh.',
    clinicalLocation: 'Bilateral, posterior to the trochanteric prominence.',
    nearMuscles: ['gluteus_medius', 'piriformis', 'gluteus_minimus', 'quadratus_femoris'],
    marker: { muscle: 'gluteus_medius', along: 0.92, around: 0 },
    sources: [acr1990],
  },
  knee: {
    name: 'Knee',
    location: 'On the inner side of the knee, on the soft pad just above the joint line.',
    clinicalLocation: 'Bilateral, at the medial fat pad proximal to the joint line.',
    nearMuscles: ['vastus_medialis', 'sartorius', 'gracilis', 'semitendinosus'],
    // Not 0.9: the muscle's last tenth is a flat tendon whose "superficial" face turns to the back of the knee.
    marker: { muscle: 'vastus_medialis', along: 0.8, around: 0 },
    sources: [acr1990],
  },
} as const satisfies Record<string, TenderPoint>

export type TenderPointId = keyof typeof tenderPoints
export const tenderPointIds = Object.keys(tenderPoints) as TenderPointId[]
