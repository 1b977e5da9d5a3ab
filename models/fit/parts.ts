/**
 * What the fitting needs to know per muscle part beyond the reference mesh: the left-side FMA
 * id to measure, which end is the origin (a direction, left side: +x lateral, +y superior,
 * +z anterior), and where needed the superficial direction or the fibre axis.
 * The origin ends follow the usual textbook attachments (Gray's Anatomy; Travell & Simons).
 * The tables are split by body area (models/fit/parts/), as the muscle data is.
 */
import type { PartSpec } from './part-spec.ts'
import { armForearmHandParts } from './parts/arm-forearm-hand.ts'
import { chestAbdomenParts } from './parts/chest-abdomen.ts'
import { headNeckParts } from './parts/head-neck.ts'
import { hipThighParts } from './parts/hip-thigh.ts'
import { legFootParts } from './parts/leg-foot.ts'
import { lowBackPelvisParts } from './parts/low-back-pelvis.ts'
import { shoulderUpperBackParts } from './parts/shoulder-upper-back.ts'

export type { PartSpec } from './part-spec.ts'

/** Every measured part of the roster (the unmeasured muscles are in models/fit/described.ts). */
export const partSpecs: readonly PartSpec[] = [
  ...headNeckParts,
  ...shoulderUpperBackParts,
  ...armForearmHandParts,
  ...chestAbdomenParts,
  ...lowBackPelvisParts,
  ...hipThighParts,
  ...legFootParts,
]
