/**
 * Landmarks found on the reference skin itself rather than on bone (for
 * models/scripts/fit-skin-landmarks.ts): the eye opening, the navel, the armpit's apex, and the ray
 * casts they use.
 */
import type { MutableVec3 as P3 } from '../generator/vec3.ts'
import type { ReferenceMesh } from './reference.ts'

const back: P3 = [0, 0, -1]
const lateral: P3 = [1, 0, 0]

/** First hit of a ray with the skin (Möller–Trumbore over all triangles; run once per landmark). */
export function rayHitSkin(skin: ReferenceMesh, origin: P3, dir: P3): P3 | undefined {
  const P = skin.positions
  const I = skin.indices
  let best = Infinity
  for (let t = 0; t < I.length; t += 3) {
    const a = I[t]! * 3,
      b = I[t + 1]! * 3,
      c = I[t + 2]! * 3
    const e1 = [P[b]! - P[a]!, P[b + 1]! - P[a + 1]!, P[b + 2]! - P[a + 2]!]
    const e2 = [P[c]! - P[a]!, P[c + 1]! - P[a + 1]!, P[c + 2]! - P[a + 2]!]
    const pv = [dir[1] * e2[2]! - dir[2] * e2[1]!, dir[2] * e2[0]! - dir[0] * e2[2]!, dir[0] * e2[1]! - dir[1] * e2[0]!]
    const det = e1[0]! * pv[0]! + e1[1]! * pv[1]! + e1[2]! * pv[2]!
    if (Math.abs(det) < 1e-14) continue
    const tv = [origin[0] - P[a]!, origin[1] - P[a + 1]!, origin[2] - P[a + 2]!]
    const u = (tv[0]! * pv[0]! + tv[1]! * pv[1]! + tv[2]! * pv[2]!) / det
    if (u < 0 || u > 1) continue
    const qv = [tv[1]! * e1[2]! - tv[2]! * e1[1]!, tv[2]! * e1[0]! - tv[0]! * e1[2]!, tv[0]! * e1[1]! - tv[1]! * e1[0]!]
    const v = (dir[0] * qv[0]! + dir[1] * qv[1]! + dir[2] * qv[2]!) / det
    if (v < 0 || u + v > 1) continue
    const s = (e2[0]! * qv[0]! + e2[1]! * qv[1]! + e2[2]! * qv[2]!) / det
    if (s > 1e-6 && s < best) best = s
  }
  return Number.isFinite(best)
    ? [origin[0] + best * dir[0], origin[1] + best * dir[1], origin[2] + best * dir[2]]
    : undefined
}

/**
 * The left eye: the skin has an open slit between the eyelids, so rays cast backward through
 * it run on to the back of the head. Its centre is the mean of those rays; its depth is the
 * mean depth of the eyelids around it.
 */
export function eyeOpening(skin: ReferenceMesh): P3 {
  let sx = 0,
    sy = 0,
    n = 0,
    lidZ = 0,
    lids = 0
  for (let x = 0.01; x <= 0.06; x += 0.002) {
    for (let y = 1.5; y <= 1.56; y += 0.002) {
      const hit = rayHitSkin(skin, [x, y, 0.3], back)
      if (!hit) continue
      if (hit[2] < 0.1) {
        sx += x
        sy += y
        n++
      } else if (Math.abs(y - 1.527) < 0.012 && x > 0.015 && x < 0.045) {
        lidZ += hit[2]
        lids++
      }
    }
  }
  if (n === 0 || lids === 0) throw new Error('no eye opening found')
  return [sx / n, sy / n, lidZ / lids]
}

/**
 * The navel: the deepest dimple of the front midline between the iliac crests and the ribs
 * (depth against the straight line between the skin 2 cm above and 2 cm below).
 */
export function navel(skin: ReferenceMesh): P3 {
  const profile: P3[] = []
  for (let y = 0.88; y <= 1.12; y += 0.002) {
    const hit = rayHitSkin(skin, [0, y, 0.4], back)
    if (hit) profile.push(hit)
  }
  let best = profile[0]!
  let bestDepth = -Infinity
  for (let i = 10; i < profile.length - 10; i++) {
    const depth = (profile[i - 10]![2] + profile[i + 10]![2]) / 2 - profile[i]![2]
    if (depth > bestDepth) {
      bestDepth = depth
      best = profile[i]!
    }
  }
  return [0, best[1], best[2]]
}

/**
 * The apex of the armpit: the highest level at which a line running outward at the armpit's
 * depth still crosses the skin three times (out of the chest wall, into the arm, out of it).
 */
export function axillaApex(skin: ReferenceMesh): P3 {
  // One apex per depth across the armpit; the armpit's apex is the middle one of those.
  const apexes: P3[] = []
  for (let z = 0.02; z <= 0.1; z += 0.01) {
    let apex: P3 | undefined
    for (let y = 1.0; y <= 1.3; y += 0.002) {
      const crossings: P3[] = []
      let from: P3 = [0.08, y, z]
      for (let k = 0; k < 4; k++) {
        const hit = rayHitSkin(skin, from, lateral)
        if (!hit || hit[0] > 0.3) break
        crossings.push(hit)
        from = [hit[0] + 1e-5, y, z]
      }
      if (crossings.length >= 3) apex = [(crossings[0]![0] + crossings[1]![0]) / 2, y, z]
    }
    if (apex) apexes.push(apex)
  }
  if (apexes.length === 0) throw new Error('no armpit found')
  return apexes[Math.floor(apexes.length / 2)]!
}
