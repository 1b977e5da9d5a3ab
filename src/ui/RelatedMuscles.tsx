import { isMuscleId, muscles } from '../data/muscles.ts'
import type { Side } from '../data/types.ts'
import { selectMuscle } from '../state/store.ts'

/** Muscles that often carry trigger points with this one; those we map are one click away. */
export function RelatedMuscles({
  ids,
  side,
  heading: Heading,
}: {
  ids: readonly string[]
  side: Side
  heading: 'h3' | 'h4'
}) {
  const known = ids.filter(isMuscleId)
  if (known.length === 0) return null
  return (
    <>
      <Heading>Often involved with</Heading>
      <ul className="related">
        {known.map((id) => (
          <li key={id}>
            <button
              type="button"
              className="link-button"
              onClick={() => selectMuscle({ muscle: id, side }, { frame: true, navigation: 'push' })}
            >
              {muscles[id].name}
            </button>
          </li>
        ))}
      </ul>
    </>
  )
}
