import { useLayoutEffect, useRef, useState, type MouseEvent } from 'react'
import { startAppState } from './state/appState.ts'
import { EducationNote } from './ui/EducationNote.tsx'
import { ExplainerDialog } from './ui/ExplainerDialog.tsx'
import { FibromyalgiaCheckDialog } from './ui/FibromyalgiaCheckDialog.tsx'
import { FreeCanvasWatcher } from './ui/FreeCanvasWatcher.tsx'
import { Handout } from './print/Handout.tsx'
import { HoverLabel } from './ui/HoverLabel.tsx'
import { MuscleList } from './ui/MuscleList.tsx'
import { MusclePanel } from './ui/MusclePanel.tsx'
import { TenderPointList } from './ui/TenderPointList.tsx'
import { MuscleSearch } from './ui/MuscleSearch.tsx'
import { ModeSwitch } from './ui/ModeSwitch.tsx'
import { ShareButton } from './ui/ShareButton.tsx'
import { PresentButton } from './ui/PresentButton.tsx'
import { Presentation } from './ui/Presentation.tsx'
import { WhereItHurtsPanel } from './ui/WhereItHurtsPanel.tsx'
import { useAppStore } from './state/store.ts'
import { Notices } from './ui/Notices.tsx'
import { UpdateNotice } from './ui/UpdateNotice.tsx'
import musclesUrl from '../models/body-muscles.glb?url'
import { SceneErrorBoundary } from './ui/SceneErrorBoundary.tsx'
import { lazyModule } from './state/lazyModule.ts'
import { loadedSceneCode, loadSceneCode, type SceneModule } from './sceneCode.ts'
import { ViewControls } from './ui/ViewControls.tsx'
import { hasWebGL2 } from './ui/webgl.ts'
import { usePreloadAfterFirstView } from './ui/preloadAfterFirstView.ts'

/** The 3D view's code: it loads after the page is up, so text and search come first. */
const sceneCode = lazyModule(() => loadSceneCode())

/**
 * The 3D view once its code is in, until then the line the page's first view already shows.
 * Not React.lazy: see lazyModule on Suspense's fallback throttle. Code that cannot load, and a
 * view that fails, go to the error boundary around it (the text version).
 */
function SceneWhenLoaded({ onNoContext }: { onNoContext: () => void }) {
  const { value, failed } = sceneCode.useModule()
  const scene = value ?? loadedSceneCode()
  if (failed) throw new Error('the 3D view’s code could not be loaded')
  return scene ? (
    <SceneSlot attach={scene.attachScene} onNoContext={onNoContext} />
  ) : (
    <p className="loading">Loading the body…</p>
  )
}

/**
 * Where the 3D view shows: it runs in a React root of its own (src/scene/sceneRoot.tsx), often
 * mounted before the app, and is moved in here. `display: contents` (styles.css), so its canvas
 * lays out as the stage's own child.
 */
function SceneSlot({ attach, onNoContext }: { attach: SceneModule['attachScene']; onNoContext: () => void }) {
  const slot = useRef<HTMLDivElement>(null)
  const [failure, setFailure] = useState<{ error: unknown } | null>(null)
  // The latest callback, for a view that reports long after this first rendered.
  const noContext = useRef(onNoContext)
  useLayoutEffect(() => {
    noContext.current = onNoContext
  })
  useLayoutEffect(() => {
    const element = slot.current
    if (!element) return
    return attach(element, { onNoContext: () => noContext.current(), onError: (error) => setFailure({ error }) })
  }, [attach])
  if (failure) throw failure.error instanceof Error ? failure.error : new Error('the 3D view failed')
  return <div className="scene-slot" ref={slot} />
}

/** Where the skip link lands: the body map and its panel (or their text version). */
const MAIN_ID = 'main'

/**
 * The first thing Tab reaches: past the header to the body map and the panel. It moves focus
 * itself rather than following the #fragment, because a fragment change fires popstate, which
 * the URL sync would take for Back and re-apply.
 */
function SkipLink() {
  const skip = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault()
    document.getElementById(MAIN_ID)?.focus()
  }
  return (
    <a className="skip-link" href={`#${MAIN_ID}`} onClick={skip}>
      Skip to the body map and panel
    </a>
  )
}

function NoWebGL({ reason }: { reason: string }) {
  const painting = useAppStore((s) => s.mode === 'where_it_hurts')
  return (
    <main className="no-webgl" id={MAIN_ID} tabIndex={-1}>
      <p className="notice" role="alert">
        {reason} Here is every muscle as text instead, with the same content.
      </p>
      {painting ? <WhereItHurtsPanel withTools={false} /> : <MuscleList />}
      {!painting && <TenderPointList withRings={false} />}
    </main>
  )
}

/** Why the text version shows instead of the 3D body. */
const NO_WEBGL_REASON = {
  missing: 'This browser cannot show 3D graphics (WebGL 2 is off or missing).',
  failed:
    'This browser cannot show 3D graphics: it has WebGL 2 but could not start it (it may be blocked for this graphics card).',
} as const

/** The app: header with search, the 3D body with its controls, and the muscle panel. */
export function App() {
  // 'available' until the 3D view finds it cannot make its context ('failed').
  const [webglState, setWebglState] = useState<'available' | keyof typeof NO_WEBGL_REASON>(() =>
    hasWebGL2() ? 'available' : 'missing',
  )
  const webgl = webglState === 'available'
  // The skin (the body's outline, drawn first) is already downloading: the built page's head
  // preloads it (scripts/vite/skinPreload.ts). The muscles' file is asked for once it is drawn.
  usePreloadAfterFirstView(webgl)
  const painting = useAppStore((s) => s.mode === 'where_it_hurts')
  // Present mode hides the chrome (present.css) and shows the body full-window.
  const presenting = useAppStore((s) => s.presenting)
  // Started by the page before this first render (src/state/appState.ts); here too for a test that
  // renders the app alone, before its first paint.
  useLayoutEffect(() => startAppState(), [])

  return (
    <div className="app" data-presenting={presenting || undefined}>
      <SkipLink />
      <header className="app-header">
        <h1>TriggerMap</h1>
        <ModeSwitch />
        {webgl && <MuscleSearch />}
        <ShareButton />
        {webgl && <PresentButton />}
      </header>
      <Notices />
      <UpdateNotice modelUrl={webgl ? musclesUrl : null} />
      {webgl ? (
        <SceneErrorBoundary fallback={<NoWebGL reason="The 3D body could not be drawn in this browser." />}>
          <main className="workspace" id={MAIN_ID} tabIndex={-1}>
            <section className="stage" aria-label="Body map">
              <SceneWhenLoaded onNoContext={() => setWebglState('failed')} />
              <HoverLabel />
              <ViewControls />
              <FreeCanvasWatcher />
              <Presentation />
            </section>
            {painting ? <WhereItHurtsPanel /> : <MusclePanel />}
          </main>
        </SceneErrorBoundary>
      ) : (
        <NoWebGL reason={NO_WEBGL_REASON[webglState]} />
      )}
      <footer className="app-footer">
        <EducationNote />
      </footer>
      <ExplainerDialog />
      <FibromyalgiaCheckDialog />
      <Handout />
    </div>
  )
}
