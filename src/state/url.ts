/**
 * The shareable part of the state in the URL: `?v=2&m=gluteus_minimus&s=l&w=c&l=md&p=1k.1l`.
 * Every part but `v` is optional; a part left out means "as the app starts".
 * - `m`, `s`, `t`: the selected muscle, its side (`l`/`r`), one part of a multi-part muscle.
 * - `p`: pain marks as region labels (regionIndex * 2 + side, 1 for right) in base 36.
 * - `o`: the mode when the marks do not imply it (`h` "Where does it hurt?" with no marks yet,
 *   `e` exploring although marks exist); without `o`, marks mean "Where does it hurt?" (v1).
 * - `w`: wording, `c` for clinical terms (plain words otherwise).
 * - `l`: the layers shown when not all are (`s` skin, `m` surface muscles, `d` deep), `-` none.
 * - `c`: the camera's preset view (`f`, `b`, `l`, `r`); without it a selection is framed.
 * - `k`: the patient list (`gluteus_minimus-l.piriformis-l`), at most four muscles.
 * - `x`: `c` when the body shows the patient list compared, all at once.
 * Version 1 links (`?v=1&m=...&s=...&t=...&p=...`) read exactly as before. Validated on read:
 * a bad part is dropped with a message for the user and the rest of the view is kept, never a
 * crash. Pure functions; `urlSync.ts` connects them to the browser.
 */
import { isSelectablePart } from '../data/muscle-parts.ts'
import { isMuscleId, muscles } from '../data/muscles.ts'
import { regionIds } from '../data/regions.ts'
import {
  layers,
  maxPatientList,
  type Audience,
  type LayerName,
  type MarkedRegion,
  type Mode,
  type MuscleOnSide,
  type ViewPreset,
} from './store.ts'

/** The version this code writes; links of other versions are read as far as they are valid. */
export const urlVersion = 2

/** Versions whose links this code reads fully (1 is a subset of 2). */
const readableVersions = ['1', '2']

/** The most muscles a patient list (and so a comparison) holds. */
export const maxCompare = maxPatientList

/** What a URL can carry. An absent optional field means the link does not state it. */
export interface UrlState {
  selected: MuscleOnSide | null
  painMarks: readonly MarkedRegion[]
  mode?: Mode
  audience?: Audience
  visibleLayers?: Readonly<Record<LayerName, boolean>>
  /** The preset the camera was last moved to; absent: frame the selection (or the start view). */
  view?: ViewPreset
  /** The muscles picked for this patient (see the store's `patientList`). */
  patientList?: readonly MuscleOnSide[]
  /** Whether the patient list is shown compared on the body. */
  comparing?: boolean
}

/** The result of reading a URL: what was valid, and a message for each part that was not. */
export interface DecodedUrl {
  state: UrlState
  problems: string[]
}

const sideCodes = { l: 'left', r: 'right' } as const
const layerCodes: Record<LayerName, string> = { skin: 's', superficial: 'm', deep: 'd' }
const viewCodes: Record<ViewPreset, string> = { front: 'f', back: 'b', left: 'l', right: 'r' }
/** The keys this version writes or reads; other one-letter keys are parts of a link it cannot read. */
const knownKeys = new Set(['v', 'm', 's', 't', 'p', 'o', 'w', 'l', 'c', 'k', 'x'])

const sideCode = (side: MuscleOnSide['side']) => (side === 'left' ? 'l' : 'r')

/** Writes the query string (with leading `?`, or '' when the view is the start view). */
export function encodeUrlState(state: UrlState): string {
  const params = new URLSearchParams({ v: String(urlVersion) })
  if (state.selected) {
    params.set('m', state.selected.muscle)
    params.set('s', sideCode(state.selected.side))
    if (state.selected.part) params.set('t', state.selected.part)
  }
  if (state.painMarks.length > 0) {
    params.set(
      'p',
      state.painMarks
        .map((m) => (regionIds.indexOf(m.region) * 2 + (m.side === 'left' ? 0 : 1)).toString(36))
        .join('.'),
    )
  }
  const impliedMode: Mode = state.painMarks.length > 0 ? 'where_it_hurts' : 'explore'
  if (state.mode && state.mode !== impliedMode) params.set('o', state.mode === 'where_it_hurts' ? 'h' : 'e')
  if (state.audience === 'clinician') params.set('w', 'c')
  if (state.visibleLayers && layers.some((l) => !state.visibleLayers?.[l])) {
    params.set(
      'l',
      layers
        .filter((l) => state.visibleLayers?.[l])
        .map((l) => layerCodes[l])
        .join('') || '-',
    )
  }
  if (state.view) params.set('c', viewCodes[state.view])
  if (state.patientList && state.patientList.length > 0) {
    params.set('k', state.patientList.map((c) => `${c.muscle}-${sideCode(c.side)}`).join('.'))
    if (state.comparing) params.set('x', 'c')
  }
  return [...params.keys()].length > 1 ? `?${params.toString()}` : ''
}

/** Reads the `p` list; unknown codes are dropped and counted. */
function decodeMarks(text: string): { marks: MarkedRegion[]; bad: number } {
  const marks: MarkedRegion[] = []
  let bad = 0
  for (const code of text.split('.')) {
    const label = /^[0-9a-z]{1,3}$/.test(code) ? parseInt(code, 36) : NaN
    const region = Number.isInteger(label) ? regionIds[label >> 1] : undefined
    if (!region) {
      bad++
      continue
    }
    const side = label & 1 ? 'right' : 'left'
    if (!marks.some((m) => m.region === region && m.side === side)) marks.push({ region, side })
  }
  return { marks, bad }
}

