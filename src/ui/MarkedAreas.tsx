import { useEffect, useRef } from 'react'
import { isMidline, regions } from '../data/regions.ts'
import { removeMark } from '../state/painMarks.ts'
import { useAppStore, type MarkedRegion } from '../state/store.ts'

/** "Outer thigh (left)"; a midline area has no side: "Top of the head". */
export function markedAreaName(mark: MarkedRegion): string {
  const label = regions[mark.region].label
  return isMidline(mark.region) ? label : `${label} (${mark.side})`
}

/** The remove button's accessible name: "Remove outer thigh, left". */
export function removeAreaName(mark: MarkedRegion): string {
  const label = regions[mark.region].label
  const lower = label.charAt(0).toLowerCase() + label.slice(1)
  return isMidline(mark.region) ? `Remove ${lower}` : `Remove ${lower}, ${mark.side}`
}

/**
 * Every marked area in plain words, each with a button that removes it: a stray mark is easy to
 * see and take away, and the ranking follows at once. After a removal, focus moves to the next
 * area's button (or the previous, or the heading when none is left), so a keyboard user keeps
 * their place.
 */
export function MarkedAreas() {
  const marks = useAppStore((s) => s.painMarks)
  const list = useRef<HTMLUListElement>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  // Which row's remove button takes the focus once the removal has re-rendered the list.
  const focusAfterRemoval = useRef<number | null>(null)

  useEffect(() => {
    const row = focusAfterRemoval.current
    if (row === null) return
    focusAfterRemoval.current = null
    const buttons = list.current?.querySelectorAll('button') ?? []
    const next = buttons[Math.min(row, buttons.length - 1)]
    if (next) next.focus()
    else heading.current?.focus()
  }, [marks])

  return (
    <div className="marked-areas">
      <h3 ref={heading} tabIndex={-1}>
        Marked areas <span className="count">({marks.length})</span>
      </h3>
      {marks.length === 0 ? (
        <p className="hint">None yet.</p>
      ) : (
        <ul ref={list} aria-label="Marked areas">
          {marks.map((mark, i) => (
            <li key={`${mark.region}_${mark.side}`}>
              <span>{markedAreaName(mark)}</span>
              <button
                type="button"
                aria-label={removeAreaName(mark)}
                title={removeAreaName(mark)}
                onClick={() => {
                  focusAfterRemoval.current = i
                  removeMark(mark)
                }}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
