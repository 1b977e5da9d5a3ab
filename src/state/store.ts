/**
 * The one app store: ids and view flags only (no clinical content, no three objects).
 * Actions are plain exported functions so the UI, the scene, the URL sync and tests can call
 * them without hooks (zustand's "no store actions" practice).
 */
import { create } from 'zustand'
import type { ExplainerId } from '../data/explainers.ts'
import type { MuscleId } from '../data/muscles.ts'
import type { RegionId } from '../data/regions.ts'
import type { Side } from '../data/types.ts'
import type { LayerName, Mode } from './choices.ts'

export { layers, modes, type LayerName, type Mode } from './choices.ts'

/** A muscle on one side of the body: what the user hovers or selects. */
export interface MuscleOnSide {
  muscle: MuscleId
  side: Side
  /**
   * One part of a multi-part muscle (its id in src/data), when the person picked that part;
   * absent for the whole muscle. Only parts holding trigger points are picked (muscle-parts.ts).
   */
  part?: string
}

/** Camera presets the view buttons offer. */
export const viewPresets = ['front', 'back', 'left', 'right'] as const
export type ViewPreset = (typeof viewPresets)[number]

/** A one-off request to the camera; `id` grows so the same request can be repeated. */
export type CameraRequest =
  | { id: number; kind: 'preset'; preset: ViewPreset }
  | { id: number; kind: 'reset' }
  | { id: number; kind: 'frame'; target: MuscleOnSide }
  /** Several muscles' patterns at once (comparing). */
  | { id: number; kind: 'frameAll'; targets: readonly MuscleOnSide[] }
  /** The whole body, from the preset side that shows most of these marks (a drawing opened). */
  | { id: number; kind: 'frameMarks'; marks: readonly MarkedRegion[] }

export interface AppState {
  selected: MuscleOnSide | null
  hovered: MuscleOnSide | null
  visibleLayers: Record<LayerName, boolean>
  /** The ACR 1990 tender points drawn as rings on the body (and listed), apart from the layers. */
  tenderPoints: boolean
  cameraRequest: CameraRequest | null
  /** Messages for the user (a broken link, ...), shown until dismissed. */
  notices: readonly string[]
  /** Who the words are for: plain words for a patient, precise terms for a clinician. */
  audience: Audience
  /** The explainer page open over the app, if any. */
  explainer: ExplainerId | null
  mode: Mode
  /** Pain marks, unique by region and side, in the order first marked. */
  painMarks: readonly MarkedRegion[]
  /** Earlier versions of `painMarks`, newest last, for undo. */
  painHistory: readonly (readonly MarkedRegion[])[]
  brush: Brush
  /**
   * How the last change of `selected` reaches the browser's history: 'push' for a deliberate
   * navigation (a search result, a ranked result, a related-muscle link: Back returns to what
   * was shown before), 'replace' while the person browses the body (taps, part switches, side
   * switches, clearing): those change the current entry and never fill the history.
   */
  navigation: Navigation
  /**
   * The part of the canvas that no sheet, panel or button covers, as insets from its edges
   * (CSS pixels), measured by the UI; the camera frames what it shows inside it. Null until
   * measured (the whole canvas).
   */
  freeCanvas: CanvasInsets | null
  /**
   * The muscles a clinician picked for this patient, in order (at most `maxPatientList`): drawn
   * together on the body while `comparing`, stepped through in Present, one section each in the
   * printed handout.
   */
  patientList: readonly MuscleOnSide[]
  /** Whether the body shows every muscle of the patient list at once, each in its own colour. */
  comparing: boolean
  /** Full-screen presentation for the patient facing the screen: chrome hidden, large type. */
  presenting: boolean
  /**
   * Whether the muscles have arrived: the body's outline (the skin) is drawn first and the
   * muscles, five sixths of the model's bytes, follow it.
   */
  musclesLoaded: boolean
}

/** The most muscles a patient list holds (and a comparison shows at once). */
export const maxPatientList = 4

