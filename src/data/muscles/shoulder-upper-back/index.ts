/**
 * Shoulder and upper-back muscles: trigger points, referred pain and self-care.
 * Trigger-point locations and pain patterns follow Travell & Simons (Vol. 1, 2nd ed.); where a
 * locator gives a page, it is that of the book's index of pain-pattern figures.
 * The trapezius is split into its three parts (the reference anatomy meshes them apart), and
 * the TrP labels keep Travell & Simons' numbering (TrP1 to TrP6) so a clinician can match them.
 * `position.along` runs from the origin (0) to the insertion (1) named in `attachments`.
 */
import type { Muscle } from '../../types.ts'
import { upperTrapezius } from './upper-trapezius.ts'
import { middleTrapezius } from './middle-trapezius.ts'
import { lowerTrapezius } from './lower-trapezius.ts'
import { serratusPosteriorSuperior } from './serratus-posterior-superior.ts'
import { supraspinatus } from './supraspinatus.ts'
import { infraspinatus } from './infraspinatus.ts'
import { teresMinor } from './teres-minor.ts'
import { teresMajor } from './teres-major.ts'
import { subscapularis } from './subscapularis.ts'
import { rhomboids } from './rhomboids.ts'
import { deltoid } from './deltoid.ts'
import { latissimusDorsi } from './latissimus-dorsi.ts'
import { serratusPosteriorInferior } from './serratus-posterior-inferior.ts'

/** The muscles of this area, in head-to-toe order (the order search lists and the text view use). */
export const shoulderUpperBackMuscles = {
  upper_trapezius: upperTrapezius,
  middle_trapezius: middleTrapezius,
  lower_trapezius: lowerTrapezius,
  serratus_posterior_superior: serratusPosteriorSuperior,
  supraspinatus: supraspinatus,
  infraspinatus: infraspinatus,
  teres_minor: teresMinor,
  teres_major: teresMajor,
  subscapularis: subscapularis,
  rhomboids: rhomboids,
  deltoid: deltoid,
  latissimus_dorsi: latissimusDorsi,
  serratus_posterior_inferior: serratusPosteriorInferior,
} satisfies Record<string, Muscle>