/** Reads the `k` list; unknown entries are dropped and counted, repeats kept once. */
function decodeCompare(text: string): { compare: MuscleOnSide[]; bad: number } {
  const compare: MuscleOnSide[] = []
  let bad = 0
  for (const entry of text.split('.')) {
    const match = /^([a-z0-9_]{1,60})-([lr])$/.exec(entry)
    const muscle = match?.[1]
    if (!match || !muscle || !isMuscleId(muscle)) {
      bad++
      continue
    }
    const side = match[2] === 'r' ? 'right' : 'left'
    if (!compare.some((c) => c.muscle === muscle && c.side === side)) compare.push({ muscle, side })
  }
  return { compare, bad }
}

/** Reads the `l` letters: every letter must name a layer, or the link's layers are ignored. */
function decodeLayers(text: string): Record<LayerName, boolean> | null {
  if (text === '-') return { skin: false, superficial: false, deep: false }
  const codes = [...text]
  const valid =
    codes.length > 0 && codes.length <= layers.length && codes.every((c) => Object.values(layerCodes).includes(c))
  if (!valid) return null
  return { skin: codes.includes('s'), superficial: codes.includes('m'), deep: codes.includes('d') }
}

/** Reads a query string; never throws. */
export function decodeUrlState(search: string): DecodedUrl {
  const problems: string[] = []
  let params: URLSearchParams
  try {
    params = new URLSearchParams(search)
  } catch {
    return {
      state: { selected: null, painMarks: [] },
      problems: ['This link could not be read, so the body is shown without a selection.'],
    }
  }
  const version = params.get('v')
  const otherVersion = version !== null && !readableVersions.includes(version)
  if (otherVersion) {
    problems.push(
      `This link was made by another version of TriggerMap (v=${clip(version)}); parts of it may be ignored.`,
    )
  }
  const muscle = params.get('m')
  const side = params.get('s')
  let selected: MuscleOnSide | null = null
  if (muscle !== null) {
    if (!isMuscleId(muscle)) {
      problems.push(`The link names a muscle we do not know (“${clip(muscle)}”), so nothing is selected.`)
    } else if (side !== null && side !== 'l' && side !== 'r') {
      problems.push(
        `The link gives an unknown side (“${clip(side)}”) for the ${muscles[muscle].name.toLowerCase()}; ` +
          'showing the left one.',
      )
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
    else
      problems.push(
        `The link names a part (“${clip(part)}”) the ${muscles[selected.muscle].name.toLowerCase()} does not have; ` +
          'showing the whole muscle.',
      )
  }
  let painMarks: MarkedRegion[] = []
  const p = params.get('p')
  if (p !== null) {
    const { marks, bad } = decodeMarks(p)
    painMarks = marks
    if (bad > 0) problems.push(`${bad} of the pain marks in this link could not be read and were left out.`)
  }
  const state: UrlState = { selected, painMarks }

  const o = params.get('o')
  if (o === 'h') state.mode = 'where_it_hurts'
  else if (o === 'e') state.mode = 'explore'
  else if (o !== null)
    problems.push(`The link asks for a mode we do not know (“${clip(o)}”); it opens as the marks suggest.`)

  const w = params.get('w')
  if (w === 'c') state.audience = 'clinician'
  else if (w === 'p') state.audience = 'patient'
  else if (w !== null) problems.push(`The link asks for a wording we do not know (“${clip(w)}”); showing plain words.`)

  const l = params.get('l')
  if (l !== null) {
    const visible = decodeLayers(l)
    if (visible) state.visibleLayers = visible
    else problems.push(`The link names layers we do not know (“${clip(l)}”); showing all layers.`)
  }

  const c = params.get('c')
  if (c !== null) {
    const view = (Object.keys(viewCodes) as ViewPreset[]).find((v) => viewCodes[v] === c)
    if (view) state.view = view
    else problems.push(`The link asks for a view we do not know (“${clip(c)}”); showing the usual view.`)
  }

  const k = params.get('k')
  if (k !== null) {
    const { compare, bad } = decodeCompare(k)
    if (bad > 0) problems.push(`${bad} of the muscles in this link's patient list could not be read and were left out.`)
    if (compare.length > maxCompare)
      problems.push(`The link lists ${compare.length} muscles for this patient; the first ${maxCompare} are kept.`)
    if (compare.length > 0) state.patientList = compare.slice(0, maxCompare)
  }
  const x = params.get('x')
  if (x === 'c' && (state.patientList?.length ?? 0) >= 2) state.comparing = true
  else if (x !== null)
    problems.push('The link asks to compare muscles but names fewer than two; they are shown one at a time.')

  // One-letter keys are this app's namespace: one this version does not know is a part of the
  // link it cannot show. Longer keys (utm_source, fbclid) were added by whoever passed it on.
  if (!otherVersion) {
    const unknown = [...new Set([...params.keys()].filter((key) => /^[a-z]$/i.test(key) && !knownKeys.has(key)))]
    if (unknown.length > 0)
      problems.push(
        `This link has parts this version of TriggerMap cannot read (${unknown.map(clip).join(', ')}); ` +
          'they were ignored.',
      )
  }
  return { state, problems }
}

/** Keeps echoed user input short and printable. */
function clip(text: string): string {
  const printable = text.replace(/[^\p{L}\p{N}_\-. ]/gu, '?')
  return printable.length > 40 ? `${printable.slice(0, 40)}…` : printable
}
