/** Deltoid: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const deltoid = {
  name: 'Deltoid',
  latin: 'Musculus deltoideus',
  synonyms: ['delts', 'shoulder cap muscle', 'front delt', 'side delt', 'rear delt'],
  area: 'shoulder_upper_back',
  layer: 'superficial',
  parts: [
    { id: 'anterior', name: 'Anterior (clavicular) part', fma: { left: 'FMA34681', right: 'FMA34680' } },
    { id: 'middle', name: 'Middle (acromial) part', fma: { left: 'FMA34683', right: 'FMA34682' } },
    { id: 'posterior', name: 'Posterior (spinal) part', fma: { left: 'FMA34685', right: 'FMA34684' } },
  ],
  attachments: {
    origin:
      'Front part: the outer third of the collarbone. Middle part: the tip of the shoulder (acromion). Back part: the bony spine of the shoulder blade.',
    insertion: 'A rough patch on the outer side of the arm bone, about halfway down (deltoid tuberosity).',
  },
  actions: [
    'Front part: raises the arm forward and turns it inward.',
    'Middle part: raises the arm out to the side.',
    'Back part: takes the arm backward and turns it outward.',
  ],
  triggerPoints: [
    {
      id: 'anterior',
      label: 'Anterior deltoid TrP',
      location: 'In the upper half of the front of the shoulder cap, just below and outside the collarbone.',
      clinicalLocation:
        'Anterior (clavicular) deltoid in the upper half of the muscle near its anterior border, just below and lateral to the clavicle; flat or pincer palpation with the arm slightly abducted.',
      position: { part: 'anterior', along: 0.35, around: 0 },
      essentialZone: ['anterior_shoulder'],
      spilloverZone: ['lateral_shoulder_deltoid', 'upper_arm_anterior'],
    },
    {
      id: 'middle',
      label: 'Middle deltoid TrP',
      location: 'In the middle of the outer shoulder cap, below the tip of the shoulder.',
      clinicalLocation:
        'Central belly of the middle (acromial) deltoid below the acromion; flat palpation against the humerus.',
      position: { part: 'middle', along: 0.45, around: 0 },
      essentialZone: ['lateral_shoulder_deltoid'],
      spilloverZone: ['upper_arm_lateral'],
    },
    {
      id: 'posterior',
      label: 'Posterior deltoid TrP',
      location: 'In the back of the shoulder cap, toward its lower back edge.',
      clinicalLocation:
        'Posterior (spinal) deltoid toward its lower posterior border, in the mid-belly; flat or pincer palpation.',
      position: { part: 'posterior', along: 0.5, around: 0 },
      essentialZone: ['posterior_shoulder'],
      spilloverZone: ['lateral_shoulder_deltoid', 'upper_arm_posterior'],
    },
  ],
  referredPain:
    'Pain stays mostly in the part of the muscle that holds the trigger point: the front, side or back of the shoulder cap, sometimes spreading a little down the arm.',
  clinicalSummary:
    "Deltoid trigger points refer locally, to the region of the part involved (anterior, lateral or posterior shoulder), with modest spread down the arm; pain is worse with movement than at rest, and flexion and abduction are weak. Unlike the deep shoulder pain referred from the infraspinatus, supraspinatus or scalenes, the pain lies over the trigger point itself; deltoid trigger points may also develop secondarily within those muscles' referral zones. Consider subacromial bursitis, cuff tendinopathy, C5 radiculopathy and axillary neuropathy.",
  symptoms: [
    'Shoulder pain when raising the arm, worse with movement than at rest.',
    'Weakness when lifting the arm forward or out to the side.',
    'Difficulty reaching behind (front part) or across the body (back part).',
  ],
  perpetuatingFactors: [
    'A sudden overload or a direct blow to the shoulder.',
    'Holding the arm raised for long, for example using power tools or working overhead.',
    'Repeated lifting or reaching, and sports such as tennis or skiing.',
    'Injections into the muscle.',
  ],
  associatedMuscles: [
    'supraspinatus',
    'infraspinatus',
    'biceps_brachii',
    'pectoralis_major',
    'triceps_brachii',
    'latissimus_dorsi',
  ],
  selfCare: {
    stretch: {
      name: 'Front and back deltoid stretches',
      steps: [
        'Front part: stand with your back to a table, hold its edge with both hands behind you, and bend your knees slightly until you feel a stretch at the front of the shoulders.',
        'Hold for about 30 seconds, then stand up to release.',
        'Back part: bring the arm of the sore side across your chest.',
        'With the other hand at the elbow, draw it gently toward the chest and hold for about 30 seconds.',
      ],
      cautions: [
        'Stop if you feel pinching deep in the shoulder joint.',
        'Do not push a shoulder that has recently dislocated or been operated on; ask your clinician.',
      ],
    },
    selfPressure: {
      name: 'Fingertip or ball pressure on the shoulder cap',
      steps: [
        'Rest the forearm of the sore side on a table so the shoulder relaxes.',
        'With the fingertips of the other hand, press tender spots in the front and side of the shoulder cap for 20 to 30 seconds.',
        'For the back part, lean the back of the shoulder against a ball on a wall.',
        'Work over the whole cap in small steps.',
      ],
      cautions: [
        'Keep the pressure to a tolerable ache.',
        'A shoulder that is hot, swollen or suddenly very weak needs a clinician rather than massage.',
      ],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'rest_pacing', note: 'Breaking up long spells of overhead work.' },
    { id: 'ergonomic_workstation', note: 'Keeping tools and work below shoulder height.' },
    { id: 'spray_and_stretch' },
    { id: 'trigger_point_injection' },
    { id: 'therapeutic_massage' },
    { id: 'physical_therapy' },
  ],
  sources: [{ source: 'simons_travell_vol1_1999', locator: 'chapter "Deltoid Muscle"; pain-pattern figure, p. 624' }],
} as const satisfies Muscle
