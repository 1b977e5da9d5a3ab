/**
 * The lying strap stretch for the hamstrings, shared by the muscles that use it
 * unchanged (biceps femoris, semitendinosus), so the steps cannot drift apart.
 */
import type { SelfCareTechnique } from '../../types.ts'

export const hamstringStrapStretch = {
  name: 'Lying hamstring stretch with a strap',
  steps: [
    'Lie on your back with a strap or towel around the ball of the foot of the sore leg.',
    'Keep the other knee bent with the foot flat on the floor.',
    'Raise the sore leg with the knee almost straight until you feel a stretch along the back of the thigh.',
    'Hold for 30 seconds, breathing slowly, then lower the leg.',
    'Repeat two or three times.',
  ],
  cautions: [
    'Do not bounce, and do not force the knee straight.',
    'Stop if tingling or burning runs down the leg: that means the sciatic nerve is being stretched.',
  ],
} as const satisfies SelfCareTechnique
