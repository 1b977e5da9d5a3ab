import { useEffect, useId, useRef, useState } from 'react'
import { fm2016Regions, wpiAreaLabels, type WpiArea } from '../data/wpi-areas.ts'
import { assessFibromyalgia2016, type Fm2016Input, type Fm2016Result } from '../lookup/fibromyalgia2016.ts'
import { SourceList } from './SourceList.tsx'

type Severity = 0 | 1 | 2 | 3
type SeverityField = 'fatigue' | 'unrefreshedSleep' | 'cognitive'
type YesNoField = 'headaches' | 'lowerAbdominalPain' | 'depression'

/** The form's groups: the five regions of the 2016 form, with the areas that count only toward the index. */
const groups: { name: string; areas: readonly WpiArea[] }[] = [
  { name: 'Left side, upper body', areas: ['jaw_l', ...fm2016Regions[0].areas] },
  { name: 'Right side, upper body', areas: ['jaw_r', ...fm2016Regions[1].areas] },
  { name: 'Left side, lower body', areas: fm2016Regions[2].areas },
  { name: 'Right side, lower body', areas: fm2016Regions[3].areas },
  { name: 'Middle of the body', areas: [...fm2016Regions[4].areas, 'chest', 'abdomen'] },
]

const severityQuestions: { field: SeverityField; label: string }[] = [
  { field: 'fatigue', label: 'Tiredness (fatigue)' },
  { field: 'unrefreshedSleep', label: 'Waking up tired (unrefreshed)' },
  { field: 'cognitive', label: 'Trouble thinking or remembering' },
]
/** The 2016 form's words for each level, shortened. */
const severityLevels: { value: Severity; label: string }[] = [
  { value: 0, label: 'No problem' },
  { value: 1, label: 'Slight or mild: generally mild or comes and goes' },
  { value: 2, label: 'Moderate: considerable, often present' },
  { value: 3, label: 'Severe: constant, disrupts life' },
]
const yesNoQuestions: { field: YesNoField; label: string }[] = [
  { field: 'headaches', label: 'Headaches' },
  { field: 'lowerAbdominalPain', label: 'Pain or cramps in the lower belly' },
  { field: 'depression', label: 'Depression' },
]

/**
 * The 2016 fibromyalgia criteria as a form: where it hurt in the past week, how severe three
 * symptoms were, three yes/no symptoms of the past six months, and how long. The result shows
 * each score and rule with its reason, and what to bring to a clinician. Nothing is stored.
 */
