/**
 * What one muscle's handout says, gathered from the data the panel reads (never copied): names,
 * where its trigger points are and where their pain goes in plain words, the self-care steps, the
 * treatments a person can do at home with their evidence and safety notes, the red-flag notices
 * that apply, and every source behind them. Pure, so it is tested without a browser.
 */
import { explainers } from '../data/explainers.ts'
import { locationOf } from '../data/muscle-split.ts'
import type { ClinicalText } from '../data/muscle-text.ts'
import { muscles } from '../data/muscles.ts'
import { redFlags } from '../data/red-flags.ts'
import type { TreatmentId } from '../data/treatments.ts'
import type { SourceRef } from '../data/types.ts'
import { redFlagsForMuscle } from '../lookup/redFlags.ts'
import type { MuscleOnSide } from '../state/store.ts'
import { evidenceLabel, muscleOnSideLabel, regionList } from '../ui/labels.ts'

/** A self-care technique as the handout prints it. */
export interface HandoutTechnique {
  kind: 'Stretch' | 'Self-pressure' | 'Heat'
  name: string
  steps: readonly string[]
  cautions: readonly string[]
}

/** A treatment with its grade, what is specific to this muscle, and its serious risks. */
export interface HandoutTreatment {
  id: TreatmentId
  name: string
  evidence: string
  note?: string
  safety: readonly string[]
}

/** Everything one muscle's section prints, in order. */
export interface HandoutContent {
  target: MuscleOnSide
  /** "Left gluteus minimus" (with the part, when one part is shown). */
  title: string
  /** The anatomical (Latin) name. */
  latin: string
  triggerPoints: readonly { label: string; location: string }[]
  referredPain: string
  zones: readonly { label: string; essential: string; spillover: string }[]
  selfCare: readonly HandoutTechnique[]
  /** What keeps trigger points going: what to avoid. */
  avoid: readonly string[]
  /** Treatments a person does without a clinician (home, lifestyle, nutrition); a clinician's are left to them. */
  atHome: readonly HandoutTreatment[]
  /** The explainer's one-line summary of when to see a clinician. */
  seeAClinician: string
  redFlags: readonly { title: string; text: string }[]
  sources: readonly SourceRef[]
}

/**
 * Source references without repeats, in first-seen order: the same source and locator once, and a
 * source cited without a locator left out where it is also cited at a place in it (the book once,
 * at its chapter, rather than twice).
 */
export function uniqueSources(refs: readonly SourceRef[]): SourceRef[] {
  const out: SourceRef[] = []
  for (const r of refs) if (!out.some((x) => x.source === r.source && x.locator === r.locator)) out.push(r)
  return out.filter((r) => r.locator !== undefined || !out.some((x) => x.source === r.source && x.locator))
}

/**
 * The handout's content for one muscle on one side, from the clinical text (its own chunk,
 * `src/ui/clinicalText.ts`, loaded by the caller).
 */
export function handoutContent(target: MuscleOnSide, clinical: ClinicalText): HandoutContent {
  const m = muscles[target.muscle]
  const text = clinical.muscles[target.muscle]
  const listed = text.treatments.map(({ id, note }: { id: TreatmentId; note?: string }) => ({
    id,
    note,
    t: clinical.treatments[id],
  }))
  const home = listed.filter((x) => x.t.group !== 'clinical')
  const heat = listed.find((x) => x.id === 'heat')
  const flags = redFlagsForMuscle(target.muscle, target.side)
  const selfCare: HandoutTechnique[] = [
    { kind: 'Stretch', ...text.selfCare.stretch },
    { kind: 'Self-pressure', ...text.selfCare.selfPressure },
  ]
  if (heat) selfCare.push({ kind: 'Heat', name: heat.t.name, steps: heat.t.steps, cautions: heat.t.cautions })
  return {
    target,
    title: muscleOnSideLabel(target),
    latin: m.latin,
    triggerPoints: m.triggerPoints.map((t) => ({ label: t.label, location: locationOf(text, t.id) })),
    referredPain: text.referredPain,
    zones: m.triggerPoints.map((t) => ({
      label: t.label,
      essential: regionList(t.essentialZone),
      spillover: regionList(t.spilloverZone),
    })),
    selfCare,
    avoid: text.perpetuatingFactors,
    atHome: home.map(({ id, note, t }) => ({
      id,
      name: t.name,
      evidence: evidenceLabel[t.evidence.level],
      ...(note ? { note } : {}),
      safety: t.safety?.points ?? [],
    })),
    seeAClinician: explainers.when_to_see_a_clinician.summary,
    redFlags: flags.map((id) => ({ title: redFlags[id].title, text: redFlags[id].text })),
    sources: uniqueSources([
      ...text.sources,
      ...home.flatMap(({ t }) => t.sources),
      ...flags.flatMap((id) => redFlags[id].sources),
    ]),
  }
}
