/**
 * Head and neck muscles: trigger points, referred pain and self-care.
 * Trigger-point locations and pain patterns follow Travell & Simons (Vol. 1, 2nd ed.); the
 * page numbers in the locators are those of the book's index of pain-pattern figures.
 * `position.along` runs from the origin (0) to the insertion (1) named in `attachments`.
 */
import type { Muscle } from '../../types.ts'
import { occipitofrontalis } from './occipitofrontalis.ts'
import { temporalis } from './temporalis.ts'
import { orbicularisOculi } from './orbicularis-oculi.ts'
import { zygomaticusMajor } from './zygomaticus-major.ts'
import { masseter } from './masseter.ts'
import { buccinator } from './buccinator.ts'
import { lateralPterygoid } from './lateral-pterygoid.ts'
import { medialPterygoid } from './medial-pterygoid.ts'
import { digastric } from './digastric.ts'
import { suboccipitalMuscles } from './suboccipital-muscles.ts'
import { spleniusCapitis } from './splenius-capitis.ts'
import { semispinalisCapitis } from './semispinalis-capitis.ts'
import { spleniusCervicis } from './splenius-cervicis.ts'
import { semispinalisCervicis } from './semispinalis-cervicis.ts'
import { sternocleidomastoid } from './sternocleidomastoid.ts'
import { platysma } from './platysma.ts'
import { scalenes } from './scalenes.ts'
import { levatorScapulae } from './levator-scapulae.ts'

/**
 * The muscles of this area, in head-to-toe order (the order search lists and the text view
 * use): scalp and face, then jaw, then the neck from the skull down to the shoulder.
 */
export const headNeckMuscles = {
  occipitofrontalis: occipitofrontalis,
  temporalis: temporalis,
  orbicularis_oculi: orbicularisOculi,
  zygomaticus_major: zygomaticusMajor,
  masseter: masseter,
  buccinator: buccinator,
  lateral_pterygoid: lateralPterygoid,
  medial_pterygoid: medialPterygoid,
  digastric: digastric,
  suboccipital_muscles: suboccipitalMuscles,
  splenius_capitis: spleniusCapitis,
  semispinalis_capitis: semispinalisCapitis,
  splenius_cervicis: spleniusCervicis,
  semispinalis_cervicis: semispinalisCervicis,
  sternocleidomastoid: sternocleidomastoid,
  platysma: platysma,
  scalenes: scalenes,
  levator_scapulae: levatorScapulae,
} satisfies Record<string, Muscle>
