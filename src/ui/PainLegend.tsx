import { ExplainerLink } from './ExplainerLink.tsx'

/** The key to the drawing: X for a trigger point, solid for essential, dots for spillover. */
export function PainLegend() {
  return (
    <ul className="legend" aria-label="Legend">
      <li>
        <span className="legend-x" aria-hidden="true">
          ✕
        </span>{' '}
        Trigger point
      </li>
      <li>
        <span className="zone-swatch essential" aria-hidden="true" /> Essential zone: felt by nearly everyone with this
        trigger point
      </li>
      <li>
        <span className="zone-swatch spillover" aria-hidden="true" /> Spillover zone: felt by some
      </li>
      <li>
        <ExplainerLink id="essential_spillover_zones">What the two zones mean</ExplainerLink>
      </li>
    </ul>
  )
}
