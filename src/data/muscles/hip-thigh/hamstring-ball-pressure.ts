/**
 * Ball pressure under the back of the thigh, shared by the three hamstrings: only where the
 * ball goes differs (toward the outer side for the biceps femoris, the inner side for the
 * other two), so the steps and cautions cannot drift apart.
 */
import type { SelfCareTechnique } from '../../types.ts'

export function hamstringBallPressure(placement: string): SelfCareTechnique {
  return {
    name: 'Ball under the back of the thigh',
    steps: [
      `Sit on a firm chair with a tennis ball under ${placement}.`,
      'Let the weight of the leg rest on the ball, shifting slowly until you find a tender spot.',
      'Hold for 30 to 60 seconds until it eases, then move along.',
      'Gently bend and straighten the knee a few times afterwards.',
    ],
    cautions: [
      'Stay out of the hollow at the back of the knee, where nerves and vessels run close to the surface.',
      'Move the ball if you feel tingling or numbness in the leg.',
    ],
  }
}
