import { setComparing, setPatientList, useAppStore } from '../state/store.ts'
import { useRanking } from './useRanking.ts'

/** How many of the ranked muscles "Compare" puts side by side. */
const COMPARED = 3

/**
 * One action from the ranked list to the body: the first three muscles become the patient list,
 * drawn together over the marks, each in its own colour, so the person sees which pattern covers
 * their pain.
 */
export function CompareTop() {
  const marks = useAppStore((s) => s.painMarks)
  const ranked = useRanking(marks, COMPARED)
  if (!ranked || ranked.length < 2) return null
  const compare = () => {
    setPatientList(ranked.map((r) => ({ muscle: r.muscle, side: r.side ?? 'left' })))
    setComparing(true)
  }
  return (
    <button type="button" className="compare-top" onClick={compare}>
      Compare the first {ranked.length} on the body
    </button>
  )
}
