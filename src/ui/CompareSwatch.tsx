import { useId } from 'react'
import { compareAngles, compareColors } from '../state/palette.ts'

/**
 * A compared muscle's key: its colour in its own hatch angle, as on the body (a wide band for the
 * essential zone), so the legend reads without colour too. Decorative: the name beside it says it.
 */
export function CompareSwatch({ index }: { index: number }) {
  const id = useId()
  const colour = compareColors[index] ?? compareColors[0]
  const angle = compareAngles[index] ?? 45
  return (
    <svg className="compare-swatch" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
      <defs>
        <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform={`rotate(${-angle})`}>
          <rect width="6" height="6" fill="#fff" />
          <rect width="6" height="3" fill={colour} />
        </pattern>
      </defs>
      <rect x="1" y="1" width="22" height="22" rx="3" fill={`url(#${id})`} stroke={colour} strokeWidth="2" />
    </svg>
  )
}
