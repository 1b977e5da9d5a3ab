import { useId, useRef, useState, type KeyboardEvent } from 'react'
import { explainers, type ExplainerId } from '../data/explainers.ts'
import { muscles, type MuscleId } from '../data/muscles.ts'
import { openExplainer, selectMuscle, useAppStore } from '../state/store.ts'
import { redFlagsForQuery } from '../lookup/redFlags.ts'
import { searchExplainers, searchMuscleHits } from '../lookup/searchMuscles.ts'
import { RedFlagNotice } from './RedFlagNotice.tsx'
import { useFittingHint } from './fittingHint.ts'

type Option =
  { kind: 'muscle'; muscle: MuscleId; reason?: string } | { kind: 'explainer'; explainer: ExplainerId; reason: string }

/** The search field's hint on a 360 px phone, and so in the first view drawn at build time. */
const phoneHint = 'Muscle or pain'
/** The search field's hints, longest first: the longest that fits the field is shown (fittingHint.ts). */
const searchHints = [
  'Search a muscle or where it hurts (e.g. headache)',
  'Muscle or where it hurts',
  phoneHint,
  'Search',
]

/**
 * Search box (ARIA combobox): type, arrows to move, Enter opens the muscle (framed on the body)
 * or the explainer page. Muscles and explainer pages are two groups of the one list. When the
 * query names a place or symptom a dangerous condition can mimic ("chest pain"), the red-flag
 * notice sits above the results; a query with no match says so and suggests what to try.
 * The muscle keeps the side already in view (left by default); the panel switches sides.
 */
export function MuscleSearch() {
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const listId = useId()
  const field = useRef<HTMLInputElement>(null)
  const hint = useFittingHint(field, searchHints, phoneHint)
  const muscleHits = searchMuscleHits(query)
  const explainerHits = searchExplainers(query)
  const options: Option[] = [
    ...muscleHits.map((h): Option => ({ kind: 'muscle', ...h })),
    ...explainerHits.map((h): Option => ({ kind: 'explainer', ...h })),
  ]
  const flags = redFlagsForQuery(query)
  const typed = query.trim().length > 0
  const open = options.length > 0
  const showPopup = typed && (open || flags.length > 0 || query.trim().length >= 3)

  const reset = () => {
    setQuery('')
    setActive(0)
  }
  const choose = (o: Option) => {
    if (o.kind === 'muscle') {
      const side = useAppStore.getState().selected?.side ?? 'left'
      selectMuscle({ muscle: o.muscle, side }, { frame: true, navigation: 'push' })
    } else {
      openExplainer(o.explainer)
    }
    reset()
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && open) {
      e.preventDefault()
      setActive((a) => (a + 1) % options.length)
    } else if (e.key === 'ArrowUp' && open) {
      e.preventDefault()
      setActive((a) => (a - 1 + options.length) % options.length)
    } else if (e.key === 'Enter' && open) {
      e.preventDefault()
      const option = options[Math.min(active, options.length - 1)]
      if (option) choose(option)
    } else if (e.key === 'Escape') {
      setQuery('')
    }
  }

  const option = (o: Option, i: number) => (
    <li
      key={o.kind === 'muscle' ? o.muscle : `explainer-${o.explainer}`}
      id={`${listId}-${i}`}
      role="option"
      aria-selected={i === active}
      className={o.kind === 'explainer' ? 'explainer-hit' : undefined}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => choose(o)}
    >
      {o.kind === 'muscle' ? (
        <>
          <span className="option-name">{muscles[o.muscle].name}</span>{' '}
          {o.reason ? (
            <span className="reason">{o.reason}</span>
          ) : (
            <span className="latin" lang="la">
              {muscles[o.muscle].latin}
            </span>
          )}
        </>
      ) : (
        <>
          <span className="option-name">{explainers[o.explainer].title}</span>{' '}
          <span className="reason">{o.reason}</span>
        </>
      )}
    </li>
  )

  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        Search muscles
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        ref={field}
        placeholder={hint}
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setActive(0)
        }}
        onKeyDown={onKeyDown}
      />
      <div
        className="search-results"
        hidden={!showPopup}
        onMouseDown={(e) => {
          if ((e.target as HTMLElement).closest('[role="option"]')) e.preventDefault()
        }}
      >
        {flags.length > 0 && (
          <div className="search-red-flags">
            <RedFlagNotice ids={flags} level={2} brief={2} />
          </div>
        )}
        {!open && typed && (
          <div className="search-empty" role="status">
            <p>Nothing matches “{query.trim()}”.</p>
            <p>
              Try a body part (“calf”, “back of the knee”), a muscle name (“trapezius”), or everyday words such as
              “headache”, “tennis elbow” or “low back pain”.
            </p>
          </div>
        )}
        <div id={listId} role="listbox" aria-label="Search results" hidden={!open}>
          {muscleHits.length > 0 && (
            <ul role="group" aria-label="Muscles" className="search-group">
              {options.filter((o) => o.kind === 'muscle').map((o, i) => option(o, i))}
            </ul>
          )}
          {explainerHits.length > 0 && (
            <ul role="group" aria-label="Explainer pages" className="search-group">
              <li role="presentation" className="search-group-label" aria-hidden="true">
                Explainer pages
              </li>
              {options.filter((o) => o.kind === 'explainer').map((o, i) => option(o, muscleHits.length + i))}
            </ul>
          )}
        </div>
      </div>
    </div>
  )
}
