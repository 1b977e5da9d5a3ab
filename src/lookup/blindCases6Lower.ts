/**
 * The lower half of the sixth blind case set for the ranking (mid and low back, abdomen, pelvis,
 * groin, buttock, hip, thigh, knee, leg, ankle and foot), written 2026-12-04 under the blind rule:
 * from study abstracts only (`../data/sources/blind-case-studies-6-lower.ts`), without reading the
 * ranking, the muscles' zones, the pain guides or any earlier case set, and without running the app.
 *
 * How the cases were read: `marks` are the painful area the abstract names (one side); where it
 * names none, the usual area of the complaint, and the note says so. `muscles` are the atlas
 * muscles the abstract names as holding trigger points in these patients (found, measured or
 * treated), in the abstract's order; groups the abstract does not split (e.g. "gluteal muscles",
 * "abdominal muscles", "quadriceps") were not used. Most unused lower-body studies were already
 * taken by earlier sets, name a muscle group only, or had no DOI or PMID on any record seen, so
 * this half is small and most cases list a single muscle.
 */
import type { GuideCase } from './heldOutCases.ts'

export const blindCases6Lower: readonly GuideCase[] = [
  {
    name: 'Unilateral patellofemoral pain in non-athletic women with an active gluteus medius trigger point',
    marks: ['knee_anterior'],
    muscles: ['gluteus_medius'],
    source: {
      source: 'karamiani_2022_patellofemoral_gluteus_medius_needling',
      locator:
        'abstract: GM active trigger point dry needling (TrP-DN) added to physiotherapy in 29 women with unilateral PFPS',
    },
    note: 'Patellofemoral pain is anterior knee pain; the abstract names no other painful area, so the mark is the front of the knee only. The abstract treats only the gluteus medius (a remote muscle); it does not say on which side the trigger point lay relative to the painful knee.',
  },
  {
    name: 'Anterior knee pain on stair climbing treated by needling the rectus femoris (case report)',
    marks: ['knee_anterior', 'anterior_thigh'],
    muscles: ['rectus_femoris'],
    source: {
      source: 'ahmed_2024_anterior_knee_rectus_femoris_needling',
      locator:
        'abstract: 39-year-old man with intense anterior knee pain on stair climbing; two days of dry needling of rectus femoris',
    },
    note: 'Doubtful reading: the abstract describes dry needling of the rectus femoris for anterior knee pain but does not use the words "trigger point". The abstract names anterior knee pain; the front of the thigh is added as the muscle\'s own area, my reading. Single case, single muscle.',
  },
  {
    name: 'Piriformis syndrome with buttock and posterior leg pain (ultrasound-guided piriformis injection trial)',
    marks: ['buttock', 'posterior_thigh'],
    muscles: ['piriformis'],
    source: {
      source: 'misirlioglu_2015_piriformis_syndrome_injection',
      locator:
        'abstract: 57 patients with unilateral hip and/or leg pain, positive FAIR test and tenderness and/or trigger point at the piriformis',
    },
    note: 'The abstract describes piriformis syndrome as pain radiating to the gluteal region and posterior leg; marks are the buttock and back of the thigh (the leg below the knee left out, one side). Patients were chosen for tenderness and/or a trigger point in the piriformis and injected there; only the piriformis is named.',
  },
]
