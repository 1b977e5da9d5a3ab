import type { SourceRef } from '../data/types.ts'
import { sourceCatalogue } from './sourceCatalogue.ts'

/**
 * Citations a reader can check: full reference, where in it, DOI or PMID as links. The
 * catalogue is its own chunk (sourceCatalogue.ts); until it is in, one line says so.
 */
export function SourceList({ refs }: { refs: readonly SourceRef[] }) {
  const { value: sources, failed } = sourceCatalogue.useModule()
  if (!sources)
    return (
      <p className="sources-loading" role="status">
        {failed ? 'The sources could not be loaded. Reload the page to see them.' : 'Loading the sources…'}
      </p>
    )
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
