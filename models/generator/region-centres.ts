/**
 * A representative skin point for each region and side: the labelled vertex nearest the mean
 * of that label's vertices. It always lies on the skin and inside its region (a plain mean of
 * a curved region can fall inside the body). Tests and, later, labels and the region picker
 * use it; the app hard-codes no coordinates.
 */
import { roundVec, type ManifestVec } from './manifest.ts'

/** `<regionId>_<l|r>` -> a point on the skin inside that region, for every label present. */
export function regionCentres(
  positions: Float32Array,
  labels: Uint16Array,
  regionIds: readonly string[],
): Record<string, ManifestVec> {
  const count = regionIds.length * 2
  const sum = new Float64Array(count * 3)
  const n = new Uint32Array(count)
  for (let v = 0; v < labels.length; v++) {
    const l = labels[v]!
    n[l]!++
    for (let k = 0; k < 3; k++) sum[l * 3 + k]! += positions[v * 3 + k]!
  }
  const best = new Int32Array(count).fill(-1)
  const bestDist = new Float64Array(count).fill(Infinity)
  for (let v = 0; v < labels.length; v++) {
    const l = labels[v]!
    let d = 0
    for (let k = 0; k < 3; k++) d += (positions[v * 3 + k]! - sum[l * 3 + k]! / n[l]!) ** 2
    if (d < bestDist[l]!) {
      bestDist[l] = d
      best[l] = v
    }
  }
  const out: Record<string, ManifestVec> = {}
  for (let l = 0; l < count; l++) {
    const v = best[l]!
    if (v < 0) continue
    out[`${regionIds[l >> 1]}_${l & 1 ? 'r' : 'l'}`] = roundVec([
      positions[v * 3]!,
      positions[v * 3 + 1]!,
      positions[v * 3 + 2]!,
    ])
  }
  return out
}
