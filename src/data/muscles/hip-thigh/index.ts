/**
 * Muscles of the hip and thigh. Trigger-point locations and referred-pain patterns follow
 * Travell & Simons, Vol 2 (1992); positions use each part's `attachments` (origin = `along` 0).
 * For the fan-shaped gluteus medius and minimus, the "medial edge" (around 0.25) is the back
 * edge, nearer the sacrum, and the "lateral edge" (0.75) the front edge. For the gluteus
 * maximus the lower border, running from the tailbone, is taken as its medial edge.
 * Order: buttock (glutes, then the deep rotators), front of the hip and thigh, inner thigh,
 * quadriceps, hamstrings.
 */
import type { Muscle } from '../../types.ts'
import { gluteusMaximus } from './gluteus-maximus.ts'
import { gluteusMedius } from './gluteus-medius.ts'
import { gluteusMinimus } from './gluteus-minimus.ts'
import { piriformis } from './piriformis.ts'
import { gemellusSuperior } from './gemellus-superior.ts'
import { gemellusInferior } from './gemellus-inferior.ts'
import { quadratusFemoris } from './quadratus-femoris.ts'
import { obturatorExternus } from './obturator-externus.ts'
import { tensorFasciaeLatae } from './tensor-fasciae-latae.ts'
import { sartorius } from './sartorius.ts'
import { pectineus } from './pectineus.ts'
import { adductorLongus } from './adductor-longus.ts'
import { adductorBrevis } from './adductor-brevis.ts'
import { adductorMagnus } from './adductor-magnus.ts'
import { gracilis } from './gracilis.ts'
import { rectusFemoris } from './rectus-femoris.ts'
import { vastusLateralis } from './vastus-lateralis.ts'
import { vastusIntermedius } from './vastus-intermedius.ts'
import { vastusMedialis } from './vastus-medialis.ts'
import { bicepsFemoris } from './biceps-femoris.ts'
import { semitendinosus } from './semitendinosus.ts'
import { semimembranosus } from './semimembranosus.ts'

/** The muscles of this area, in head-to-toe order (the order search lists and the text view use). */
export const hipThighMuscles = {
  gluteus_maximus: gluteusMaximus,
  gluteus_medius: gluteusMedius,
  gluteus_minimus: gluteusMinimus,
  piriformis: piriformis,
  gemellus_superior: gemellusSuperior,
  gemellus_inferior: gemellusInferior,
  quadratus_femoris: quadratusFemoris,
  obturator_externus: obturatorExternus,
  tensor_fasciae_latae: tensorFasciaeLatae,
  sartorius: sartorius,
  pectineus: pectineus,
  adductor_longus: adductorLongus,
  adductor_brevis: adductorBrevis,
  adductor_magnus: adductorMagnus,
  gracilis: gracilis,
  rectus_femoris: rectusFemoris,
  vastus_lateralis: vastusLateralis,
  vastus_intermedius: vastusIntermedius,
  vastus_medialis: vastusMedialis,
  biceps_femoris: bicepsFemoris,
  semitendinosus: semitendinosus,
  semimembranosus: semimembranosus,
} satisfies Record<string, Muscle>
