import { layers, requestCamera, setLayerVisible, useAppStore, viewPresets, type LayerName } from '../state/store.ts'

const viewLabel = { front: 'Front', back: 'Back', left: 'Left side', right: 'Right side' } as const
const layerLabel: Record<LayerName, string> = { skin: 'Skin', superficial: 'Surface muscles', deep: 'Deep muscles' }

/** Preset views, reset, and the layer toggles: plain buttons, usable by touch and keyboard. */
export function ViewControls() {
  const visible = useAppStore((s) => s.visibleLayers)
  return (
    <div className="view-controls">
      <div role="group" aria-label="View" className="button-row">
        {viewPresets.map((p) => (
          <button key={p} type="button" onClick={() => requestCamera({ kind: 'preset', preset: p })}>{viewLabel[p]}</button>
        ))}
        <button type="button" onClick={() => requestCamera({ kind: 'reset' })}>Reset view</button>
      </div>
      <div role="group" aria-label="Layers" className="button-row">
        {layers.map((l) => (
          <button key={l} type="button" aria-pressed={visible[l]} onClick={() => setLayerVisible(l, !visible[l])}>
            {layerLabel[l]}
          </button>
        ))}
      </div>
    </div>
  )
}
