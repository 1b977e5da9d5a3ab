/**
 * The 3D view's code as the page loads it (src/sceneCode.ts): the view in a React root of its
 * own (src/scene/sceneRoot.tsx), for the app to show in its stage, and the start of that view
 * before the app runs, on the first view drawn at build time (src/sceneFirst.ts).
 */
import { attachScene as attachSceneRoot, mountSceneEarly, type SceneEvents } from './scene/sceneRoot.tsx'
import { restorePreferences } from './state/preferences.ts'
import { watchFreeCanvas } from './ui/watchFreeCanvas.ts'

/** Stops measuring the first view's stage, once the app's own watcher has taken over. */
let stopEarlyWatch: (() => void) | null = null

/**
 * Mounts the view in place of the first view's "Loading the body…" (`placeholder`, inside its
 * stage) as the app would show it: the stored mode and layers restored first, and the part of the
 * canvas the phone's sheet leaves free measured, so the body is framed where the app will frame
 * it, not moved when the app starts. Resolves as `mountSceneEarly` does.
 */
export function startSceneEarly(placeholder: Element, patienceMs: number): Promise<void> {
  restorePreferences()
  const stage = placeholder.closest('.stage')
  const workspace = stage?.parentElement
  if (stage && workspace) stopEarlyWatch = watchFreeCanvas(stage, workspace)
  return mountSceneEarly(placeholder, patienceMs)
}

/** Shows the view in the app's stage (`attachScene` of src/scene/sceneRoot.tsx). */
export function attachScene(slot: HTMLElement, events: SceneEvents): () => void {
  stopEarlyWatch?.()
  stopEarlyWatch = null
  return attachSceneRoot(slot, events)
}
