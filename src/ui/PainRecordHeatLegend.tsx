import { heatScale } from '../state/palette.ts'

type Rgb = [number, number, number]
const channel = (hex: string, i: number) => parseInt(hex.slice(i, i + 2), 16)
const rgb = (hex: string): Rgb => [channel(hex, 1), channel(hex, 3), channel(hex, 5)]
const hex = (c: Rgb) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`
const mix = (a: Rgb, b: Rgb, t: number): Rgb => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
]

/**
 * The heat colour of an area marked in a share `t` (0 to 1) of the drawings, as the skin shader
 * runs it: pale yellow, teal-green at half, dark blue for all. (The shader mixes in linear light,
 * so colours between the stops differ slightly from these; the stops are exact.)
 */
export function heatColour(t: number): string {
  const [lo, mid, hi] = heatScale.map(rgb) as [Rgb, Rgb, Rgb]
  const s = Math.min(1, Math.max(0, t))
  return hex(s < 0.5 ? mix(lo, mid, s * 2) : mix(mid, hi, s * 2 - 1))
}

/**
 * The CSS gradient of the scale the body shows for `drawings` drawings: from an area marked in
 * one of them (a share of 1/drawings) to one marked in all.
 */
export function heatGradient(drawings: number): string {
  const from = 1 / Math.max(1, drawings)
  if (from >= 1) return heatColour(1)
  const stops = [`${heatColour(from)} 0%`]
  if (from < 0.5) stops.push(`${heatScale[1]} ${Math.round(((0.5 - from) / (1 - from)) * 100)}%`)
  stops.push(`${heatColour(1)} 100%`)
  return `linear-gradient(to right, ${stops.join(', ')})`
}

/** The key to the heat drawn on the body: its colours from "marked in 1 drawing" to "in all N". */
export function PainRecordHeatLegend({ drawings }: { drawings: number }) {
  if (drawings <= 0) return null
  return (
    <div className="heat-legend">
      <p className="heat-legend-title">On the body: the darker, the more drawings marked it.</p>
      <span className="heat-legend-bar" aria-hidden="true" style={{ background: heatGradient(drawings) }} />
      <p className="heat-legend-ends">
        {drawings === 1 ? (
          <span>Marked in the 1 drawing</span>
        ) : (
          <>
            <span>Marked in 1 drawing</span>
            <span>in all {drawings}</span>
          </>
        )}
      </p>
    </div>
  )
}
