/** Lateral pterygoid: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const lateralPterygoid = {
  name: 'Lateral pterygoid',
  latin: 'Musculus pterygoideus lateralis',
  synonyms: ['external pterygoid', 'pterygoideus lateralis', 'jaw joint muscle'],
  area: 'head_neck',
  layer: 'deep',
  parts: [{ id: 'belly', name: 'Lateral pterygoid' }],
  attachments: {
    origin:
      'Two heads deep under the cheekbone arch: the upper (superior) head from the underside of the greater wing of the sphenoid bone (infratemporal surface and crest); the larger lower (inferior) head from the outer surface of the lateral pterygoid plate. Both run almost horizontally backward and outward.',
    insertion:
      'The front of the neck of the jaw (pterygoid fovea of the condylar process) just below the jaw joint; some upper-head fibres reach the front of the joint capsule and its disc.',
  },
  actions: [
    'Pulls the jaw forward and helps open the mouth (mainly the lower head).',
    'One side swings the jaw toward the opposite side, as in grinding food.',
    'The upper head steadies the jaw joint and its disc while the jaw closes.',
  ],
  triggerPoints: [
    {
      id: 'inferior_division',
      label: 'Lower head TrP',
      location:
        'Deep under the cheekbone arch, in front of the jaw joint; a clinician feels for it through the cheek, in the notch of the jawbone just in front of the ear, with the mouth slightly open.',
      clinicalLocation:
        'Inferior division near its mid-belly; examined externally through the masseter and the mandibular (sigmoid) notch between the coronoid and condylar processes with the mouth open a little, or intraorally with the little finger behind the maxillary tuberosity toward the lateral pterygoid plate (an approach whose validity is disputed).',
      position: { along: 0.5, around: 0 },
      essentialZone: ['jaw_tmj', 'cheek_maxilla'],
      spilloverZone: [],
    },
    {
      id: 'superior_division',
      label: 'Upper head TrP',
      location: 'Deep under the cheekbone arch, just in front of and a little above the jaw joint.',
      clinicalLocation:
        'Superior division close to its insertion near the anterior TMJ capsule; reached only indirectly, through the masseter and the upper part of the mandibular notch just below the zygomatic arch, with the mouth slightly open.',
      position: { along: 0.7, around: 0 },
      essentialZone: ['jaw_tmj', 'cheek_maxilla'],
      spilloverZone: [],
    },
  ],
  referredPain:
    'Deep pain in the jaw joint in front of the ear, and in the cheek over the upper jaw, where it can feel like sinus pain.',
  clinicalSummary:
    'Travell and Simons regard the lateral pterygoid as a principal myofascial source of TMJ-region pain: TrPs refer deep into the TMJ and to the maxillary sinus region, and can mimic TMJ arthropathy or sinusitis. Findings include pain on protrusion or contralateral excursion, a deviated opening path and an altered feeling of the bite. The muscle can be examined only indirectly; a systematic review concluded that intraoral palpation of the lateral pterygoid area lacks validity and reliability, while a later cadaver and imaging study reported the inferior head reachable intraorally, so palpation findings here are weak evidence. Differentiate from internal derangement or arthritis of the TMJ, sinusitis and dental pathology.',
  symptoms: [
    'Jaw pain in front of the ear, worse when chewing or pushing the jaw forward.',
    'Cheek pain over the upper jaw that can feel like sinus pain.',
    'A feeling that the back teeth do not meet properly.',
    'Jaw clicking or a jaw that moves to one side when opening (which a dentist should check).',
  ],
  perpetuatingFactors: [
    'Grinding the teeth, especially from side to side, and chewing gum.',
    'Holding the jaw forward, for example when playing a wind instrument or holding a violin under the chin.',
    'Forward head posture.',
    'Emotional tension, which often shows as clenching or jaw bracing.',
  ],
  associatedMuscles: ['medial_pterygoid', 'masseter', 'temporalis', 'sternocleidomastoid'],
  selfCare: {
    stretch: {
      name: 'Tongue-up jaw opening',
      steps: [
        'Warm the side of the face in front of the ear with a warm, moist cloth for a few minutes.',
        'Sit upright and place the tip of the tongue on the roof of the mouth, as far back as is comfortable.',
        'Keeping the tongue there, open and close the mouth slowly; the jaw should hinge rather than slide forward.',
        'Repeat five or six times, several times a day.',
      ],
      cautions: [
        'Keep the movements small and painless; stop if the jaw joint catches, locks or hurts more.',
        'This muscle lies behind the jawbone and cannot be reached or stretched directly at home: a dentist or clinician trained in jaw disorders should examine it.',
      ],
    },
    selfPressure: {
      name: 'Warmth and relaxation instead of pressure',
      steps: [
        'Do not press inside your mouth or dig in front of the ear: the muscle lies deep and self-pressure is not advised.',
        'Lay a warm, moist cloth over the cheek and jaw joint for 10 to 15 minutes.',
        'Let the jaw rest: lips together, teeth apart, tongue resting lightly on the roof of the mouth.',
        'Practise slow belly breathing and let go of clenching each time you notice it.',
      ],
      cautions: [
        'A jaw that locks, a bite that suddenly changes, or swelling in front of the ear needs a dentist or doctor.',
        'Leave pressure and needling of this muscle to a trained clinician.',
      ],
    },
  },
  treatments: [
    { id: 'heat', note: 'Moist heat over the cheek and jaw joint.' },
    { id: 'relaxation_meditation', note: 'Lips together, teeth apart, to break the habit of clenching and grinding.' },
    { id: 'posture' },
    { id: 'physical_therapy', note: 'Jaw exercises guided by a clinician trained in jaw disorders.' },
    { id: 'spray_and_stretch' },
    { id: 'dry_needling', note: 'Only by a clinician trained to needle this deep jaw muscle.' },
    {
      id: 'trigger_point_injection',
      note: 'Done by a trained clinician, through the jaw notch or from inside the mouth.',
    },
  ],
  sources: [
    {
      source: 'simons_travell_vol1_1999',
      locator: 'chapter on the lateral pterygoid muscle; pain-pattern figure, p. 380',
    },
    { source: 'turp_2001_lateral_pterygoid_palpation' },
    { source: 'stelzenmueller_2016_lateral_pterygoid_palpability' },
    {
      source: 'stratmann_2000_lateral_pterygoid_palpation',
      locator:
        'cadaver study of 53 bodies: intraoral palpation often fell short of the lower head, with many false positives',
    },
  ],
  uncertain:
    'Whether this deep muscle can be felt at all is disputed: a 2000 cadaver study found that a finger pressed inside the mouth usually stopped short of it, often on a slip of the medial pterygoid, and a 2001 review found no proof that it can be palpated, while a 2016 study of five specimens reported that its lower head can be reached. No referral-mapping study of this muscle was found, so its pain pattern rests on Travell and Simons and its share in jaw-joint pain is uncertain.',
} as const satisfies Muscle
