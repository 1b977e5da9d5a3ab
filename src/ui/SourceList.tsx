import { sources } from '../data/sources.ts'
import type { SourceRef } from '../data/types.ts'

/** Citations a reader can check: full reference, where in it, DOI or PMID as links. */
export function SourceList({ refs }: { refs: readonly SourceRef[] }) {
  return (
    <ol className="sources">
      {refs.map((ref) => {
        const s: { citation: string; doi?: string; pmid?: string; isbn?: string } = sources[ref.source]
        return (
          <li key={`${ref.source}-${ref.locator ?? ''}`}>
            {s.citation}
            {ref.locator && <> ({ref.locator})</>}
            {s.doi && (
              <>
                {' '}
                doi:{' '}
                <a href={`https://doi.org/${s.doi}`} rel="noreferrer noopener" target="_blank">
                  {s.doi}
                </a>
              </>
            )}
            {s.pmid && (
              <>
                {' '}
                PMID:{' '}
                <a href={`https://pubmed.ncbi.nlm.nih.gov/${s.pmid}/`} rel="noreferrer noopener" target="_blank">
                  {s.pmid}
                </a>
              </>
            )}
            {s.isbn && !s.doi && <> ISBN {s.isbn}</>}
          </li>
        )
      })}
    </ol>
  )
}
