/** Names of a saved drawing's areas for the record's lists. */
import { isMidline, regions } from '../data/regions.ts'
import type { RecordMark } from '../record/schema.ts'
import { markedAreaName } from './MarkedAreas.tsx'

/** Each area's name once ("Breastbone" once, whichever halves were marked), in marking order. */
export function areaNames(marks: readonly RecordMark[]): string[] {
  const names = marks.map((m) => (isMidline(m.region) ? regions[m.region].label : markedAreaName(m)))
  return [...new Set(names)]
}

/** "2 Dec 2026, 21:30" in the person's own locale. */
export function recordDate(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
}
