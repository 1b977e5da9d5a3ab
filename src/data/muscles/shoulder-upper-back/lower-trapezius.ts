/** Lower trapezius: trigger points, referred pain and care. */
import type { Muscle } from '../../types.ts'

export const lowerTrapezius = {
  name: 'Lower trapezius',
  latin: 'Musculus trapezius, pars ascendens',
  synonyms: ['lower traps', 'ascending trapezius'],
  area: 'shoulder_upper_back',
  layer: 'superficial',
  parts: [{ id: 'ascending_part', name: 'Ascending (lower) part', fma: { left: 'FMA33583', right: 'FMA33581' } }],
  attachments: {
    origin: 'The spines of the middle and lower thoracic vertebrae (about T4 to T12).',
    insertion: 'The inner end of the bony spine of the shoulder blade.',
  },
  actions: [
    'Pulls the shoulder blade down and toward the spine.',
    'Helps turn the shoulder blade upward so the arm can be raised overhead.',
  ],
  triggerPoints: [
    {
      id: 'trp3',
      label: 'TrP3',
      location:
        'In the outer edge of the lower part of the muscle, about level with the lower half of the shoulder blade, close to its inner edge.',
      clinicalLocation:
        'Lateral border of the ascending fibres where they cross the vertebral border of the scapula at about the level of its lower half; pincer or flat palpation against the ribs with the scapula protracted (arms crossed in front).',
      position: { along: 0.5, around: 0.75 },
      essentialZone: ['posterior_neck'],
      spilloverZone: ['upper_shoulder_top', 'scapula_body'],
    },
    {
      id: 'trp4',
      label: 'TrP4',
      location: 'Near the inner edge of the shoulder blade, just below the inner end of its bony spine.',
      clinicalLocation:
        'Ascending fibres just below the medial end of the scapular spine, near their aponeurotic attachment; flat palpation against the scapula.',
      position: { along: 0.9, around: 0 },
      essentialZone: ['scapula_medial_border'],
      spilloverZone: [],
    },
  ],
  referredPain:
    'TrP3 sends pain far upward, to the high back of the neck and the bony bump behind the ear, and sometimes to the top of the shoulder; TrP4 gives a burning pain along the inner edge of the shoulder blade.',
  clinicalSummary:
    'TrP3 refers high, to the suboccipital region and mastoid area, with spillover to the acromion and suprascapular region; because the trigger point lies far below the pain it is easily overlooked, and it should be checked whenever upper neck pain persists after upper trapezius treatment. TrP4 gives a burning pain along the vertebral border of the scapula. Examine with the scapula protracted. Slumped sitting with the arms forward keeps the muscle lengthened and overloaded.',
  symptoms: [
    'Pain high in the back of the neck whose source, far below, is easily overlooked.',
    'Aching across the top of the shoulder.',
    'Burning along the inner edge of the shoulder blade.',
  ],
  perpetuatingFactors: [
    'Sitting slumped with the arms reaching forward.',
    'Leaning forward for long periods, for example over a low work surface.',
    'Rounded-shoulder posture.',
  ],
  associatedMuscles: ['upper_trapezius', 'middle_trapezius', 'rhomboids', 'latissimus_dorsi'],
  selfCare: {
    stretch: {
      name: 'Forward-reach stretch',
      steps: [
        'Sit on a chair with your feet apart.',
        'Cross your arms, taking hold of the opposite shoulders, or reach both arms forward and down between your knees.',
        'Round your upper back and let your head hang forward.',
        'Breathe slowly into your back and hold for about 30 seconds, then roll up slowly.',
      ],
      cautions: [
        'Keep it gentle if you have osteoporosis, a disc problem or a recent back injury.',
        'Come up slowly if you feel light-headed.',
      ],
    },
    selfPressure: {
      name: 'Ball below the shoulder blade',
      steps: [
        'Stand with your back to a wall, or lie on your back, with a tennis ball just inside the lower half of the shoulder blade.',
        'Cross the arm of that side over your chest to move the shoulder blade outward.',
        'Lean into the ball on a tender spot for 30 to 60 seconds.',
        'Work along the inner edge of the shoulder blade up to its bony spine.',
      ],
      cautions: ['Keep the ball off the spine itself.', 'Ease off if the pressure causes sharp or radiating pain.'],
    },
  },
  treatments: [
    { id: 'heat' },
    { id: 'self_massage_pressure' },
    { id: 'gentle_stretching_yoga' },
    {
      id: 'sitting_habits',
      note: 'Sitting back in the chair with the work close, rather than slumping forward toward it.',
    },
    { id: 'posture' },
    { id: 'spray_and_stretch' },
    { id: 'therapeutic_massage' },
    { id: 'manual_therapy' },
  ],
  sources: [
    { source: 'simons_travell_vol1_1999', locator: 'chapter "Trapezius Muscle"; pain-pattern figures, pp. 279-281' },
  ],
} as const satisfies Muscle
