/**
 * Writes the figure file: keys sorted, one point per line, so that a re-fit diffs readably.
 */
import type { FigureSet, TubeFigure, Vec3 } from '../../src/anatomy/figures.ts'

const vec = (v: Vec3) => `[${v.map((n) => String(Object.is(n, -0) ? 0 : n)).join(', ')}]`

function tube(f: TubeFigure, pad: string): string {
  const rings = f.rings.map((r) => `${pad}    [${r.map(vec).join(', ')}]`).join(',\n')
  return [
    '{',
    `${pad}  "origin": ${vec(f.origin)},`,
    `${pad}  "insertion": ${vec(f.insertion)},`,
    `${pad}  "superficial": ${vec(f.superficial)},`,
    `${pad}  "rings": [\n${rings}\n${pad}  ]`,
    `${pad}}`,
  ].join('\n')
}

/** The figure set as stable, diff-friendly JSON text. */
export function serialiseFigures(set: FigureSet): string {
  const ids = Object.keys(set.muscles).sort()
  const body = ids.map((id) => {
    const m = set.muscles[id]!
    const parts = Object.keys(m.parts).sort().map((p) => `        "${p}": ${tube(m.parts[p]!, '        ')}`).join(',\n')
    return `    "${id}": {\n      "measured": ${m.measured},\n      "parts": {\n${parts}\n      }\n    }`
  })
  return `{\n  "version": 1,\n  "muscles": {\n${body.join(',\n')}\n  }\n}\n`
}
