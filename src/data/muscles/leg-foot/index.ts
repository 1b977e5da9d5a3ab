/**
 * Muscles of the lower leg and foot. Trigger-point locations and referred-pain patterns follow
 * Travell & Simons, Vol 2 (1992); positions use each part's `attachments` (origin = `along` 0,
 * which for the leg muscles is the upper end and for the foot muscles the heel or proximal end;
 * for the transverse head of the adductor hallucis it is the outer end, under the lesser toes).
 * On the sole, the superficial face (`around` 0) is the plantar face; on the top of the foot,
 * the dorsal face.
 */
import type { Muscle } from '../../types.ts'
import { popliteus } from './popliteus.ts'
import { gastrocnemius } from './gastrocnemius.ts'
import { plantaris } from './plantaris.ts'
import { soleus } from './soleus.ts'
import { tibialisPosterior } from './tibialis-posterior.ts'
import { flexorDigitorumLongus } from './flexor-digitorum-longus.ts'
import { flexorHallucisLongus } from './flexor-hallucis-longus.ts'
import { tibialisAnterior } from './tibialis-anterior.ts'
import { extensorDigitorumLongus } from './extensor-digitorum-longus.ts'
import { extensorHallucisLongus } from './extensor-hallucis-longus.ts'
import { peroneusLongus } from './peroneus-longus.ts'
import { peroneusBrevis } from './peroneus-brevis.ts'
import { peroneusTertius } from './peroneus-tertius.ts'
import { extensorDigitorumBrevis } from './extensor-digitorum-brevis.ts'
import { extensorHallucisBrevis } from './extensor-hallucis-brevis.ts'
import { abductorHallucis } from './abductor-hallucis.ts'
import { flexorDigitorumBrevis } from './flexor-digitorum-brevis.ts'
import { abductorDigitiMinimiFoot } from './abductor-digiti-minimi-foot.ts'
import { quadratusPlantae } from './quadratus-plantae.ts'
import { flexorHallucisBrevis } from './flexor-hallucis-brevis.ts'
import { adductorHallucis } from './adductor-hallucis.ts'
import { dorsalInterosseiFoot } from './dorsal-interossei-foot.ts'

/** The muscles of this area, in head-to-toe order (the order search lists and the text view use). */
export const legFootMuscles = {
  popliteus: popliteus,
  gastrocnemius: gastrocnemius,
  plantaris: plantaris,
  soleus: soleus,
  tibialis_posterior: tibialisPosterior,
  flexor_digitorum_longus: flexorDigitorumLongus,
  flexor_hallucis_longus: flexorHallucisLongus,
  tibialis_anterior: tibialisAnterior,
  extensor_digitorum_longus: extensorDigitorumLongus,
  extensor_hallucis_longus: extensorHallucisLongus,
  peroneus_longus: peroneusLongus,
  peroneus_brevis: peroneusBrevis,
  peroneus_tertius: peroneusTertius,
  extensor_digitorum_brevis: extensorDigitorumBrevis,
  extensor_hallucis_brevis: extensorHallucisBrevis,
  abductor_hallucis: abductorHallucis,
  flexor_digitorum_brevis: flexorDigitorumBrevis,
  abductor_digiti_minimi_foot: abductorDigitiMinimiFoot,
  quadratus_plantae: quadratusPlantae,
  flexor_hallucis_brevis: flexorHallucisBrevis,
  adductor_hallucis: adductorHallucis,
  dorsal_interossei_foot: dorsalInterosseiFoot,
} satisfies Record<string, Muscle>
