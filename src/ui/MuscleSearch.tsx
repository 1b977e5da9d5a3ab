import { useId, useState, type KeyboardEvent } from 'react'
import { muscles, type MuscleId } from '../data/muscles.ts'
import { selectMuscle, useAppStore } from '../state/store.ts'
import { searchMuscleHits } from '../lookup/searchMuscles.ts'

/**
 * Search box (ARIA combobox): type, arrows to move, Enter selects the muscle and frames it.
 * The muscle keeps the side already in view (left by default); the panel switches sides.
 */
export function MuscleSearch() {
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const listId = useId()
  const results = searchMuscleHits(query)
  const open = results.length > 0

  const choose = (id: MuscleId) => {
    const side = useAppStore.getState().selected?.side ?? 'left'
    selectMuscle({ muscle: id, side }, { frame: true })
    setQuery('')
    setActive(0)
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && open) {
      e.preventDefault()
      setActive((a) => (a + 1) % results.length)
    } else if (e.key === 'ArrowUp' && open) {
      e.preventDefault()
      setActive((a) => (a - 1 + results.length) % results.length)
    } else if (e.key === 'Enter' && open) {
      e.preventDefault()
      choose(results[Math.min(active, results.length - 1)]!.muscle)
    } else if (e.key === 'Escape') {
      setQuery('')
    }
  }

  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">Search muscles</label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        placeholder="Search a muscle or where it hurts (e.g. headache)"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        value={query}
        onChange={(e) => { setQuery(e.target.value); setActive(0) }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Matching muscles" className="search-results" hidden={!open}>
        {results.map(({ muscle, reason }, i) => (
          <li
            key={muscle}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(muscle)}
          >
            <span className="option-name">{muscles[muscle].name}</span>{' '}
            {reason ? <span className="reason">{reason}</span> : <span className="latin" lang="la">{muscles[muscle].latin}</span>}
          </li>
        ))}
      </ul>
    </div>
  )
}
