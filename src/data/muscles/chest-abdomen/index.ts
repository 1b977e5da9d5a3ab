/**
 * Muscles of the chest and abdomen. Trigger-point locations and referred-pain patterns follow
 * Simons, Travell & Simons, Vol 1 (2nd ed.), which covers every muscle here; positions use each
 * muscle's `attachments` (origin = `along` 0). New chest pain is always flagged for urgent
 * medical assessment, because several of these muscles refer pain that can resemble heart pain.
 */
import type { Muscle } from '../../types.ts'
import { subclavius } from './subclavius.ts'
import { pectoralisMajor } from './pectoralis-major.ts'
import { pectoralisMinor } from './pectoralis-minor.ts'
import { sternalis } from './sternalis.ts'
import { serratusAnterior } from './serratus-anterior.ts'
import { intercostals } from './intercostals.ts'
import { diaphragm } from './diaphragm.ts'
import { rectusAbdominis } from './rectus-abdominis.ts'
import { externalOblique } from './external-oblique.ts'
import { internalOblique } from './internal-oblique.ts'
import { transversusAbdominis } from './transversus-abdominis.ts'
import { pyramidalis } from './pyramidalis.ts'

/** The muscles of this area, in head-to-toe order (the order search lists and the text view use). */
export const chestAbdomenMuscles = {
  subclavius: subclavius,
  pectoralis_major: pectoralisMajor,
  pectoralis_minor: pectoralisMinor,
  sternalis: sternalis,
  serratus_anterior: serratusAnterior,
  intercostals: intercostals,
  diaphragm: diaphragm,
  rectus_abdominis: rectusAbdominis,
  external_oblique: externalOblique,
  internal_oblique: internalOblique,
  transversus_abdominis: transversusAbdominis,
  pyramidalis: pyramidalis,
} satisfies Record<string, Muscle>
