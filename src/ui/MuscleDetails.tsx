import type { ReactNode } from 'react'
import { partName, partOfTriggerPoint, triggerPointsOf } from '../data/muscle-parts.ts'
import { locationOf, type MuscleText } from '../data/muscle-split.ts'
import type { ClinicalText } from '../data/muscle-text.ts'
import { muscles, type MuscleId } from '../data/muscles.ts'
import { regions } from '../data/regions.ts'
import type { RedFlagId } from '../data/red-flags.ts'
import type { Side } from '../data/types.ts'
import { redFlagsForMuscle } from '../lookup/redFlags.ts'
import { useAppStore } from '../state/store.ts'
import { ExplainerLink } from './ExplainerLink.tsx'
import { muscleOnSideName, regionList } from './labels.ts'
import { SelfCare } from './SelfCare.tsx'
import { SourceList } from './SourceList.tsx'
import { TreatmentList } from './TreatmentList.tsx'
import { RelatedMuscles } from './RelatedMuscles.tsx'
import { RedFlagNotice } from './RedFlagNotice.tsx'
import { clinicalText } from './clinicalText.ts'

interface MuscleDetailsProps {
  muscle: MuscleId
  side: Side
  /** The part shown on the body, when the person picked one part of the muscle. */
  part?: string
  /** Heading level of the muscle's name (the panel uses 2, the no-WebGL list 3). */
  level?: 2 | 3
  /** Red-flag notices already shown beside this panel (the marks' own), so they are not repeated. */
  shownRedFlags?: readonly RedFlagId[]
  /**
   * The panel's controls (side, wording, part, close), placed after the name and the "Check first"
   * notice, so a pattern that can mimic danger never shows with its warning pushed below buttons.
   */
  controls?: ReactNode
}

/**
 * Everything about one muscle: trigger points, where the pain goes, symptoms, care, sources.
 * The name, the "Check first" notice, the zones and the symptoms come with the first view; the
 * clinical text (`clinicalText`, fetched once the body is drawn) fills the rest, and until it is
 * in, one line says so where it will go.
 */
export function MuscleDetails({ muscle, side, part, level = 2, shownRedFlags = [], controls }: MuscleDetailsProps) {
  const m = muscles[muscle]
  const { value: clinical, failed } = clinicalText.useModule()
  const text: MuscleText | null = clinical ? clinical.muscles[muscle] : null
  const shown = new Set(triggerPointsOf(muscle, part).map((t) => t.id))
  const onePart = shown.size < m.triggerPoints.length
  const clinician = useAppStore((s) => s.audience === 'clinician')
  const Title = level === 2 ? 'h2' : 'h3'
  const Section = level === 2 ? 'h3' : 'h4'
  return (
    <article className="muscle-details" aria-labelledby={`title-${muscle}`} aria-busy={!text && !failed}>
      <header>
        <Title id={`title-${muscle}`} className="muscle-title">
          {muscleOnSideName(muscle, side)}
        </Title>
        <p className="latin" lang="la">
          {m.latin}
        </p>
        {m.synonyms.length > 0 && <p className="synonyms">Also called {m.synonyms.join(', ')}</p>}
        {onePart && part && (
          <p className="part-shown">
            Showing the {partName(muscle, part)}: the body shows its trigger {shown.size === 1 ? 'point' : 'points'} and
            the pain {shown.size === 1 ? 'it refers' : 'they refer'}.
          </p>
        )}
      </header>
      <RedFlagNotice
        ids={redFlagsForMuscle(muscle, side).filter((id) => !shownRedFlags.includes(id))}
        level={level === 2 ? 3 : 4}
      />
      {controls}
      {!text && (
        <p className="details-loading" role="status">
          {failed
            ? 'The rest of this page could not be loaded. Reload the page to see it.'
            : 'Loading where to find them, self-care and treatments…'}
        </p>
      )}
      {text?.uncertain && (
        <p className="uncertain" role="note">
          <strong>Evidence is thin here.</strong> {text.uncertain}
        </p>
      )}

      <Section>Trigger points</Section>
      <ul className="trigger-points">
        {m.triggerPoints.map((t) => (
          <li key={t.id} className={onePart && !shown.has(t.id) ? 'other-part' : undefined}>
            <strong>{t.label}</strong>
            {text && <>: {locationOf(text, t.id, clinician)}</>}
            {onePart && !shown.has(t.id) && (
              <span className="part-tag"> (in the {partName(muscle, partOfTriggerPoint(muscle, t))})</span>
            )}
          </li>
        ))}
      </ul>

      <Section>Where the pain goes</Section>
      {text && <p>{text.referredPain}</p>}
      {text && clinician && <p className="clinical-summary">{text.clinicalSummary}</p>}
      <p>
        <ExplainerLink id="trigger_points_referred_pain">Why pain can be felt away from the muscle</ExplainerLink>
      </p>
      <dl className="zones">
        {m.triggerPoints.map((t) => (
          <div key={t.id} className={onePart && !shown.has(t.id) ? 'other-part' : undefined}>
            <dt>{t.label}</dt>
            <dd>
              <span className="zone-swatch essential" aria-hidden="true" /> Essential zone:{' '}
              {regionList(t.essentialZone)}
              {t.spilloverZone.length > 0 && (
                <>
                  <br />
                  <span className="zone-swatch spillover" aria-hidden="true" /> Spillover zone:{' '}
                  {regionList(t.spilloverZone)}
                </>
              )}
              {t.otherSide && (
                <>
                  <br />
                  <span className="other-side">
                    Also on the other side ({side === 'left' ? 'right' : 'left'}):{' '}
                    {[
                      ...(t.otherSide.essential ?? []).map((r) => regions[r].label),
                      ...(t.otherSide.spillover ?? []).map((r) => `${regions[r].label} (spillover)`),
                    ].join(', ')}
                  </span>
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>

      <Section>Typical symptoms</Section>
      <ul>
        {m.symptoms.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>

      {clinical && text && <CareText text={text} catalogue={clinical.treatments} Section={Section} level={level} />}

      <RelatedMuscles ids={m.associatedMuscles} side={side} heading={Section} />

      {text && (
        <>
          <Section>Sources</Section>
          <SourceList refs={text.sources} />
        </>
      )}

      <Section>Learn more</Section>
      <ul className="learn">
        <li>
          <ExplainerLink id="fibromyalgia_and_trigger_points" />
        </li>
        <li>
          <ExplainerLink id="trigger_vs_tender_points" />
        </li>
        <li>
          <ExplainerLink id="spasm_vs_cramp" />
        </li>
        <li>
          <ExplainerLink id="when_to_see_a_clinician" />
        </li>
      </ul>
    </article>
  )
}

interface CareTextProps {
  text: MuscleText
  catalogue: ClinicalText['treatments']
  Section: 'h3' | 'h4'
  level: 2 | 3
}

/** What keeps trigger points going, self-care and treatments: all from the clinical text. */
function CareText({ text, catalogue, Section, level }: CareTextProps) {
  return (
    <>
      <Section>What keeps them going</Section>
      <ul>
        {text.perpetuatingFactors.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>

      <Section>Self-care</Section>
      <SelfCare technique={text.selfCare.stretch} kind="Stretch" />
      <SelfCare technique={text.selfCare.selfPressure} kind="Self-pressure" />

      <Section>Treatments</Section>
      <TreatmentList items={text.treatments} catalogue={catalogue} headingLevel={level === 2 ? 4 : 5} />
    </>
  )
}
