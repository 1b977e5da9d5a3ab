import type { ClinicalText } from '../data/muscle-text.ts'
import { treatmentGroups, type MuscleTreatment, type TreatmentSafety } from '../data/types.ts'
import { evidenceLabel, treatmentGroupLabel } from './labels.ts'
import { SourceList } from './SourceList.tsx'

/**
 * The serious risks of a treatment, shown under its name whether or not its details are unfolded
 * (never hidden in the collapsed part), in body-size text with an amber rule so it stands out
 * (amber as the red-flag notices: red is kept for pain on the map).
 */
function SafetyNote({ name, safety }: { name: string; safety: TreatmentSafety }) {
  return (
    <div
      className="treatment-safety"
      role="note"
      aria-label={`Safety: ${name}`}
      style={{
        fontSize: '1rem',
        lineHeight: 1.5,
        borderLeft: '4px solid #b7791f',
        background: '#fff8e6',
        borderRadius: 8,
        padding: '6px 10px',
        margin: '-2px 0 8px',
      }}
    >
      <strong>Safety</strong>
      <ul style={{ margin: '4px 0 0', paddingLeft: '1.3em' }}>
        {safety.points.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  )
}

interface TreatmentListProps {
  items: readonly MuscleTreatment[]
  /** The treatment catalogue, which comes with the clinical text (`src/ui/clinicalText.ts`). */
  catalogue: ClinicalText['treatments']
  headingLevel: 4 | 5
}

/**
 * A muscle's treatments grouped Home / Nutrition / Lifestyle / Clinical, each one unfoldable;
 * a treatment's serious risks stay visible next to it while it is folded.
 */
export function TreatmentList({ items, catalogue, headingLevel }: TreatmentListProps) {
  const Heading = headingLevel === 4 ? 'h4' : 'h5'
  return (
    <div className="treatments">
      {treatmentGroups.map((group) => {
        const inGroup = items.filter((i) => catalogue[i.id].group === group)
        if (inGroup.length === 0) return null
        return (
          <section key={group} aria-label={treatmentGroupLabel[group]}>
            <Heading>{treatmentGroupLabel[group]}</Heading>
            {inGroup.map(({ id, note }) => {
              const t = catalogue[id]
              return (
                <div key={id} className="treatment-item">
                  <details className="treatment">
                    <summary>
                      {t.name}
                      <span className={`evidence evidence-${t.evidence.level}`}>{evidenceLabel[t.evidence.level]}</span>
                    </summary>
                    <p>{t.summary}</p>
                    {note && <p className="muscle-note">For this muscle: {note}</p>}
                    {t.studiedInFibromyalgia === false && (
                      <p className="uncertain">Not studied in fibromyalgia specifically.</p>
                    )}
                    {t.steps.length > 0 && (
                      <ol>
                        {t.steps.map((s) => (
                          <li key={s}>{s}</li>
                        ))}
                      </ol>
                    )}
                    {t.cautions.length > 0 && (
                      <div className="cautions">
                        <strong>Take care:</strong>
                        <ul>
                          {t.cautions.map((c) => (
                            <li key={c}>{c}</li>
                          ))}
                        </ul>
                      </div>
                    )}
                    <p className="evidence-summary">
                      {evidenceLabel[t.evidence.level]}: {t.evidence.summary}
                    </p>
                    <SourceList refs={t.sources} />
                  </details>
                  {t.safety && <SafetyNote name={t.name} safety={t.safety} />}
                </div>
              )
            })}
          </section>
        )
      })}
    </div>
  )
}
