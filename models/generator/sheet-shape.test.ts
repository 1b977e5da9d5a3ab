import { describe, expect, it } from 'vitest'
import { figures, isSheet, type SheetFigure } from './figures.ts'
import { signedVolume, surfaceCentroid } from './mesh.ts'
import { tubeMesh } from './muscle-shape.ts'
import { sheetFolds, sheetMesh, sheetSample } from './sheet-shape.ts'
import { sheetFigure } from './test-figures.ts'
import { isClosedManifold } from './test-mesh.ts'
import { anchorOnTube } from './trigger-point-anchor.ts'

/** The mid-surface's area, summed over a fine grid. */
function midArea(f: SheetFigure, n = 60): number {
  let area = 0
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const a = sheetSample(f, i / n, j / n).mid,
        b = sheetSample(f, (i + 1) / n, j / n).mid,
        c = sheetSample(f, i / n, (j + 1) / n).mid
      const u = [b[0] - a[0], b[1] - a[1], b[2] - a[2]],
        w = [c[0] - a[0], c[1] - a[1], c[2] - a[2]]
      area += Math.hypot(u[1]! * w[2]! - u[2]! * w[1]!, u[2]! * w[0]! - u[0]! * w[2]!, u[0]! * w[1]! - u[1]! * w[0]!)
    }
  }
  return area
}

// 30 cm long, 12 cm wide, 4 mm thick: about an external oblique's muscular part.
const flat = sheetFigure(1.2, 0.3, 0.12, 0.004)
// The same sheet wrapped a quarter of the way round a trunk of 14 cm radius.
const bent = sheetFigure(1.2, 0.3, 0.22, 0.004, 0.14)

describe('sheet mesh', () => {
  it('is closed and faces outward, flat or wrapped round the flank', () => {
    for (const f of [flat, bent]) {
      const m = sheetMesh(f)
      expect(isClosedManifold(m.indices)).toBe(true)
      expect(signedVolume(m.positions, m.indices)).toBeGreaterThan(0)
    }
  })

  it('encloses its area times its thickness', () => {
    const m = sheetMesh(flat)
    expect(signedVolume(m.positions, m.indices)).toBeCloseTo(0.3 * 0.12 * 0.004, 7)
    // Wrapped, still the mid-surface's area times the thickness (the faces gain and lose as much).
    const b = sheetMesh(bent, { along: 28, around: 66 })
    expect(signedVolume(b.positions, b.indices) / (midArea(bent) * 0.004)).toBeCloseTo(1, 2)
  })

  it('keeps the tube layout: "around" 0 on the superficial face, 0.5 on the deep face, along from the origin', () => {
    const g = tubeMesh(flat)
    const top = anchorOnTube(g, flat, 0.5, 0)
    const under = anchorOnTube(g, flat, 0.5, 0.5)
    expect(top.position[2]).toBeCloseTo(0.102, 6)
    expect(top.normal[2]).toBeGreaterThan(0.99)
    expect(under.position[2]).toBeCloseTo(0.098, 6)
    expect(under.normal[2]).toBeLessThan(-0.99)
    // The origin end is the top of this sheet.
    expect(anchorOnTube(g, flat, 0.1, 0).position[1]).toBeGreaterThan(anchorOnTube(g, flat, 0.9, 0).position[1])
    // The middle of the superficial face is the middle of the sheet across.
    expect(top.position[0]).toBeCloseTo(0.06, 3)
  })

  it('finds a fold where the sheet is creased or bent tighter than its thickness', () => {
    expect(sheetFolds(bent).flippedFaceCells).toBe(0)
    expect(sheetFolds(bent).maxNormalTurn).toBeLessThan(10)
    // 4 cm thick round a 14 cm radius is fine; bent round 1.5 cm, the deep face turns inside out.
    const tight = sheetFigure(1.2, 0.3, 0.09, 0.04, 0.015)
    expect(sheetFolds(tight).flippedFaceCells).toBeGreaterThan(0)
    // Its last two rows folded back up over the first three creases the mid-surface.
    const creased = {
      ...flat,
      mid: flat.mid.map((r, i) => (i >= 3 ? r.map((p) => [p[0], 1.2 - 0.3 * (4 - i) * 0.25, p[2]] as const) : r)),
    }
    const c = sheetFolds(creased)
    expect(c.maxNormalTurn > 90 || c.minStretch < 0.05).toBe(true)
  })

  it('every committed sheet is free of folds and about as thick as a muscle sheet', () => {
    for (const [id, m] of Object.entries(figures.muscles)) {
      for (const [part, f] of Object.entries(m.parts)) {
        if (!isSheet(f)) continue
        const folds = sheetFolds(f)
        expect(folds.flippedFaceCells, `${id}.${part} flipped cells`).toBe(0)
        expect(folds.maxNormalTurn, `${id}.${part} normal turn`).toBeLessThan(45)
        expect(folds.minStretch, `${id}.${part} stretch`).toBeGreaterThan(0.02)
        const g = tubeMesh(f)
        const { area } = surfaceCentroid(g.positions, g.indices)
        const meanThickness = (2 * signedVolume(g.positions, g.indices)) / area
        // The palm's sets of slender muscles (2-3 mm across) are one sheet each over the gaps between them: about 1 mm.
        const thin = id === 'lumbricals_hand' || id === 'palmar_interossei_hand'
        expect(meanThickness, `${id}.${part} mean thickness`).toBeGreaterThan(thin ? 0.0008 : 0.001)
        expect(meanThickness, `${id}.${part} mean thickness`).toBeLessThan(0.02)
      }
    }
  })
})
