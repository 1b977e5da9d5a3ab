/**
 * Muscles of the low back and pelvis, pelvic floor included. Trigger-point locations and
 * referred-pain patterns follow Travell & Simons: Vol 1 (2nd ed., 1999) for the thoracolumbar
 * paraspinal muscles, Vol 2 (1992) for quadratus lumborum, iliopsoas and the pelvic floor.
 * Positions use each part's `attachments` (origin = `along` 0). Most of these muscles lie deep,
 * and the pelvic floor can only be examined internally by a trained clinician, which is why
 * most entries carry `uncertain` and the pelvic-floor entries give no self-pressure.
 */
import type { Muscle } from '../../types.ts'
import { iliocostalisThoracis } from './iliocostalis-thoracis.ts'
import { longissimusThoracis } from './longissimus-thoracis.ts'
import { iliocostalisLumborum } from './iliocostalis-lumborum.ts'
import { quadratusLumborum } from './quadratus-lumborum.ts'
import { multifidus } from './multifidus.ts'
import { iliopsoas } from './iliopsoas.ts'
import { obturatorInternus } from './obturator-internus.ts'
import { coccygeus } from './coccygeus.ts'
import { levatorAni } from './levator-ani.ts'
import { externalAnalSphincter } from './external-anal-sphincter.ts'
import { transversePerinei } from './transverse-perinei.ts'
import { bulbospongiosus } from './bulbospongiosus.ts'
import { ischiocavernosus } from './ischiocavernosus.ts'

/** The muscles of this area, in head-to-toe order (the order search lists and the text view use). */
export const lowBackPelvisMuscles = {
  iliocostalis_thoracis: iliocostalisThoracis,
  longissimus_thoracis: longissimusThoracis,
  iliocostalis_lumborum: iliocostalisLumborum,
  quadratus_lumborum: quadratusLumborum,
  multifidus: multifidus,
  iliopsoas: iliopsoas,
  obturator_internus: obturatorInternus,
  coccygeus: coccygeus,
  levator_ani: levatorAni,
  external_anal_sphincter: externalAnalSphincter,
  transverse_perinei: transversePerinei,
  bulbospongiosus: bulbospongiosus,
  ischiocavernosus: ischiocavernosus,
} satisfies Record<string, Muscle>
