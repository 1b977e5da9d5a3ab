/**
 * Arm, forearm and hand muscles: trigger points, referred pain and self-care.
 * Trigger-point locations and pain patterns follow Travell & Simons (Vol. 1, 2nd ed.); where a
 * locator gives a page, it is that of the book's index of pain-pattern figures.
 * `position.along` runs from the origin (0) to the insertion (1) named in `attachments`.
 * Listed from the shoulder down: upper arm, elbow, forearm extensors, forearm flexors, hand.
 */
import type { Muscle } from '../../types.ts'
import { coracobrachialis } from './coracobrachialis.ts'
import { bicepsBrachii } from './biceps-brachii.ts'
import { brachialis } from './brachialis.ts'
import { tricepsBrachii } from './triceps-brachii.ts'
import { anconeus } from './anconeus.ts'
import { brachioradialis } from './brachioradialis.ts'
import { extensorCarpiRadialisLongus } from './extensor-carpi-radialis-longus.ts'
import { extensorCarpiRadialisBrevis } from './extensor-carpi-radialis-brevis.ts'
import { extensorDigitorum } from './extensor-digitorum.ts'
import { extensorCarpiUlnaris } from './extensor-carpi-ulnaris.ts'
import { supinator } from './supinator.ts'
import { extensorIndicis } from './extensor-indicis.ts'
import { pronatorTeres } from './pronator-teres.ts'
import { palmarisLongus } from './palmaris-longus.ts'
import { flexorCarpiRadialis } from './flexor-carpi-radialis.ts'
import { flexorCarpiUlnaris } from './flexor-carpi-ulnaris.ts'
import { flexorDigitorumSuperficialis } from './flexor-digitorum-superficialis.ts'
import { flexorDigitorumProfundus } from './flexor-digitorum-profundus.ts'
import { flexorPollicisLongus } from './flexor-pollicis-longus.ts'
import { adductorPollicis } from './adductor-pollicis.ts'
import { opponensPollicis } from './opponens-pollicis.ts'
import { abductorDigitiMinimiHand } from './abductor-digiti-minimi-hand.ts'
import { dorsalInterosseiHand } from './dorsal-interossei-hand.ts'
import { palmarInterosseiHand } from './palmar-interossei-hand.ts'
import { lumbricalsHand } from './lumbricals-hand.ts'

/** The muscles of this area, in head-to-toe order (the order search lists and the text view use). */
export const armForearmHandMuscles = {
  coracobrachialis: coracobrachialis,
  biceps_brachii: bicepsBrachii,
  brachialis: brachialis,
  triceps_brachii: tricepsBrachii,
  anconeus: anconeus,
  brachioradialis: brachioradialis,
  extensor_carpi_radialis_longus: extensorCarpiRadialisLongus,
  extensor_carpi_radialis_brevis: extensorCarpiRadialisBrevis,
  extensor_digitorum: extensorDigitorum,
  extensor_carpi_ulnaris: extensorCarpiUlnaris,
  supinator: supinator,
  extensor_indicis: extensorIndicis,
  pronator_teres: pronatorTeres,
  palmaris_longus: palmarisLongus,
  flexor_carpi_radialis: flexorCarpiRadialis,
  flexor_carpi_ulnaris: flexorCarpiUlnaris,
  flexor_digitorum_superficialis: flexorDigitorumSuperficialis,
  flexor_digitorum_profundus: flexorDigitorumProfundus,
  flexor_pollicis_longus: flexorPollicisLongus,
  adductor_pollicis: adductorPollicis,
  opponens_pollicis: opponensPollicis,
  abductor_digiti_minimi_hand: abductorDigitiMinimiHand,
  dorsal_interossei_hand: dorsalInterosseiHand,
  palmar_interossei_hand: palmarInterosseiHand,
  lumbricals_hand: lumbricalsHand,
} satisfies Record<string, Muscle>
