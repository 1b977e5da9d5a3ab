import type { SourceId } from './sources.ts'

/** A pointer to a source, with where in it (chapter, page, table) when that helps a reader. */
export interface SourceRef {
  source: SourceId
  /** e.g. "ch. 22" or "pp. 552-563"; say only what you checked. */
  locator?: string
}