export function FibromyalgiaCheck({ prefill }: { prefill: readonly WpiArea[] }) {
  const id = useId()
  const [areas, setAreas] = useState<ReadonlySet<WpiArea>>(() => new Set(prefill))
  const [severity, setSeverity] = useState<Record<SeverityField, Severity | null>>({
    fatigue: null,
    unrefreshedSleep: null,
    cognitive: null,
  })
  const [yesNo, setYesNo] = useState<Record<YesNoField, boolean>>({
    headaches: false,
    lowerAbdominalPain: false,
    depression: false,
  })
  const [threeMonths, setThreeMonths] = useState<boolean | null>(null)
  const [result, setResult] = useState<Fm2016Result | null>(null)
  const resultBox = useRef<HTMLDivElement>(null)
  // The result appears below the button, out of sight on a phone: bring it into view.
  useEffect(() => {
    const box = resultBox.current
    if (!result || !box || typeof box.scrollIntoView !== 'function') return
    const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
    box.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' })
  }, [result])

  const missing = [
    ...severityQuestions.filter((q) => severity[q.field] === null).map((q) => q.label.toLowerCase()),
    ...(threeMonths === null ? ['how long the symptoms have lasted'] : []),
  ]

  const toggleArea = (a: WpiArea) => {
    setAreas((prev) => {
      const next = new Set(prev)
      if (next.has(a)) next.delete(a)
      else next.add(a)
      return next
    })
    setResult(null)
  }

  const score = () => {
    if (missing.length > 0 || threeMonths === null) return
    const input: Fm2016Input = {
      painAreas: [...areas],
      fatigue: severity.fatigue ?? 0,
      unrefreshedSleep: severity.unrefreshedSleep ?? 0,
      cognitive: severity.cognitive ?? 0,
      ...yesNo,
      atLeastThreeMonths: threeMonths,
    }
    setResult(assessFibromyalgia2016(input))
  }

  return (
    <form
      className="fm-check"
      onSubmit={(e) => {
        e.preventDefault()
        score()
      }}
    >
      <p className="fm-check-intro">
        These questions follow the 2016 fibromyalgia criteria that clinicians use. The answers stay on this page and are
        not saved or sent anywhere. The result is not a diagnosis: it is something to take to a clinician.
      </p>
      {prefill.length > 0 && (
        <p className="fm-check-prefill" role="note">
          The areas you marked on the body are ticked already. Check them, and tick or untick any to change them:
          elbows, knees, hands, feet and the head are not part of this index.
        </p>
      )}

      <fieldset className="fm-areas">
        <legend>1. Where have you had pain or tenderness in the past 7 days?</legend>
        {groups.map((g) => (
          <fieldset key={g.name} className="fm-area-group">
            <legend>{g.name}</legend>
            {g.areas.map((a) => (
              <label key={a} className="fm-option">
                <input type="checkbox" checked={areas.has(a)} onChange={() => toggleArea(a)} />
                {wpiAreaLabels[a]}
              </label>
            ))}
          </fieldset>
        ))}
        <p className="fm-count" aria-live="polite">
          {areas.size} of 19 areas ticked
        </p>
      </fieldset>

      <fieldset>
        <legend>2. How much of a problem has each been over the past 7 days?</legend>
        {severityQuestions.map((q) => (
          <fieldset key={q.field} className="fm-severity">
            <legend>{q.label}</legend>
            {severityLevels.map((l) => (
              <label key={l.value} className="fm-option">
                <input
                  type="radio"
                  name={`${id}-${q.field}`}
                  checked={severity[q.field] === l.value}
                  onChange={() => {
                    setSeverity((s) => ({ ...s, [q.field]: l.value }))
                    setResult(null)
                  }}
                />
                {l.label}
              </label>
            ))}
          </fieldset>
        ))}
      </fieldset>

      <fieldset>
        <legend>3. In the past 6 months, have you had any of these?</legend>
        {yesNoQuestions.map((q) => (
          <label key={q.field} className="fm-option">
            <input
              type="checkbox"
              checked={yesNo[q.field]}
              onChange={(e) => {
                const checked = e.currentTarget.checked
                setYesNo((s) => ({ ...s, [q.field]: checked }))
                setResult(null)
              }}
            />
            {q.label}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>4. Have these symptoms been present, at a similar level, for at least 3 months?</legend>
        {([true, false] as const).map((v) => (
          <label key={String(v)} className="fm-option">
            <input
              type="radio"
              name={`${id}-months`}
              checked={threeMonths === v}
              onChange={() => {
                setThreeMonths(v)
                setResult(null)
              }}
            />
            {v ? 'Yes' : 'No'}
          </label>
        ))}
      </fieldset>

      {missing.length > 0 && <p className="fm-missing">Still to answer: {missing.join(', ')}.</p>}
      <button type="submit" className="fm-submit" disabled={missing.length > 0}>
        Show the result
      </button>

      <div className="fm-result-box" aria-live="polite" ref={resultBox}>
        {result && <FibromyalgiaResult result={result} />}
      </div>
    </form>
  )
}

/** The scores, the outcome and its reasons, and what to bring to a clinician. */
function FibromyalgiaResult({ result }: { result: Fm2016Result }) {
  return (
    <section className="fm-result" aria-labelledby="fm-result-title">
      <h3 id="fm-result-title">
        {result.meetsCriteria ? 'Your answers meet the 2016 criteria' : 'Your answers do not meet the 2016 criteria'}
      </h3>
      <dl className="fm-scores">
        <div>
          <dt>Widespread Pain Index</dt>
          <dd>{result.wpi} of 19</dd>
        </div>
        <div>
          <dt>Symptom Severity Scale</dt>
          <dd>{result.sss} of 12</dd>
        </div>
        <div>
          <dt>Body regions with pain</dt>
          <dd>{result.regionsWithPain} of 5</dd>
        </div>
      </dl>
      <ul className="fm-reasons">
        {result.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <h4>What to bring to a clinician</h4>
      <ul>
        <li>These scores, and a note or drawing of where it hurts and since when.</li>
        <li>What makes it better or worse, how you sleep, and how it affects work and daily life.</li>
        <li>Your medicines and supplements, and other conditions you have.</li>
        <li>
          Any warning signs: fever, weight loss, night pain, weakness or numbness, new pain after 50. These need a
          prompt check.
        </li>
      </ul>
      <details className="section-sources">
        <summary>Source</summary>
        <SourceList refs={[{ source: 'wolfe_2016_criteria_revision' }]} />
      </details>
    </section>
  )
}
