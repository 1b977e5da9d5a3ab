import { treatments } from '../data/treatments.ts'
import { treatmentGroups, type MuscleTreatment } from '../data/types.ts'
import { evidenceLabel, treatmentGroupLabel } from './labels.ts'
import { SourceList } from './SourceList.tsx'

/** A muscle's treatments grouped Home / Nutrition / Lifestyle / Clinical, each one unfoldable. */
export function TreatmentList({ items, headingLevel }: { items: readonly MuscleTreatment[]; headingLevel: 4 | 5 }) {
  const Heading = headingLevel === 4 ? 'h4' : 'h5'
  return (
    <div className="treatments">
      {treatmentGroups.map((group) => {
        const inGroup = items.filter((i) => treatments[i.id].group === group)
        if (inGroup.length === 0) return null
        return (
          <section key={group} aria-label={treatmentGroupLabel[group]}>
            <Heading>{treatmentGroupLabel[group]}</Heading>
            {inGroup.map(({ id, note }) => {
              const t = treatments[id]
              return (
                <details key={id} className="treatment">
                  <summary>
                    {t.name}
                    <span className={`evidence evidence-${t.evidence.level}`}>{evidenceLabel[t.evidence.level]}</span>
                  </summary>
                  <p>{t.summary}</p>
                  {note && <p className="muscle-note">For this muscle: {note}</p>}
                  {t.studiedInFibromyalgia === false && (
                    <p className="uncertain">Not studied in fibromyalgia specifically.</p>
                  )}
                  {t.steps.length > 0 && <ol>{t.steps.map((s) => <li key={s}>{s}</li>)}</ol>}
                  {t.cautions.length > 0 && (
                    <div className="cautions"><strong>Take care:</strong><ul>{t.cautions.map((c) => <li key={c}>{c}</li>)}</ul></div>
                  )}
                  <p className="evidence-summary">{evidenceLabel[t.evidence.level]}: {t.evidence.summary}</p>
                  <SourceList refs={t.sources} />
                </details>
              )
            })}
          </section>
        )
      })}
    </div>
  )
}
