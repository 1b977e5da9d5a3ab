import { useAppStore } from '../state/store.ts'
import { muscleOnSideName } from './labels.ts'

/** Names the muscle under the pointer. */
export function HoverLabel() {
  const hovered = useAppStore((s) => s.hovered)
  return (
    <div className="hover-label" aria-hidden={!hovered}>
      {hovered ? muscleOnSideName(hovered.muscle, hovered.side) : ''}
    </div>
  )
}
