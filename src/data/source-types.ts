/** The shape of a source (data/sources.ts); apart from types.ts so the source files import no ids. */
/** A published, checkable source. */
export interface Source {
  kind: 'book' | 'article' | 'review' | 'guideline'
  /** Full citation as a reader would look it up (authors, title, venue, year). */
  citation: string
  doi?: string
  pmid?: string
  isbn?: string
  /** A stable page for the source, if it has one (shown as text, never fetched by the app). */
  url?: string
}
