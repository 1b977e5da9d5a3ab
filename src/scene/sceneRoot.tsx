import { Component, StrictMode, Suspense, type ReactNode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { whenFrameMarked } from './frameMarked.ts'
import { frameMarks } from './frameMarks.ts'
import Scene from './Scene.tsx'

/**
 * The 3D view in a React root of its own, so that it can start before the app does.
 *
 * On a bare address the page's entry mounts it in the first view's stage (drawn at build time)
 * as soon as its code is in, and lets the app render only once the skin's first frame is drawn
 * (src/sceneFirst.ts, src/sceneView.ts): the body's first frame then waits on the 3D view alone,
 * not on the app's render of its header, panel and dialogs before it (issue 13; loaded in turn with the build
 * before, 68 to 95 ms sooner). The app then adopts the running view where it renders the stage
 * (`attachScene`): the same canvas and context, moved, nothing drawn again. Where the app renders
 * first (a link to a view, `vite dev`), `attachScene` mounts the view there.
 */

/** How the view failed, kept until the app is there to hear it. */
type Failure = { kind: 'no-context' } | { kind: 'error'; error: unknown }

/** What the app hears from the view it shows. */
export interface SceneEvents {
  /** The browser would not give the canvas a WebGL context: the app shows the text version. */
  onNoContext(): void
  /** The view failed otherwise (a broken model): for the app's error boundary. */
  onError(error: unknown): void
}

interface MountedScene {
  /** The root's element: `display: contents` (styles.css), so the canvas lays out as the stage's child. */
  host: HTMLDivElement
  root: Root
  failure: Failure | null
  events: SceneEvents | null
}

/** Catches what the view throws, which would otherwise unmount it silently: its own root has no app around it. */
class ReportErrors extends Component<{ onError: (error: unknown) => void; children: ReactNode }, { failed: boolean }> {
  state = { failed: false }
  static getDerivedStateFromError() {
    return { failed: true }
  }
  componentDidCatch(error: unknown) {
    this.props.onError(error)
  }
  render() {
    return this.state.failed ? null : this.props.children
  }
}

let mounted: MountedScene | null = null

function tell(scene: MountedScene, failure: Failure): void {
  if (failure.kind === 'no-context') scene.events?.onNoContext()
  else scene.events?.onError(failure.error)
}

function mountScene(): MountedScene {
  const host = document.createElement('div')
  host.className = 'scene-host'
  const scene: MountedScene = { host, root: createRoot(host), failure: null, events: null }
  // The first failure only: a canvas without a context also throws, which is not news then.
  const fail = (failure: Failure) => {
    if (scene.failure) return
    scene.failure = failure
    tell(scene, failure)
  }
  scene.root.render(
    <StrictMode>
      <ReportErrors onError={(error) => fail({ kind: 'error', error })}>
        {/* R3F's canvas suspends its parent's tree if its own scene ever suspends outside a
            boundary of the scene's (nothing does now): this catches that, showing nothing. */}
        <Suspense fallback={null}>
          <Scene onNoContext={() => fail({ kind: 'no-context' })} />
        </Suspense>
      </ReportErrors>
    </StrictMode>,
  )
  return scene
}

/**
 * Mounts the view in place of `placeholder` (the first view's "Loading the body…") before the
 * app runs. Resolves once the skin's first frame is drawn, the view has failed, or after
 * `patienceMs` (a slow link: the app then starts and adopts the view still loading), whichever
 * comes first; never rejects.
 */
export function mountSceneEarly(placeholder: Element, patienceMs: number): Promise<void> {
  if (mounted) return Promise.resolve()
  const scene = mountScene()
  mounted = scene
  placeholder.replaceWith(scene.host)
  return new Promise<void>((settle) => {
    let stopWaiting = () => {}
    const done = () => {
      stopWaiting()
      clearTimeout(timer)
      settle()
    }
    const timer = setTimeout(done, patienceMs)
    stopWaiting = whenFrameMarked(frameMarks.skin, done)
    scene.events = { onNoContext: done, onError: done }
  })
}

/**
 * Shows the view in `slot` (the app's stage): the one mounted early, moved in, or a new one.
 * Tells `events` at once of a failure that came before. Returns what the app calls when the
 * slot goes: the view is unmounted and its renderer with it (R3F disposes it).
 */
export function attachScene(slot: HTMLElement, events: SceneEvents): () => void {
  const scene = mounted ?? mountScene()
  mounted = scene
  scene.events = events
  slot.appendChild(scene.host)
  if (scene.failure) tell(scene, scene.failure)
  return () => {
    if (mounted === scene) mounted = null
    scene.events = null
    scene.host.remove()
    // Called from the app's commit (the slot's cleanup): React does not unmount a root
    // synchronously while it is committing another, so in a task of its own.
    setTimeout(() => scene.root.unmount(), 0)
  }
}
