import { useMemo, useRef } from 'react'
import { isMidline, regions, type RegionId } from '../data/regions.ts'
import type { Side } from '../data/types.ts'
import { applyBrush, beginStroke, isMarked, toggleMark } from '../state/painMarks.ts'
import { useAppStore, type MarkedRegion } from '../state/store.ts'
import { regionGroups, type RegionGroupId } from './regionGroups.ts'

const groups = regionGroups()
const sides = ['left', 'right'] as const satisfies readonly Side[]

/**
 * Marking pain without 3D: every region as a checkbox, grouped by body part as the region
 * vocabulary groups them. A row of body-part buttons on top moves the keyboard (and the view)
 * straight to a group, so nobody has to tab through the head to reach the foot. Each group is a
 * fieldset whose legend is a heading, so screen-reader users can also jump by heading.
 * Native checkboxes, so keyboard and screen readers work as they do everywhere else; every
 * checkbox's name says its side ("Outer elbow, left"), or "middle" for a midline region.
 */
export function RegionPicker() {
  const marks = useAppStore((s) => s.painMarks)
  const fieldsets = useRef(new Map<RegionGroupId, HTMLFieldSetElement>())
  const markedIn = useMemo(() => {
    const counts = new Map<RegionGroupId, number>()
    for (const m of marks) counts.set(regions[m.region].group, (counts.get(regions[m.region].group) ?? 0) + 1)
    return counts
  }, [marks])

  return (
    <div className="region-picker">
      <nav className="region-jump" aria-label="Go to a body part">
        <ul>
          {groups.map((g) => {
            const n = markedIn.get(g.id) ?? 0
            return (
              <li key={g.id}>
                {/* The name holds the visible text ("Hand 1") whole, as speech input needs (WCAG 2.5.3). */}
                <button
                  type="button"
                  onClick={() => fieldsets.current.get(g.id)?.focus()}
                  aria-label={n > 0 ? `${g.label} ${n} marked` : undefined}
                >
                  {g.label}
                  {n > 0 && <span className="region-jump-count"> {n}</span>}
                </button>
              </li>
            )
          })}
        </ul>
      </nav>
      {groups.map((g) => (
        // Focusable only from the body-part buttons above (tabIndex -1), never in the tab order.
        <fieldset
          key={g.id}
          tabIndex={-1}
          ref={(el) => {
            if (el) fieldsets.current.set(g.id, el)
            else fieldsets.current.delete(g.id)
          }}
        >
          <legend>
            <h3 className="region-group-heading">{g.label}</h3>
          </legend>
          {g.regions.map((id) => {
            const Row = isMidline(id) ? MidlineRow : SidedRow
            return <Row key={id} id={id} marks={marks} />
          })}
        </fieldset>
      ))}
    </div>
  )
}

type RowProps = { id: RegionId; marks: readonly MarkedRegion[] }

/** A region with a left and a right: one checkbox per side, the side in each one's name. */
function SidedRow({ id, marks }: RowProps) {
  const label = regions[id].label
  return (
    <div className="region-row" role="group" aria-label={label}>
      <span className="region-name" aria-hidden="true">
        {label}
      </span>
      {sides.map((side) => (
        <label key={side}>
          <input
            type="checkbox"
            checked={isMarked(marks, id, side)}
            onChange={() => toggleMark({ region: id, side })}
            aria-label={`${label}, ${side}`}
          />
          {side === 'left' ? 'Left' : 'Right'}
        </label>
      ))}
    </div>
  )
}

/**
 * A midline region (the breastbone): one checkbox. A brush stroke across the body can mark it on
 * both halves, so unticking removes both, as one undo step.
 */
function MidlineRow({ id, marks }: RowProps) {
  const label = regions[id].label
  const marked = sides.some((side) => isMarked(marks, id, side))
  const onChange = () => {
    if (!marked) return toggleMark({ region: id, side: 'left' })
    beginStroke()
    applyBrush(
      sides.map((side) => ({ region: id, side })),
      'erase',
    )
  }
  return (
    <div className="region-row">
      <span className="region-name" aria-hidden="true">
        {label}
      </span>
      <label>
        <input type="checkbox" checked={marked} onChange={onChange} aria-label={`${label}, middle`} />
        Middle
      </label>
    </div>
  )
}
