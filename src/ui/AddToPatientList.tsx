import {
  addToPatientList,
  inPatientList,
  maxPatientList,
  removeFromPatientList,
  useAppStore,
  type MuscleOnSide,
} from '../state/store.ts'

/** Puts the shown muscle on the patient list, or takes it off; says so when the list is full. */
export function AddToPatientList({ target }: { target: MuscleOnSide }) {
  const list = useAppStore((s) => s.patientList)
  const listed = inPatientList(list, target)
  const full = !listed && list.length >= maxPatientList
  return (
    <button
      type="button"
      className="add-to-list"
      aria-pressed={listed}
      disabled={full}
      title={full ? `The patient list holds ${maxPatientList} muscles; take one off first.` : undefined}
      onClick={() => (listed ? removeFromPatientList(target) : addToPatientList(target))}
    >
      {listed ? 'On the patient list' : full ? `Patient list full (${maxPatientList})` : 'Add to patient list'}
    </button>
  )
}
