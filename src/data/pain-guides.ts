/**
 * Travell & Simons' regional pain guides as data. Each part of the Trigger Point Manual opens
 * with a guide that lists, for each painful area, the muscles whose trigger points may refer
 * pain there, the likeliest first. That order is clinical knowledge: `rankMuscles` uses it to
 * order muscles whose zones explain the marks about equally (see the top of
 * src/lookup/rankMuscles.ts), and `painGuideCases.ts` reads the same entries as test cases.
 *
 * Each entry is one area, mapped to the closest region of our vocabulary, and the muscles the
 * guide lists FIRST for it (the first two to four that the atlas holds, in the guide's order;
 * the guides list more, which are not entered here). Where the guide names a division (e.g.
 * the sternal SCM, or trapezius TrP1) the muscle is the atlas entry that holds it. A guide
 * muscle is left out, with a note, only where the atlas has no entry for that part of it.
 *
 * Locators describe the guide rather than give chapter numbers, which were not checked.
 */
import type { MuscleId } from './muscles.ts'
import type { RegionId } from './regions.ts'
import type { SourceRef } from './types.ts'

/** One area of a pain guide and the muscles it lists first for it. */
export interface PainGuideArea {
  /** The guide's own name for the area, e.g. "Temporal headache". */
  area: string
  /** The region of our vocabulary that matches it best. */
  region: RegionId
  /** The first muscles the guide lists for the area, in its order. */
  muscles: readonly MuscleId[]
  source: SourceRef
  /** Why an entry differs from the guide's list, where it does. */
  note?: string
}

const headNeck = { source: 'simons_travell_vol1_1999', locator: 'pain-and-muscle guide opening the part on head and neck pain' } as const
const upperBackArm = { source: 'simons_travell_vol1_1999', locator: 'pain-and-muscle guide opening the part on upper back, shoulder and arm pain' } as const
const elbowFinger = { source: 'simons_travell_vol1_1999', locator: 'pain-and-muscle guide opening the part on elbow-to-finger pain' } as const
const upperTrunk = { source: 'simons_travell_vol1_1999', locator: 'pain-and-muscle guide opening the part on upper trunk pain' } as const
const lowBackLeg = { source: 'travell_simons_vol2_1992', locator: 'pain-and-muscle guide opening the part on low back, buttock and leg pain' } as const
const hipThighKnee = { source: 'travell_simons_vol2_1992', locator: 'pain-and-muscle guide opening the part on hip, thigh and knee pain' } as const
const legAnkleFoot = { source: 'travell_simons_vol2_1992', locator: 'pain-and-muscle guide opening the part on leg, ankle and foot pain' } as const

