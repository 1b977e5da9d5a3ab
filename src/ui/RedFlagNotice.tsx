import { useId } from 'react'
import { redFlags, type RedFlagId } from '../data/red-flags.ts'
import type { SourceRef } from '../data/types.ts'
import { ExplainerLink } from './ExplainerLink.tsx'
import { SourceList } from './SourceList.tsx'

interface RedFlagNoticeProps {
  /** The notices to show, most urgent first (from `src/lookup/redFlags.ts`). Nothing renders when empty. */
  ids: readonly RedFlagId[]
  /** Heading level of the notice's heading, to fit the panel it sits in. */
  level?: 2 | 3 | 4
  /** Show the full text of only the first `brief` notices, the rest by title (the search list is short of room). */
  brief?: number
}

/**
 * "Check first": the dangers this pain can mimic, shown next to the results that raised them,
 * in a calm amber box (red is kept for pain). A labelled note, so a screen reader meets it
 * with the results; each notice says what to do, and the box links to "When to see a clinician".
 */
export function RedFlagNotice({ ids, level = 3, brief }: RedFlagNoticeProps) {
  const headingId = useId()
  if (ids.length === 0) return null
  const Heading = `h${level}` as const
  const full = brief === undefined ? ids : ids.slice(0, brief)
  const rest = brief === undefined ? [] : ids.slice(brief)
  const refs: SourceRef[] = []
  for (const id of ids)
    for (const r of redFlags[id].sources)
      if (!refs.some((x) => x.source === r.source && x.locator === r.locator)) refs.push(r)
  return (
    <section className="red-flags" role="note" aria-labelledby={headingId} data-red-flags={ids.join(' ')}>
      <Heading id={headingId} className="red-flags-heading">
        Check first: when this pain needs a doctor
      </Heading>
      <ul className="red-flags-list">
        {full.map((id) => (
          <li key={id}>
            <strong className="red-flag-title">{redFlags[id].title}.</strong> {redFlags[id].text}
          </li>
        ))}
        {rest.map((id) => (
          <li key={id}>
            <strong className="red-flag-title">{redFlags[id].title}.</strong>
          </li>
        ))}
      </ul>
      <p className="red-flags-more">
        <ExplainerLink id="when_to_see_a_clinician">When to see a clinician</ExplainerLink>
      </p>
      <details className="red-flags-sources">
        <summary>Sources for this notice</summary>
        <SourceList refs={refs} />
      </details>
    </section>
  )
}

/**
 * The notice in a line or a few: the most urgent title, so a result or a pattern that can mimic
 * danger is never on screen without it. In the phone sheet's peek and above a list, the full
 * notice further on. `repeated`: a copy of a full notice already read in the panel (the title
 * hanging at the top of a scrolled panel), shown but not read out a second time.
 */
export function RedFlagPeek({ ids, repeated = false }: { ids: readonly RedFlagId[]; repeated?: boolean }) {
  const [first] = ids
  if (first === undefined) return null
  const more = ids.length - 1
  return (
    <p className="red-flag-peek" {...(repeated ? { 'aria-hidden': true } : { role: 'note' })}>
      <strong>Check first:</strong> {redFlags[first].title}
      {more > 0 ? ` (and ${more} more)` : ''}.
    </p>
  )
}
