import { isMidline, regionIds, regions, type RegionId } from '../data/regions.ts'
import { isMarked, toggleMark } from '../state/painMarks.ts'
import { useAppStore } from '../state/store.ts'

const groups = [...new Set(regionIds.map((id) => regions[id].group))]
const groupLabel = (g: string) => g.charAt(0).toUpperCase() + g.slice(1).replace('_', ' ')

/**
 * Marking pain without 3D: every region as a checkbox, left and right, grouped by body part.
 * Native checkboxes, so keyboard and screen readers work as they do everywhere else.
 */
export function RegionPicker() {
  const marks = useAppStore((s) => s.painMarks)
  return (
    <div className="region-picker">
      {groups.map((group) => (
        <fieldset key={group}>
          <legend>{groupLabel(group)}</legend>
          {regionIds.filter((id) => regions[id].group === group).map((id: RegionId) =>
            isMidline(id) ? (
              <label key={id} className="region-row">
                <input type="checkbox" checked={isMarked(marks, id, 'left') || isMarked(marks, id, 'right')}
                  onChange={() => toggleMark({ region: id, side: isMarked(marks, id, 'right') ? 'right' : 'left' })} />
                {regions[id].label}
              </label>
            ) : (
              <div key={id} className="region-row" role="group" aria-label={regions[id].label}>
                <span className="region-name">{regions[id].label}</span>
                {(['left', 'right'] as const).map((side) => (
                  <label key={side}>
                    <input type="checkbox" checked={isMarked(marks, id, side)} onChange={() => toggleMark({ region: id, side })}
                      aria-label={`${regions[id].label}, ${side}`} />
                    {side === 'left' ? 'Left' : 'Right'}
                  </label>
                ))}
              </div>
            ),
          )}
        </fieldset>
      ))}
    </div>
  )
}
