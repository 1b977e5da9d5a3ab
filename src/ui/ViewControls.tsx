import { useEffect, useId, useRef, useState } from 'react'
import {
  layers,
  requestCamera,
  setLayerVisible,
  setTenderPointsVisible,
  useAppStore,
  viewPresets,
  type LayerName,
} from '../state/store.ts'

const viewLabel = { front: 'Front', back: 'Back', left: 'Left side', right: 'Right side' } as const
const layerLabel: Record<LayerName, string> = { skin: 'Skin', superficial: 'Surface muscles', deep: 'Deep muscles' }

/**
 * Preset views, reset, the layer toggles and the tender-point rings: plain buttons, usable by touch and keyboard.
 * On wide screens they are a row at the foot of the body; on phones (and short landscape screens)
 * they fold into one "View" menu button in the bottom-right corner, clear of the head.
 */
export function ViewControls() {
  const visible = useAppStore((s) => s.visibleLayers)
  const tenderPoints = useAppStore((s) => s.tenderPoints)
  const [open, setOpen] = useState(false)
  const listId = useId()
  const root = useRef<HTMLDivElement>(null)
  const toggle = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    const onDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', onDown)
    return () => document.removeEventListener('pointerdown', onDown)
  }, [open])

  const closeAndReturn = () => {
    setOpen(false)
    toggle.current?.focus()
  }

  return (
    <div
      className="view-controls"
      data-open={open || undefined}
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation()
          closeAndReturn()
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="view-menu-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true" className="view-menu-icon">
          ◐
        </span>{' '}
        View
      </button>
      <div className="view-menu" id={listId}>
        <div role="group" aria-label="View" className="button-row">
          {viewPresets.map((p) => (
            <button
              key={p}
              type="button"
              onClick={() => {
                requestCamera({ kind: 'preset', preset: p })
                closeAndReturn()
              }}
            >
              {viewLabel[p]}
            </button>
          ))}
          <button
            type="button"
            onClick={() => {
              requestCamera({ kind: 'reset' })
              closeAndReturn()
            }}
          >
            Reset view
          </button>
        </div>
        <div role="group" aria-label="Layers" className="button-row">
          {layers.map((l) => (
            <button key={l} type="button" aria-pressed={visible[l]} onClick={() => setLayerVisible(l, !visible[l])}>
              {layerLabel[l]}
            </button>
          ))}
          {/* Not a tissue layer: rings over the body, and their list in the panel. */}
          <button type="button" aria-pressed={tenderPoints} onClick={() => setTenderPointsVisible(!tenderPoints)}>
            Tender points
          </button>
        </div>
      </div>
    </div>
  )
}
