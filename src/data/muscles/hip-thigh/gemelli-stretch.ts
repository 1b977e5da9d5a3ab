/**
 * The lying knee-across-the-body stretch for the gemelli, shared by the two muscles that use
 * it unchanged (superior and inferior gemellus), so the steps cannot drift apart.
 */
import type { SelfCareTechnique } from '../../types.ts'

export const gemelliStretch = {
  name: 'Knee-across-the-body stretch',
  steps: [
    'Lie on your back with both knees bent and feet flat.',
    'Bring the knee of the sore side up until the hip is bent to about a right angle.',
    'With the opposite hand, draw the knee slowly across the body toward the opposite shoulder until you feel a stretch deep in the buttock.',
    'Breathe slowly and hold for 30 seconds, then release; repeat two or three times.',
  ],
  cautions: [
    'After a hip replacement, do not bring the knee across the body unless your surgeon agrees.',
    'Stop if tingling or numbness runs down the leg.',
  ],
} as const satisfies SelfCareTechnique
