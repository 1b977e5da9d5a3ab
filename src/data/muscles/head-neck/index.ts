/**
 * Head and neck muscles: trigger points, referred pain and self-care.
 * Trigger-point locations and pain patterns follow Travell & Simons (Vol. 1, 2nd ed.); the
 * page numbers in the locators are those of the book's index of pain-pattern figures.
 * `position.along` runs from the origin (0) to the insertion (1) named in `attachments`.
 */
import type { Muscle } from '../../types.ts'
import { levatorScapulae } from './levator-scapulae.ts'
import { sternocleidomastoid } from './sternocleidomastoid.ts'
import { spleniusCapitis } from './splenius-capitis.ts'
import { scalenes } from './scalenes.ts'
import { masseter } from './masseter.ts'
import { temporalis } from './temporalis.ts'

/** The muscles of this area, in head-to-toe order (the order search lists and the text view use). */
export const headNeckMuscles = {
  levator_scapulae: levatorScapulae,
  sternocleidomastoid: sternocleidomastoid,
  splenius_capitis: spleniusCapitis,
  scalenes: scalenes,
  masseter: masseter,
  temporalis: temporalis,
} satisfies Record<string, Muscle>
