/**
 * A muscle's data in two halves. The core is what the first view, search and the ranking read
 * (names, parts, trigger points and their zones, symptoms, related muscles); the clinical text
 * is what only a muscle's panel and handout show (attachments, where the pain goes in words,
 * the clinician's summary, what keeps trigger points going, self-care, treatments, sources,
 * where each trigger point is). The text is about 86 KiB of the first chunk's brotli-compressed
 * bytes, so it loads after the body (issue 13). Pure; both halves keep the data's own ids.
 */
import type { Muscle, TriggerPoint } from './types.ts'

/** The fields of `Muscle` that are clinical text, read only by the panel and the handout. */
export const textFields = [
  'attachments',
  'actions',
  'referredPain',
  'clinicalSummary',
  'perpetuatingFactors',
  'selfCare',
  'treatments',
  'sources',
  'uncertain',
] as const satisfies readonly (keyof Muscle)[]

type TextField = (typeof textFields)[number]

/** A trigger point without the words that say where to find it. */
export type TriggerPointCore = Omit<TriggerPoint, 'location' | 'clinicalLocation'>

/** Where to find a trigger point, in a patient's and a clinician's words. */
export type TriggerPointText = Pick<TriggerPoint, 'id' | 'location' | 'clinicalLocation'>

/** What the first view, search and the ranking read of a muscle. */
export type MuscleCore = Omit<Muscle, TextField | 'triggerPoints'> & { triggerPoints: readonly TriggerPointCore[] }

/** A muscle's clinical text: what its panel and handout show beyond the core. */
export type MuscleText = Pick<Muscle, TextField> & { triggerPoints: readonly TriggerPointText[] }

/** `o` without the fields `keys`, as a new object. */
function without(o: object, keys: readonly string[]): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...o }
  for (const k of keys) delete copy[k]
  return copy
}

/**
 * The core of a muscle (also of a core already split: the build hands the app those): every
 * field but the clinical text, so a field added to the data stays in the core unless listed.
 */
export function coreOf(m: MuscleCore): MuscleCore {
  const core = without(m, textFields)
  core.triggerPoints = m.triggerPoints.map((t) => without(t, ['location', 'clinicalLocation']))
  return core as MuscleCore
}

/** The clinical text of a muscle (also of a text already split, as the build hands it over). */
export function textOf(m: MuscleText): MuscleText {
  const text: Record<string, unknown> = {}
  for (const f of textFields) if (m[f] !== undefined) text[f] = m[f]
  text.triggerPoints = m.triggerPoints.map(({ id, location, clinicalLocation }) => ({ id, location, clinicalLocation }))
  return text as MuscleText
}

/** `f` applied to every muscle, keeping the catalogue's order. */
export function eachMuscle<K extends string, A, B>(all: Readonly<Record<K, A>>, f: (a: A) => B): Record<K, B> {
  return Object.fromEntries(Object.entries<A>(all).map(([id, m]) => [id, f(m)])) as Record<K, B>
}

/** Where the trigger point `id` is, in a patient's words (or a clinician's), from `text`. */
export function locationOf(text: MuscleText, id: string, clinician = false): string {
  const t = text.triggerPoints.find((p) => p.id === id)
  if (!t) throw new Error(`No clinical text for the trigger point ${id}`)
  return clinician ? t.clinicalLocation : t.location
}
