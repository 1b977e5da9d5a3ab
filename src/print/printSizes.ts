/**
 * The printed size of the body pictures and the pixels they are drawn with. One place, so the
 * stylesheet's size (set from these numbers) and the renderer's pixels cannot drift apart.
 */

/** Each picture's printed size: two side by side leave a column for the link and its QR code on A4 and Letter. */
export const pictureMm = { width: 60, height: 90 } as const

/** Drawn at 220 dots per inch: sharp on paper, well above the 150 dpi a print needs. */
export const pictureDpi = 220

const mmPerInch = 25.4
/** CSS pixels per inch (CSS fixes 96). */
const cssPerInch = 96

/** Pixels needed to print `mm` millimetres at `dpi` dots per inch. */
export function pixelsFor(mm: number, dpi: number): number {
  return Math.ceil((mm / mmPerInch) * dpi)
}

/** The CSS pixels `mm` millimetres take on paper. */
export function cssPixelsFor(mm: number): number {
  return (mm / mmPerInch) * cssPerInch
}

/** Each picture's pixel size. */
export const picturePixels = {
  width: pixelsFor(pictureMm.width, pictureDpi),
  height: pixelsFor(pictureMm.height, pictureDpi),
} as const
