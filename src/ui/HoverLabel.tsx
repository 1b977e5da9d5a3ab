import { useAppStore } from '../state/store.ts'
import { muscleOnSideLabel } from './labels.ts'

/**
 * Names the muscle (and part) under the pointer; over the selected one, says how to reach the one
 * behind. Over another part of the selected muscle, a click picks that part, so no hint.
 */
export function HoverLabel() {
  const hovered = useAppStore((s) => s.hovered)
  const overSelected = useAppStore(
    (s) =>
      s.hovered !== null &&
      s.hovered.muscle === s.selected?.muscle &&
      s.hovered.side === s.selected.side &&
      s.hovered.part === s.selected.part,
  )
  return (
    <div className="hover-label" aria-hidden={!hovered}>
      {hovered ? muscleOnSideLabel(hovered) : ''}
      {overSelected && <span className="hover-hint"> (click again for the muscle behind)</span>}
    </div>
  )
}
