import { clearPain, setBrush, undoPain } from '../state/painMarks.ts'
import { useAppStore } from '../state/store.ts'
import { MarkedAreas } from './MarkedAreas.tsx'

const sizes = [
  { label: 'One area', radius: 0 },
  { label: 'Medium brush', radius: 0.03 },
  { label: 'Large brush', radius: 0.07 },
] as const

/** Paint or erase, brush size, undo and clear, and the list of marked areas. */
export function PainTools() {
  const brush = useAppStore((s) => s.brush)
  const canUndo = useAppStore((s) => s.painHistory.length > 0)
  const hasMarks = useAppStore((s) => s.painMarks.length > 0)
  return (
    <div className="pain-tools">
      <div role="group" aria-label="Brush" className="button-row">
        <button type="button" aria-pressed={brush.tool === 'paint'} onClick={() => setBrush({ tool: 'paint' })}>
          Mark pain
        </button>
        <button type="button" aria-pressed={brush.tool === 'erase'} onClick={() => setBrush({ tool: 'erase' })}>
          Erase
        </button>
      </div>
      <div role="group" aria-label="Brush size" className="button-row">
        {sizes.map((s) => (
          <button
            key={s.label}
            type="button"
            aria-pressed={brush.radius === s.radius}
            onClick={() => setBrush({ radius: s.radius })}
          >
            {s.label}
          </button>
        ))}
      </div>
      <div className="button-row">
        <button type="button" onClick={undoPain} disabled={!canUndo}>
          Undo
        </button>
        <button type="button" onClick={clearPain} disabled={!hasMarks}>
          Clear
        </button>
      </div>
      <p className="hint">
        Drag on the body to mark. To turn the body, drag with two fingers or the right mouse button, or use the view
        buttons.
      </p>
      <MarkedAreas />
    </div>
  )
}
