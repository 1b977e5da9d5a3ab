import { setMode } from '../state/painMarks.ts'
import { useAppStore } from '../state/store.ts'

/** Explore muscles, or start from the pain: two plain buttons in the header. */
export function ModeSwitch() {
  const mode = useAppStore((s) => s.mode)
  return (
    <div className="mode-switch" role="group" aria-label="Mode">
      <button type="button" aria-pressed={mode === 'explore'} onClick={() => setMode('explore')}>
        Explore<span className="wide-only"> muscles</span>
      </button>
      <button type="button" aria-pressed={mode === 'where_it_hurts'} onClick={() => setMode('where_it_hurts')}>
        <span className="wide-only">Where does it hurt?</span>
        <span className="narrow-only">Where it hurts</span>
      </button>
    </div>
  )
}
