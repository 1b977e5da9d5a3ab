/** The User Timing marks the app leaves when the body reaches the screen. */
export const frameMarks = {
  /** The first frame with the skin: the body's outline (the muscles' file follows it). */
  skin: 'triggermap:skin-drawn',
  /** The first frame with the muscles: the whole body, ready to pick. */
  muscles: 'triggermap:muscles-drawn',
} as const