/** How much of each canvas edge something covers, in CSS pixels. */
export interface CanvasInsets {
  top: number
  right: number
  bottom: number
  left: number
}

/** Whether a selection adds a history entry ('push') or changes the current one ('replace'). */
export type Navigation = 'push' | 'replace'

/** Plain words (the default) or clinical terms. */
export type Audience = 'patient' | 'clinician'

/** A place the person marked as painful: a region on one side. */
export interface MarkedRegion {
  region: RegionId
  side: Side
}

/** The pain brush: paint or erase, and its radius in metres. */
export interface Brush {
  tool: 'paint' | 'erase'
  radius: number
}

const initialState: AppState = {
  selected: null,
  hovered: null,
  visibleLayers: { skin: true, superficial: true, deep: true },
  tenderPoints: false,
  cameraRequest: null,
  notices: [],
  audience: 'patient',
  explainer: null,
  mode: 'explore',
  painMarks: [],
  painHistory: [],
  brush: { tool: 'paint', radius: 0.03 },
  navigation: 'replace',
  freeCanvas: null,
  patientList: [],
  comparing: false,
  presenting: false,
  musclesLoaded: false,
}

export const useAppStore = create<AppState>()(() => initialState)

let nextRequestId = 1

/**
 * Selects a muscle on one side; `frame` also moves the camera to it (search, list).
 * `navigation` 'push' (search, ranked result, related-muscle link) adds a history entry; the
 * default, 'replace', is for browsing (a tap on the body) and changes the current entry.
 */
export function selectMuscle(target: MuscleOnSide, options: { frame?: boolean; navigation?: Navigation } = {}): void {
  useAppStore.setState({ selected: target, navigation: options.navigation ?? 'replace' })
  // A push is told once, to the change it belongs to: later changes default to browsing again.
  if (options.navigation === 'push') useAppStore.setState({ navigation: 'replace' })
  if (options.frame) requestCamera({ kind: 'frame', target })
}

/** Clears the selection (click on empty space, Escape). */
export function clearSelection(): void {
  useAppStore.setState({ selected: null, navigation: 'replace' })
}

/** Shows the same muscle on the other side. */
export function switchSide(side: Side): void {
  const { selected } = useAppStore.getState()
  if (selected && selected.side !== side) selectMuscle({ ...selected, side }, { frame: true })
}

/** Sets or clears the hovered muscle; ignores repeats so pointer moves cost nothing. */
export function hoverMuscle(target: MuscleOnSide | null): void {
  const { hovered } = useAppStore.getState()
  if (hovered?.muscle === target?.muscle && hovered?.side === target?.side && hovered?.part === target?.part) return
  useAppStore.setState({ hovered: target })
}

/** Narrows the selection to one part of the selected muscle, or (undefined) widens it to the whole. */
export function selectPart(part: string | undefined): void {
  const { selected } = useAppStore.getState()
  if (!selected) return
  const { part: _old, ...whole } = selected
  useAppStore.setState({ selected: part ? { ...whole, part } : whole, navigation: 'replace' })
}

/** Shows or hides one layer of the body. */
export function setLayerVisible(layer: LayerName, visible: boolean): void {
  useAppStore.setState((s) => ({ visibleLayers: { ...s.visibleLayers, [layer]: visible } }))
}

/** Shows or hides the tender-point rings and their list. */
export function setTenderPointsVisible(visible: boolean): void {
  useAppStore.setState({ tenderPoints: visible })
}

type CameraRequestBody = CameraRequest extends infer R ? (R extends CameraRequest ? Omit<R, 'id'> : never) : never

/** Asks the camera to move (preset view, reset, frame a muscle). */
export function requestCamera(request: CameraRequestBody): void {
  useAppStore.setState({ cameraRequest: { ...request, id: nextRequestId++ } })
}

/** Says the muscles have arrived and are drawn (see `musclesLoaded`). */
export function setMusclesLoaded(loaded: boolean): void {
  useAppStore.setState({ musclesLoaded: loaded })
}

