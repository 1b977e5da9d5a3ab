/**
 * Pure helpers for the first-view figures (issue #13): what was fetched before a page's first
 * frame, long tasks before it was interactive, and the median of several loads per file.
 */
import { median } from './summary.ts'

/** One fetch as Resource Timing reports it (the page's own document included). */
export interface Fetched {
  /** The path on the server (no origin, no query). */
  file: string
  /** Bytes of the body as sent over the wire (compressed when the server compressed it). */
  encodedBytes: number
  /** When the last byte arrived (ms since navigation start). */
  responseEnd: number
}

/** The compressed bytes fetched by `at` (ms since navigation start), per file, largest first. */
export function fetchedBy(fetches: readonly Fetched[], at: number): { total: number; files: [string, number][] } {
  const files = new Map<string, number>()
  for (const f of fetches) if (f.responseEnd <= at) files.set(f.file, (files.get(f.file) ?? 0) + f.encodedBytes)
  const list = [...files.entries()].sort((a, b) => b[1] - a[1])
  return { total: list.reduce((sum, [, n]) => sum + n, 0), files: list }
}

/** Long tasks (start and duration, ms) that started before `at`: how many, and the longest. */
export function longTasksBefore(
  tasks: readonly { start: number; duration: number }[],
  at: number,
): { count: number; longestMs: number } {
  const before = tasks.filter((t) => t.start < at)
  return { count: before.length, longestMs: before.reduce((m, t) => Math.max(m, t.duration), 0) }
}

/** a / b, or null where either is missing or b is not positive. */
export function ratio(a: number | null, b: number | null): number | null {
  return a === null || b === null || b <= 0 ? null : a / b
}

/**
 * Per file, the median of its bytes over loads (a file a load did not fetch counts as 0 there),
 * largest first: hashed names are the same in every load of one build.
 */
export function medianPerFile(loads: readonly (readonly [string, number][])[]): [string, number][] {
  const names = new Set(loads.flatMap((l) => l.map(([f]) => f)))
  const out: [string, number][] = [...names].map((name) => [
    name,
    median(loads.map((l) => l.find(([f]) => f === name)?.[1] ?? 0)) ?? 0,
  ])
  return out.sort((a, b) => b[1] - a[1])
}

/** Folds Vite's content hash out of a built file's name for printing: assets/Scene-AbC123.js -> Scene.js. */
export function plainName(file: string): string {
  const base = file.split('/').pop() || file
  return base.replace(/-[\w-]{8}(\.\w+)$/, '$1') || '/'
}
