/**
 * Muscles of the chest and abdomen. Trigger-point locations and referred-pain patterns follow
 * Simons, Travell & Simons, Vol 1 (2nd ed.); positions use each muscle's `attachments`
 * (origin = `along` 0). Both muscles are in Vol 1, so every entry cites that volume.
 */
import type { Muscle } from '../../types.ts'
import { pectoralisMajor } from './pectoralis-major.ts'
import { rectusAbdominis } from './rectus-abdominis.ts'

/** The muscles of this area, in head-to-toe order (the order search lists and the text view use). */
export const chestAbdomenMuscles = {
  pectoralis_major: pectoralisMajor,
  rectus_abdominis: rectusAbdominis,
} satisfies Record<string, Muscle>
