import type { ExplainerId } from '../data/explainers.ts'
import { explainers } from '../data/explainers.ts'
import { openExplainer } from '../state/store.ts'

/** A link-styled button that opens an explainer page; its text defaults to the page title. */
export function ExplainerLink({ id, children }: { id: ExplainerId; children?: React.ReactNode }) {
  return (
    <button type="button" className="link-button" onClick={() => openExplainer(id)}>
      {children ?? explainers[id].title}
    </button>
  )
}
