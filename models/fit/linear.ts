/**
 * Small dense linear algebra for the figure fitting: symmetric solves and eigenvectors.
 * The systems are tiny (at most ~100 unknowns), so plain loops are enough.
 */

/** Solves A x = b for symmetric positive-definite A (n x n, row-major) by Cholesky. */
export function solveSpd(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n)
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * n + j]!
      for (let k = 0; k < j; k++) s -= l[i * n + k]! * l[j * n + k]!
      if (i === j) {
        if (s <= 0) throw new Error(`solveSpd: not positive definite at ${i} (${s})`)
        l[i * n + i] = Math.sqrt(s)
      } else l[i * n + j] = s / l[j * n + j]!
    }
  }
  const y = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    let s = b[i]!
    for (let k = 0; k < i; k++) s -= l[i * n + k]! * y[k]!
    y[i] = s / l[i * n + i]!
  }
  const x = new Float64Array(n)
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i]!
    for (let k = i + 1; k < n; k++) s -= l[k * n + i]! * x[k]!
    x[i] = s / l[i * n + i]!
  }
  return x
}

/** Eigen-decomposition of a symmetric 3x3 matrix (Jacobi); eigenvalues descending. */
export function eigenSym3(m: readonly number[]): { values: number[]; vectors: [number, number, number][] } {
  const a = [...m]
  const v = [1, 0, 0, 0, 1, 0, 0, 0, 1]
  for (let sweep = 0; sweep < 50; sweep++) {
    const off = Math.abs(a[1]!) + Math.abs(a[2]!) + Math.abs(a[5]!)
    if (off < 1e-18) break
    for (const [p, q] of [
      [0, 1],
      [0, 2],
      [1, 2],
    ] as const) {
      const apq = a[p * 3 + q]!
      if (Math.abs(apq) < 1e-30) continue
      const theta = (a[q * 3 + q]! - a[p * 3 + p]!) / (2 * apq)
      const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1))
      const c = 1 / Math.sqrt(t * t + 1)
      const s = t * c
      for (let k = 0; k < 3; k++) {
        const akp = a[k * 3 + p]!,
          akq = a[k * 3 + q]!
        a[k * 3 + p] = c * akp - s * akq
        a[k * 3 + q] = s * akp + c * akq
      }
      for (let k = 0; k < 3; k++) {
        const apk = a[p * 3 + k]!,
          aqk = a[q * 3 + k]!
        a[p * 3 + k] = c * apk - s * aqk
        a[q * 3 + k] = s * apk + c * aqk
      }
      for (let k = 0; k < 3; k++) {
        const vkp = v[k * 3 + p]!,
          vkq = v[k * 3 + q]!
        v[k * 3 + p] = c * vkp - s * vkq
        v[k * 3 + q] = s * vkp + c * vkq
      }
    }
  }
  const order = [0, 1, 2].sort((i, j) => a[j * 3 + j]! - a[i * 3 + i]!)
  return {
    values: order.map((i) => a[i * 3 + i]!),
    vectors: order.map((i) => [v[i]!, v[3 + i]!, v[6 + i]!] as [number, number, number]),
  }
}

/** Symmetric square root of a 2x2 SPD matrix [[a, b], [b, c]]. */
export function sqrtSym2(a: number, b: number, c: number): [number, number, number] {
  // For a 2x2 SPD matrix M: sqrt(M) = (M + sqrt(det) I) / sqrt(trace + 2 sqrt(det)).
  const det = Math.max(a * c - b * b, 0)
  const sd = Math.sqrt(det)
  const t = Math.sqrt(Math.max(a + c + 2 * sd, 1e-30))
  return [(a + sd) / t, b / t, (c + sd) / t]
}
