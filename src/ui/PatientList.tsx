import './patient-list.css'
import { printHandout } from '../print/printHandout.ts'
import {
  maxPatientList,
  removeFromPatientList,
  selectMuscle,
  setComparing,
  setPresenting,
  useAppStore,
} from '../state/store.ts'
import { CompareSwatch } from './CompareSwatch.tsx'
import { muscleOnSideName } from './labels.ts'

/**
 * The patient list: the muscles picked for this patient (at most four), each one tap from its
 * details and one from leaving the list; "Compare on the body" draws them all at once, each in
 * its own colour and hatch, and the list becomes the legend. "Present the list" steps through
 * them full screen in this order; "Print handout for the list" gives one handout with a section
 * for each.
 */
export function PatientList() {
  const list = useAppStore((s) => s.patientList)
  const comparing = useAppStore((s) => s.comparing)
  const selected = useAppStore((s) => s.selected)
  if (list.length === 0) return null
  const heading = comparing ? 'Compared on the body' : 'Patient list'
  return (
    <section className="patient-list" aria-label={heading}>
      <h3>
        {heading}{' '}
        <span className="count">
          ({list.length} of {maxPatientList})
        </span>
      </h3>
      <ul>
        {list.map((m, i) => {
          const name = muscleOnSideName(m.muscle, m.side)
          const current = selected?.muscle === m.muscle && selected.side === m.side
          return (
            <li key={`${m.muscle}-${m.side}`}>
              <button
                type="button"
                className="patient-list-muscle"
                aria-pressed={current}
                onClick={() => selectMuscle(m, { frame: !comparing, navigation: 'push' })}
              >
                {comparing && <CompareSwatch index={i} />}
                <span>{name}</span>
              </button>
              <button
                type="button"
                className="patient-list-remove"
                aria-label={`Take ${name.charAt(0).toLowerCase()}${name.slice(1)} off the list`}
                onClick={() => removeFromPatientList(m)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          )
        })}
      </ul>
      {comparing && (
        <p className="compare-key">
          Each muscle has its own colour and stripe angle. Wide stripes: where its pain is usually felt. Thin lines:
          where it can spread. X: its trigger points.
        </p>
      )}
      <div className="patient-list-actions">
        {list.length >= 2 && (
          <button type="button" aria-pressed={comparing} onClick={() => setComparing(!comparing)}>
            {comparing ? 'Show one at a time' : 'Compare on the body'}
          </button>
        )}
        <button type="button" onClick={() => setPresenting(true)}>
          Present the list
        </button>
        <button type="button" onClick={() => void printHandout(list)}>
          Print handout for the list
        </button>
      </div>
      {list.length < 2 && <p className="hint">Add another muscle to compare their patterns on the body.</p>}
    </section>
  )
}
