/**
 * The colours shared by the skin shader and the panels' legends (one source for both; the scene
 * and the ui may both read state, not each other).
 */

/**
 * The muscles compared, in order: Okabe & Ito's colour-blind-safe hues, darkened to keep 3:1
 * against the skin (WCAG non-text contrast). No red: red stays the pain of one muscle.
 */
export const compareColors = ['#0072b2', '#b35c00', '#007a5a', '#a24f88'] as const

/** The hatch angle of each compared muscle, in degrees from horizontal (shader and swatch). */
export const compareAngles = [45, 135, 0, 90] as const

/** The heat scale of "where it hurt most", from one drawing to all (ColorBrewer YlGnBu stops). */
export const heatScale = ['#ffffcc', '#41b6c4', '#253494'] as const
