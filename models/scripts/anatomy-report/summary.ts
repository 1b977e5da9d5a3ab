/**
 * The fidelity targets of issue 5 and whether the figures meet them (pure). The report prints
 * this, and models/generator/anatomy-fidelity.test.ts asserts every check.
 */
import type { MuscleFidelity } from './muscle-fidelity.ts'
import type { SkinFidelity } from './skin-fidelity.ts'

export interface Check {
  name: string
  value: number
  limit: string
  pass: boolean
}

/** The q-quantile (0..1) of a list, by the nearest-rank rule. */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!
}

/** A muscle side's volume is "within" when ours is 85-115 % of the reference's. */
export const volumeTolerance = 0.15

export function summarise(muscles: readonly MuscleFidelity[], skin: readonly SkinFidelity[]): Check[] {
  const surface = muscles.map((m) => m.surfaceMm)
  const centroid = muscles.map((m) => m.centroidMm)
  const within = muscles.filter((m) => Math.abs(m.volumeRatio - 1) <= volumeTolerance).length / muscles.length
  const trunk = skin.find((s) => s.group === 'trunk and limbs')!.surfaceMm
  const r = (x: number) => Math.round(x * 100) / 100
  return [
    {
      name: 'muscle surface distance, median (mm)',
      value: r(quantile(surface, 0.5)),
      limit: '<= 2',
      pass: quantile(surface, 0.5) <= 2,
    },
    {
      name: 'muscle surface distance, 90th percentile (mm)',
      value: r(quantile(surface, 0.9)),
      limit: '<= 4',
      pass: quantile(surface, 0.9) <= 4,
    },
    {
      name: 'muscle centroid distance, median (mm)',
      value: r(quantile(centroid, 0.5)),
      limit: '<= 3',
      pass: quantile(centroid, 0.5) <= 3,
    },
    {
      name: 'muscle centroid distance, max (mm)',
      value: r(Math.max(...centroid)),
      limit: '<= 15',
      pass: Math.max(...centroid) <= 15,
    },
    { name: 'muscle sides with volume within ±15 % (%)', value: r(100 * within), limit: '>= 90', pass: within >= 0.9 },
    { name: 'skin surface distance, trunk and limbs (mm)', value: r(trunk), limit: '<= 4', pass: trunk <= 4 },
  ]
}
