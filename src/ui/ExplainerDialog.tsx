import { explainers } from '../data/explainers.ts'
import { openFibromyalgiaCheck } from '../state/fibromyalgiaCheck.ts'
import { openExplainer, useAppStore } from '../state/store.ts'
import { SourceList } from './SourceList.tsx'
import { useModalDialog } from './modalDialog.ts'

/** The open explainer page, as a modal dialog (Escape or Close returns to the body). */
export function ExplainerDialog() {
  const id = useAppStore((s) => s.explainer)

  const dialog = useModalDialog(Boolean(id))

  const page = id ? explainers[id] : null
  return (
    <dialog ref={dialog} className="explainer" aria-labelledby="explainer-title" onClose={() => openExplainer(null)}>
      {page && (
        <article>
          <header className="explainer-header">
            <h2 id="explainer-title">{page.title}</h2>
            <button type="button" onClick={() => openExplainer(null)}>
              Close
            </button>
          </header>
          <p className="explainer-summary">{page.summary}</p>
          {id === 'fibromyalgia_and_trigger_points' && (
            <p>
              <button
                type="button"
                className="fm-open"
                onClick={() => {
                  openExplainer(null)
                  openFibromyalgiaCheck()
                }}
              >
                Check your symptoms against the 2016 criteria
              </button>
            </p>
          )}
          {page.uncertain && (
            <p className="uncertain" role="note">
              <strong>What is not settled:</strong> {page.uncertain}
            </p>
          )}
          {page.sections.map((section) => (
            <section key={section.heading}>
              <h3>{section.heading}</h3>
              {section.paragraphs.map((p) => (
                <p key={p}>{p}</p>
              ))}
              <details className="section-sources">
                <summary>Sources for this section</summary>
                <SourceList refs={section.sources} />
              </details>
            </section>
          ))}
        </article>
      )}
    </dialog>
  )
}
