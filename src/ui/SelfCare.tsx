import type { SelfCareTechnique } from '../data/types.ts'

/** A self-care technique as numbered steps with its cautions, folded until opened. */
export function SelfCare({ technique, kind }: { technique: SelfCareTechnique; kind: string }) {
  return (
    <details className="self-care">
      <summary>
        {kind}: {technique.name}
      </summary>
      <ol>
        {technique.steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      {technique.cautions.length > 0 && (
        <div className="cautions">
          <strong>Take care:</strong>
          <ul>
            {technique.cautions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      )}
    </details>
  )
}
