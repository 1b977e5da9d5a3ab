import { lazy, Suspense, useEffect, useState } from 'react'
import { startUrlSync } from './state/urlSync.ts'
import { EducationNote } from './ui/EducationNote.tsx'
import { ExplainerDialog } from './ui/ExplainerDialog.tsx'
import { HoverLabel } from './ui/HoverLabel.tsx'
import { MuscleList } from './ui/MuscleList.tsx'
import { MusclePanel } from './ui/MusclePanel.tsx'
import { MuscleSearch } from './ui/MuscleSearch.tsx'
import { ModeSwitch } from './ui/ModeSwitch.tsx'
import { WhereItHurtsPanel } from './ui/WhereItHurtsPanel.tsx'
import { useAppStore } from './state/store.ts'
import { Notices } from './ui/Notices.tsx'
import { SceneErrorBoundary } from './ui/SceneErrorBoundary.tsx'
import { ViewControls } from './ui/ViewControls.tsx'
import { hasWebGL2 } from './ui/webgl.ts'

// three.js and the model load after the page is up, so text and search appear first.
const Scene = lazy(() => import('./scene/Scene.tsx'))

function NoWebGL({ reason }: { reason: string }) {
  const painting = useAppStore((s) => s.mode === 'where_it_hurts')
  return (
    <main className="no-webgl">
      <p className="notice" role="alert">{reason} Here is every muscle as text instead, with the same content.</p>
      {painting ? <WhereItHurtsPanel withTools={false} /> : <MuscleList />}
    </main>
  )
}

/** The app: header with search, the 3D body with its controls, and the muscle panel. */
export function App() {
  const [webgl] = useState(() => hasWebGL2())
  const painting = useAppStore((s) => s.mode === 'where_it_hurts')
  useEffect(() => startUrlSync(), [])

  return (
    <div className="app">
      <header className="app-header">
        <h1>TriggerMap</h1>
        <ModeSwitch />
        {webgl && <MuscleSearch />}
      </header>
      <Notices />
      {webgl ? (
        <SceneErrorBoundary fallback={<NoWebGL reason="The 3D body could not be drawn in this browser." />}>
          <main className="workspace">
            <section className="stage" aria-label="Body map">
              <Suspense fallback={<p className="loading">Loading the body…</p>}>
                <Scene />
              </Suspense>
              <HoverLabel />
              <ViewControls />
            </section>
            {painting ? <WhereItHurtsPanel /> : <MusclePanel />}
          </main>
        </SceneErrorBoundary>
      ) : (
        <NoWebGL reason="This browser cannot show 3D graphics (WebGL 2 is off or missing)." />
      )}
      <footer className="app-footer">
        <EducationNote />
      </footer>
      <ExplainerDialog />
    </div>
  )
}
