/**
 * Muscles of the lower leg. Trigger-point locations and referred-pain patterns follow
 * Travell & Simons, Vol 2 (1992); positions use each part's `attachments` (origin = `along` 0,
 * which for these muscles is the upper end).
 */
import type { Muscle } from '../../types.ts'
import { gastrocnemius } from './gastrocnemius.ts'
import { soleus } from './soleus.ts'
import { tibialisAnterior } from './tibialis-anterior.ts'
import { peroneusLongus } from './peroneus-longus.ts'

/** The muscles of this area, in head-to-toe order (the order search lists and the text view use). */
export const legFootMuscles = {
  gastrocnemius: gastrocnemius,
  soleus: soleus,
  tibialis_anterior: tibialisAnterior,
  peroneus_longus: peroneusLongus,
} satisfies Record<string, Muscle>
