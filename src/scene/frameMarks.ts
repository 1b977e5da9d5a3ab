/** The User Timing marks the app leaves when the body reaches the screen. */
export const frameMarks = {
  /**
   * The body painted before the scene's code has loaded (src/firstPaint.ts), on a bare address: what
   * the scene's first frame with the skin then shows too. The body is on screen from whichever
   * of the two comes first.
   */
  painted: 'triggermap:body-painted',
  /** The first frame with the skin: the body's outline (the muscles' file follows it). */
  skin: 'triggermap:skin-drawn',
  /** The first frame with the muscles: the whole body, ready to pick. */
  muscles: 'triggermap:muscles-drawn',
} as const
