import type { Vec3 } from '../generator/figures.ts'

/** One part to fit. */
export interface PartSpec {
  muscle: string
  part: string
  /** FMA id of the LEFT part in the reference. */
  fma: string
  /** The origin end lies this way from the insertion end. */
  originToward: Vec3
  /** Why that end is the origin (the attachment), for the reader. */
  origin: string
  /** Toward the skin ("around" 0); measured from the skin when omitted. */
  superficial?: Vec3
  /**
   * Fibre direction, when the part's longest extent is not along its fibres (fans, sheets
   * that wrap the trunk, sets of small muscles side by side).
   */
  axis?: Vec3
  /**
   * Fit a sheet (./sheet-fit.ts: mid-surface + thickness, 100 numbers) instead of a tube: for
   * broad muscles a few millimetres thick that wrap the trunk, which a tube cannot follow.
   */
  sheet?: boolean
  /**
   * Sheets only: pull the sheet's area-weighted centroid toward the reference's, as lightly as
   * every tube is (the fit settings' `centroidWeight`). Off when omitted, so that a sheet
   * follows the surface alone; for a reference whose centroid its surface does not carry.
   */
  sheetCentroid?: boolean
  /**
   * Sheets only: a dome (the diaphragm). Its first guess is unrolled on a cylinder whose axis
   * runs front to back at this height (metres) rather than round the trunk's vertical axis.
   */
  domeAxisY?: number
  /**
   * Fit the right side too, to its own reference (mirrored into the left frame), where the two
   * sides are not mirror images: the figure then carries `rightParts`.
   */
  ownRight?: boolean
  /** Sheets only: a flat muscle facing forward or back, unrolled on the frontal plane (see sheet-fit.ts). */
  flat?: boolean
  /**
   * For thin sheets (a few mm) that curve, fitted as tubes: fit to the reference surface moved this far out
   * along its normals (metres), so that the tube's two faces do not fold onto one another.
   */
  inflate?: number
  /**
   * Leave the volume as the surface fit gives it, where the reference's volume cannot be
   * trusted (say why in `note`); otherwise models/fit/volume-match.ts matches it.
   */
  keepVolume?: boolean
  /**
   * What is known to be off in the fit, because of the reference or of the tube shape
   * (shown in the fit report).
   */
  note?: string
}
