/** The shape of a body region (data/regions.ts); apart from types.ts so regions.ts imports no ids. */
/** A body-surface region of the shared vocabulary (`../shared/spec/body-regions.json`). */
export interface BodyRegion {
  group: string
  label: string
  where: string
  /** Midline regions (sternum, sacrum, ...) have no side: they match marks on either side. */
  midline?: boolean
}