/** Records the free part of the canvas (see `freeCanvas`); repeats of the same insets are ignored. */
export function setFreeCanvas(insets: CanvasInsets | null): void {
  const now = useAppStore.getState().freeCanvas
  const key = (i: CanvasInsets | null) => (i ? `${i.top},${i.right},${i.bottom},${i.left}` : '')
  if (key(now) !== key(insets)) useAppStore.setState({ freeCanvas: insets })
}

/** Adds a message for the user; repeats are shown once. */
export function addNotice(message: string): void {
  useAppStore.setState((s) => (s.notices.includes(message) ? s : { notices: [...s.notices, message] }))
}

/** Removes a message the user has read. */
export function dismissNotice(message: string): void {
  useAppStore.setState((s) => ({ notices: s.notices.filter((n) => n !== message) }))
}

/** Switches between plain words and clinical terms. */
export function setAudience(audience: Audience): void {
  useAppStore.setState({ audience })
}

/** Opens an explainer page (or closes it with null). */
export function openExplainer(id: ExplainerId | null): void {
  useAppStore.setState({ explainer: id })
}

const sameMuscle = (a: MuscleOnSide, b: MuscleOnSide) => a.muscle === b.muscle && a.side === b.side

/** Whether a muscle on a side is in the patient list (parts aside). */
const noMuscles: readonly MuscleOnSide[] = []

/**
 * The patient list while it is compared on the body (its patterns drawn), else none: the same
 * empty list each time, so a component re-renders only when the compared muscles change.
 * `enabled` false gives none (a view that draws no patterns).
 */
export function useComparedMuscles(enabled = true): readonly MuscleOnSide[] {
  return useAppStore((s) => (enabled && s.comparing ? s.patientList : noMuscles))
}

export function inPatientList(list: readonly MuscleOnSide[], target: MuscleOnSide): boolean {
  return list.some((m) => sameMuscle(m, target))
}

/**
 * Replaces the patient list (repeats kept once, the first `maxPatientList` kept, parts dropped:
 * the list names whole muscles). Comparing ends when fewer than two muscles are left.
 */
export function setPatientList(list: readonly MuscleOnSide[]): void {
  const unique: MuscleOnSide[] = []
  for (const m of list) if (!inPatientList(unique, m)) unique.push({ muscle: m.muscle, side: m.side })
  const patientList = unique.slice(0, maxPatientList)
  useAppStore.setState((s) => ({ patientList, comparing: s.comparing && patientList.length >= 2 }))
}

/** Adds a muscle to the end of the patient list; false (and nothing changes) when it is full. */
export function addToPatientList(target: MuscleOnSide): boolean {
  const { patientList } = useAppStore.getState()
  if (inPatientList(patientList, target)) return true
  if (patientList.length >= maxPatientList) return false
  setPatientList([...patientList, target])
  return true
}

/** Takes a muscle out of the patient list. */
export function removeFromPatientList(target: MuscleOnSide): void {
  setPatientList(useAppStore.getState().patientList.filter((m) => !sameMuscle(m, target)))
}

/**
 * Shows the patient list together on the body (two or more muscles), or one muscle at a time.
 * Comparing starts from the list as it is; with fewer than two muscles it stays off. Starting
 * it frames all their patterns, unless `frame` is false (a link that names its own view).
 */
export function setComparing(on: boolean, options: { frame?: boolean } = {}): void {
  useAppStore.setState((s) => ({ comparing: on && s.patientList.length >= 2 }))
  const { comparing, patientList } = useAppStore.getState()
  if (comparing && (options.frame ?? true)) requestCamera({ kind: 'frameAll', targets: patientList })
}

/** Enters or leaves the full-screen presentation. */
export function setPresenting(on: boolean): void {
  useAppStore.setState({ presenting: on })
}

/** Back to the first state (tests). */
export function resetStore(): void {
  useAppStore.setState(useAppStore.getInitialState(), true)
}
