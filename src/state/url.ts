/**
 * The shareable part of the state in the URL: `?v=1&m=infraspinatus&s=l&p=1k.1l`.
 * `t` names one part of a multi-part muscle (`?v=1&m=deltoid&s=l&t=anterior`).
 * `p` lists pain marks as region labels (regionIndex * 2 + side, 1 for right) in base 36.
 * Versioned, compact, validated on read: a bad part is dropped with a message for the user,
 * never a crash. Pure functions; `urlSync.ts` connects them to the browser.
 */
import { isSelectablePart } from '../data/muscle-parts.ts'
import { isMuscleId, muscles } from '../data/muscles.ts'
import { regionIds } from '../data/regions.ts'
import type { MarkedRegion, MuscleOnSide } from './store.ts'

/** The version this code writes; links of other versions are read as far as they are valid. */
export const urlVersion = 1

/** What a URL can carry. */
export interface UrlState {
  selected: MuscleOnSide | null
  painMarks: readonly MarkedRegion[]
}

/** The result of reading a URL: what was valid, and a message for each part that was not. */
export interface DecodedUrl {
  state: UrlState
  problems: string[]
}

const sideCodes = { l: 'left', r: 'right' } as const

/** Writes the query string (with leading `?`, or '' when there is nothing to share). */
export function encodeUrlState(state: UrlState): string {
  if (!state.selected && state.painMarks.length === 0) return ''
  const params = new URLSearchParams({ v: String(urlVersion) })
  if (state.selected) {
    params.set('m', state.selected.muscle)
    params.set('s', state.selected.side === 'left' ? 'l' : 'r')
    if (state.selected.part) params.set('t', state.selected.part)
  }
  if (state.painMarks.length > 0) {
    params.set('p', state.painMarks.map((m) => (regionIds.indexOf(m.region) * 2 + (m.side === 'left' ? 0 : 1)).toString(36)).join('.'))
  }
  return `?${params.toString()}`
}

/** Reads the `p` list; unknown codes are dropped and counted. */
function decodeMarks(text: string): { marks: MarkedRegion[]; bad: number } {
  const marks: MarkedRegion[] = []
  let bad = 0
  for (const code of text.split('.')) {
    const label = /^[0-9a-z]{1,3}$/.test(code) ? parseInt(code, 36) : NaN
    const region = Number.isInteger(label) ? regionIds[label >> 1] : undefined
    if (!region) { bad++; continue }
    const side = label & 1 ? 'right' : 'left'
    if (!marks.some((m) => m.region === region && m.side === side)) marks.push({ region, side })
  }
  return { marks, bad }
}

/** Reads a query string; never throws. */
export function decodeUrlState(search: string): DecodedUrl {
  const problems: string[] = []
  let params: URLSearchParams
  try {
    params = new URLSearchParams(search)
  } catch {
    return { state: { selected: null, painMarks: [] }, problems: ['This link could not be read, so the body is shown without a selection.'] }
  }
  const version = params.get('v')
  if (version !== null && version !== String(urlVersion)) {
    problems.push(`This link was made by another version of TriggerMap (v=${clip(version)}); parts of it may be ignored.`)
  }
  const muscle = params.get('m')
  const side = params.get('s')
  let selected: MuscleOnSide | null = null
  if (muscle !== null) {
    if (!isMuscleId(muscle)) {
      problems.push(`The link names a muscle we do not know (“${clip(muscle)}”), so nothing is selected.`)
    } else if (side !== null && side !== 'l' && side !== 'r') {
      problems.push(`The link gives an unknown side (“${clip(side)}”) for the ${muscles[muscle].name.toLowerCase()}; showing the left one.`)
      selected = { muscle, side: 'left' }
    } else {
      selected = { muscle, side: sideCodes[side === 'r' ? 'r' : 'l'] }
    }
  } else if (side !== null) {
    problems.push('The link gives a side but no muscle, so nothing is selected.')
  }
  const part = params.get('t')
  if (part !== null && selected) {
    if (isSelectablePart(selected.muscle, part)) selected = { ...selected, part }
    else problems.push(`The link names a part (“${clip(part)}”) the ${muscles[selected.muscle].name.toLowerCase()} does not have; showing the whole muscle.`)
  }
  let painMarks: MarkedRegion[] = []
  const p = params.get('p')
  if (p !== null) {
    const { marks, bad } = decodeMarks(p)
    painMarks = marks
    if (bad > 0) problems.push(`${bad} of the pain marks in this link could not be read and were left out.`)
  }
  return { state: { selected, painMarks }, problems }
}

/** Keeps echoed user input short and printable. */
function clip(text: string): string {
  const printable = text.replace(/[^\p{L}\p{N}_\-. ]/gu, '?')
  return printable.length > 40 ? `${printable.slice(0, 40)}…` : printable
}