/** The guide areas, head to toe, each with the muscles the guide lists first for it, in its order. */
export const painGuideAreas: readonly PainGuideArea[] = [
  // Head and neck
  { area: 'Temporal headache', region: 'temple', muscles: ['upper_trapezius', 'sternocleidomastoid', 'temporalis'], source: headNeck },
  { area: 'Vertex pain', region: 'head_vertex', muscles: ['sternocleidomastoid', 'splenius_capitis'], source: headNeck },
  { area: 'Back-of-head pain', region: 'occiput', muscles: ['upper_trapezius', 'sternocleidomastoid', 'semispinalis_capitis'], source: headNeck },
  { area: 'Frontal headache', region: 'forehead', muscles: ['sternocleidomastoid', 'semispinalis_capitis', 'occipitofrontalis'], source: headNeck },
  { area: 'Eye and eyebrow pain', region: 'eye_orbit', muscles: ['sternocleidomastoid', 'temporalis', 'splenius_cervicis', 'masseter'], source: headNeck },
  {
    area: 'Ear and temporomandibular joint pain',
    region: 'jaw_tmj',
    muscles: ['lateral_pterygoid', 'masseter'],
    source: headNeck,
    note: 'The guide joins the ear and the jaw joint; its next muscle, the clavicular SCM, refers to the ear, a region of its own here.',
  },
  { area: 'Cheek and jaw pain', region: 'cheek_maxilla', muscles: ['sternocleidomastoid', 'masseter', 'lateral_pterygoid'], source: headNeck },
  { area: 'Toothache', region: 'teeth_upper', muscles: ['temporalis', 'masseter'], source: headNeck },
  { area: 'Throat and front-of-neck pain', region: 'throat_anterior_neck', muscles: ['sternocleidomastoid', 'digastric', 'medial_pterygoid'], source: headNeck },
  {
    area: 'Back-of-neck pain',
    region: 'posterior_neck',
    muscles: ['upper_trapezius', 'levator_scapulae', 'splenius_cervicis'],
    source: headNeck,
    note: 'The guide lists the cervical multifidi second; the atlas entry for multifidus describes only its lumbar and sacral trigger points.',
  },

  // Upper back, shoulder and arm
  { area: 'Front-of-shoulder pain', region: 'anterior_shoulder', muscles: ['infraspinatus', 'deltoid', 'scalenes'], source: upperBackArm },
  { area: 'Back-of-shoulder pain', region: 'posterior_shoulder', muscles: ['deltoid', 'levator_scapulae', 'scalenes'], source: upperBackArm },
  { area: 'Front-of-arm pain', region: 'upper_arm_anterior', muscles: ['scalenes', 'infraspinatus', 'biceps_brachii', 'brachialis'], source: upperBackArm },
  { area: 'Back-of-arm pain', region: 'upper_arm_posterior', muscles: ['scalenes', 'triceps_brachii', 'deltoid', 'subscapularis'], source: upperBackArm },
  { area: 'Upper-thoracic back pain', region: 'scapula_medial_border', muscles: ['scalenes', 'levator_scapulae'], source: upperBackArm },

  // Elbow to finger
  { area: 'Lateral epicondylar pain', region: 'lateral_elbow', muscles: ['supinator', 'brachioradialis', 'extensor_carpi_radialis_longus', 'triceps_brachii'], source: elbowFinger },
  { area: 'Medial epicondylar pain', region: 'medial_elbow', muscles: ['triceps_brachii', 'pectoralis_major', 'pectoralis_minor', 'serratus_anterior'], source: elbowFinger },
  { area: 'Olecranon pain', region: 'olecranon', muscles: ['triceps_brachii', 'serratus_posterior_superior'], source: elbowFinger },
  { area: 'Volar forearm pain', region: 'forearm_anterior', muscles: ['palmaris_longus', 'pronator_teres', 'serratus_anterior', 'triceps_brachii'], source: elbowFinger },
  { area: 'Dorsal wrist and hand pain', region: 'back_of_hand', muscles: ['extensor_carpi_radialis_brevis', 'extensor_carpi_radialis_longus', 'extensor_digitorum', 'extensor_indicis'], source: elbowFinger },
  { area: 'Base-of-thumb and radial hand pain', region: 'thumb', muscles: ['supinator', 'scalenes', 'brachialis', 'infraspinatus'], source: elbowFinger },
  { area: 'Volar wrist and palmar pain', region: 'wrist_volar', muscles: ['flexor_carpi_radialis', 'flexor_carpi_ulnaris', 'opponens_pollicis'], source: elbowFinger },
  { area: 'Volar finger pain', region: 'middle_finger', muscles: ['flexor_digitorum_superficialis', 'flexor_digitorum_profundus', 'dorsal_interossei_hand'], source: elbowFinger },

  // Upper trunk
  { area: 'Front-of-chest pain', region: 'upper_chest', muscles: ['pectoralis_major', 'pectoralis_minor', 'scalenes'], source: upperTrunk },
  { area: 'Side-of-chest pain', region: 'lateral_chest', muscles: ['serratus_anterior', 'latissimus_dorsi'], source: upperTrunk },
  { area: 'Abdominal pain', region: 'upper_abdomen', muscles: ['rectus_abdominis', 'external_oblique'], source: upperTrunk },

  // Low back, buttock and leg
  { area: 'Low back pain', region: 'low_back', muscles: ['quadratus_lumborum', 'iliopsoas', 'gluteus_medius', 'multifidus'], source: lowBackLeg },
  { area: 'Buttock pain', region: 'buttock', muscles: ['gluteus_medius', 'quadratus_lumborum', 'gluteus_maximus', 'iliocostalis_lumborum'], source: lowBackLeg },
  {
    area: 'Pelvic pain',
    region: 'coccyx',
    muscles: ['coccygeus', 'levator_ani', 'obturator_internus'],
    source: lowBackLeg,
    note: 'The pelvic-floor patterns of these three centre on the tailbone and anal region, which is the coccyx region here.',
  },

  // Hip, thigh and knee
  { area: 'Lateral thigh and hip pain', region: 'lateral_thigh', muscles: ['gluteus_minimus', 'vastus_lateralis'], source: hipThighKnee },
  { area: 'Anterior thigh pain', region: 'anterior_thigh', muscles: ['adductor_longus', 'adductor_brevis', 'iliopsoas'], source: hipThighKnee },
  { area: 'Medial thigh pain', region: 'medial_thigh', muscles: ['pectineus', 'vastus_medialis', 'gracilis', 'adductor_magnus'], source: hipThighKnee },
  { area: 'Anterior knee pain', region: 'knee_anterior', muscles: ['rectus_femoris', 'vastus_medialis'], source: hipThighKnee },
  { area: 'Posterior thigh pain', region: 'posterior_thigh', muscles: ['gluteus_minimus', 'semitendinosus', 'semimembranosus', 'biceps_femoris'], source: hipThighKnee },
  { area: 'Posterior knee pain', region: 'knee_posterior', muscles: ['gastrocnemius', 'biceps_femoris', 'popliteus', 'semitendinosus'], source: hipThighKnee },

  // Leg, ankle and foot
  { area: 'Anterior leg pain', region: 'shin_anterior', muscles: ['tibialis_anterior', 'adductor_longus', 'adductor_brevis'], source: legAnkleFoot },
  { area: 'Posterior leg pain', region: 'calf', muscles: ['soleus', 'gluteus_minimus', 'gastrocnemius', 'semitendinosus'], source: legAnkleFoot },
  { area: 'Anterior ankle pain', region: 'anterior_ankle', muscles: ['tibialis_anterior', 'peroneus_tertius', 'extensor_digitorum_longus', 'extensor_hallucis_longus'], source: legAnkleFoot },
  { area: 'Lateral ankle pain', region: 'lateral_ankle', muscles: ['peroneus_longus', 'peroneus_brevis', 'peroneus_tertius'], source: legAnkleFoot },
  { area: 'Posterior ankle pain', region: 'achilles', muscles: ['soleus', 'tibialis_posterior'], source: legAnkleFoot },
  { area: 'Heel pain', region: 'heel', muscles: ['soleus', 'quadratus_plantae', 'abductor_hallucis', 'tibialis_posterior'], source: legAnkleFoot },
  { area: 'Dorsal forefoot pain', region: 'top_of_foot', muscles: ['extensor_digitorum_brevis', 'extensor_hallucis_brevis', 'extensor_digitorum_longus', 'extensor_hallucis_longus'], source: legAnkleFoot },
  { area: 'Dorsal great toe pain', region: 'big_toe', muscles: ['tibialis_anterior', 'extensor_hallucis_longus', 'flexor_hallucis_brevis'], source: legAnkleFoot },
  { area: 'Plantar great toe pain', region: 'big_toe', muscles: ['flexor_hallucis_longus', 'flexor_hallucis_brevis', 'tibialis_posterior'], source: legAnkleFoot },
  { area: 'Dorsal lesser toe pain', region: 'lesser_toes', muscles: ['dorsal_interossei_foot', 'extensor_digitorum_longus'], source: legAnkleFoot },
  { area: 'Plantar lesser toe pain', region: 'lesser_toes', muscles: ['flexor_digitorum_longus', 'tibialis_posterior'], source: legAnkleFoot },
  { area: 'Metatarsal head pain', region: 'sole', muscles: ['flexor_hallucis_brevis', 'flexor_digitorum_brevis', 'adductor_hallucis', 'flexor_hallucis_longus'], source: legAnkleFoot },
  { area: 'Plantar midfoot pain', region: 'sole', muscles: ['gastrocnemius', 'flexor_digitorum_longus', 'adductor_hallucis'], source: legAnkleFoot },
]

/**
 * For each region, each listed muscle's place in its guide list (0 = listed first). Where two
 * areas map to one region (the big toe's top and underside), a muscle keeps its better place.
 */
const placeByRegion = new Map<RegionId, Map<MuscleId, number>>()
for (const a of painGuideAreas) {
  const places = placeByRegion.get(a.region) ?? new Map<MuscleId, number>()
  a.muscles.forEach((m, i) => {
    const seen = places.get(m)
    if (seen === undefined || i < seen) places.set(m, i)
  })
  placeByRegion.set(a.region, places)
}

/**
 * Where Travell & Simons' guide for `region` lists `muscle`: 0 when first, 1 when second, ...;
 * undefined when no guide area for the region lists it among its first muscles.
 */
export function guidePlace(region: RegionId, muscle: MuscleId): number | undefined {
  return placeByRegion.get(region)?.get(muscle)
}
