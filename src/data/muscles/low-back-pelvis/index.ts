/**
 * Deep muscles of the low back and pelvis. Trigger-point locations and referred-pain patterns
 * follow Travell & Simons, Vol 2 (1992); positions use each part's `attachments`
 * (origin = `along` 0). Both muscles lie deep, which is why both carry `uncertain`.
 */
import type { Muscle } from '../../types.ts'
import { quadratusLumborum } from './quadratus-lumborum.ts'
import { iliopsoas } from './iliopsoas.ts'

/** The muscles of this area, in head-to-toe order (the order search lists and the text view use). */
export const lowBackPelvisMuscles = {
  quadratus_lumborum: quadratusLumborum,
  iliopsoas: iliopsoas,
} satisfies Record<string, Muscle>
