/**
 * Arm, forearm and hand muscles: trigger points, referred pain and self-care.
 * Trigger-point locations and pain patterns follow Travell & Simons (Vol. 1, 2nd ed.); the
 * page numbers in the locators are those of the book's index of pain-pattern figures.
 * `position.along` runs from the origin (0) to the insertion (1) named in `attachments`.
 */
import type { Muscle } from '../../types.ts'
import { bicepsBrachii } from './biceps-brachii.ts'
import { tricepsBrachii } from './triceps-brachii.ts'
import { brachioradialis } from './brachioradialis.ts'
import { extensorCarpiRadialisLongus } from './extensor-carpi-radialis-longus.ts'
import { extensorDigitorum } from './extensor-digitorum.ts'

/** The muscles of this area, in head-to-toe order (the order search lists and the text view use). */
export const armForearmHandMuscles = {
  biceps_brachii: bicepsBrachii,
  triceps_brachii: tricepsBrachii,
  brachioradialis: brachioradialis,
  extensor_carpi_radialis_longus: extensorCarpiRadialisLongus,
  extensor_digitorum: extensorDigitorum,
} satisfies Record<string, Muscle>
