/**
 * Pure helpers for the benchmark's figures: medians and percentiles, counting the animation
 * frames between a tap and the render that paints it, and the table of figures with their goals
 * that `npm run bench` prints and writes as JSON.
 */

/** Median of numbers (the mean of the middle two for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const s = [...values].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}

/** Nearest-rank percentile (p in 0..1): a value that was measured, never one in between; null when empty. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null
  const s = [...values].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!
}

/**
 * Animation frames from a tap to the render that painted it: the requestAnimationFrame
 * callbacks that ran after the release (`from`) and no later than the end of that render
 * (`to`), all on the page's clock. 1 means the very next frame painted it.
 */
export function framesBetween(ticks: readonly number[], from: number, to: number): number {
  return ticks.filter((t) => t > from && t <= to).length
}

/** One figure as printed and written: its value, and where the issue sets one, its goal and whether it is met. */
export interface Figure {
  name: string
  value: number | null
  unit: string
  /** The goal in words ("<= 3 frames"), or null for a figure given for context. */
  goal: string | null
  /** null where there is no goal, or nothing was measured. */
  met: boolean | null
  /** What the reader needs to weigh the value (how many runs, what it is measured against). */
  note?: string
}

/** A figure with an upper bound as its goal (met when value <= limit). */
export function atMost(
  name: string,
  value: number | null,
  unit: string,
  limit: number,
  goal: string,
  note?: string,
): Figure {
  return {
    name,
    value,
    unit,
    goal,
    met: value === null ? null : value <= limit,
    ...(note === undefined ? {} : { note }),
  }
}

/** A figure given for context, with no goal. */
export function context(name: string, value: number | null, unit: string, note?: string): Figure {
  return { name, value, unit, goal: null, met: null, ...(note === undefined ? {} : { note }) }
}

/** A count with its noun, singular for one: "1 frame", "3 frames". */
export function count(n: number | null, noun: string): string {
  return n === null ? 'n/a' : `${n} ${n === 1 ? noun.replace(/s$/, '') : noun}`
}

/** A value with as many decimals as its size needs (0.062, 1.24, 12.4, 384), and its unit. */
export function formatValue(value: number | null, unit: string): string {
  if (value === null) return 'n/a'
  const abs = Math.abs(value)
  const digits = Number.isInteger(value) ? 0 : abs < 1 ? 3 : abs < 100 ? 1 : 0
  if (unit === 'frames') return count(Number(value.toFixed(digits)), unit)
  return `${value.toFixed(digits)}${unit === '' ? '' : ` ${unit}`}`
}

/** The figures as a plain-text table: figure, value, goal, met; notes on the line below. */
export function figureTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    formatValue(f.value, f.unit),
    f.goal ?? '-',
    f.met === null ? (f.goal === null ? '' : 'n/a') : f.met ? 'met' : 'NOT met',
  ])
  const header = ['figure', 'value', 'goal', 'met']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd()
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  ')]
  figures.forEach((f, i) => {
    out.push(line(rows[i]!))
    if (f.note) out.push(`    ${f.note}`)
  })
  return out.join('\n')
}
