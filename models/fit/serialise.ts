/**
 * Writes the figure file: keys sorted, one point per line, so that a re-fit diffs readably.
 */
import {
  isSheet,
  type FigureSet,
  type MuscleFigure,
  type PartFigure,
  type SheetFigure,
  type TubeFigure,
  type Vec3,
} from '../generator/figures.ts'

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

function sheet(f: SheetFigure, pad: string): string {
  const mid = f.mid.map((r) => `${pad}    [${r.map(vec).join(', ')}]`).join(',\n')
  const thickness = f.thickness.map((r) => `${pad}    [${r.map((n) => String(n)).join(', ')}]`).join(',\n')
  return [
    '{',
    `${pad}  "kind": "sheet",`,
    `${pad}  "superficial": ${vec(f.superficial)},`,
    `${pad}  "mid": [\n${mid}\n${pad}  ],`,
    `${pad}  "thickness": [\n${thickness}\n${pad}  ]`,
    `${pad}}`,
  ].join('\n')
}

const part = (f: PartFigure, pad: string) => (isSheet(f) ? sheet(f, pad) : tube(f, pad))

/** The figure set as stable, diff-friendly JSON text. */
export function serialiseFigures(set: FigureSet): string {
  const ids = Object.keys(set.muscles).sort()
  const body = ids.map((id) => {
    const m = set.muscles[id]!
    const list = (ps: MuscleFigure['parts']) =>
      Object.keys(ps)
        .sort()
        .map((p) => `        "${p}": ${part(ps[p]!, '        ')}`)
        .join(',\n')
    const right = m.rightParts ? `,\n      "rightParts": {\n${list(m.rightParts)}\n      }` : ''
    return `    "${id}": {\n      "measured": ${m.measured},\n      "parts": {\n${list(m.parts)}\n      }${right}\n    }`
  })
  return `{\n  "version": 1,\n  "muscles": {\n${body.join(',\n')}\n  }\n}\n`
}
