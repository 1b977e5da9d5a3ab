import { selectableParts } from '../data/muscle-parts.ts'
import type { MuscleId } from '../data/muscles.ts'
import { selectPart } from '../state/store.ts'

/**
 * For a muscle whose parts each hold their own trigger points (deltoid, pectoralis major,
 * scalenes…): show the whole muscle or one part. The same choice as clicking a part on the
 * body, for the keyboard and for people who cannot aim at a small part.
 */
export function PartSwitch({ muscle, part }: { muscle: MuscleId; part: string | undefined }) {
  const parts = selectableParts(muscle)
  if (parts.length === 0) return null
  return (
    <div className="part-switch" role="group" aria-label="Part of the muscle shown">
      <button type="button" aria-pressed={part === undefined} onClick={() => selectPart(undefined)}>
        Whole muscle
      </button>
      {parts.map((p) => (
        <button key={p.id} type="button" aria-pressed={part === p.id} onClick={() => selectPart(p.id)}>
          {p.name}
        </button>
      ))}
    </div>
  )
}
