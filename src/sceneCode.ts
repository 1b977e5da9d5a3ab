/**
 * The 3D view's code: three.js, the scene and the model's loader (about 260 KiB compressed, in
 * its own chunks). The page's entry (src/main.ts) asks for it as soon as the first view has
 * painted, beside the app's own code, and the app takes that same download when it mounts
 * (App.tsx). Asked for by the app alone, its download waited until the app's code had arrived
 * and run: a chain the first view does not need (issue 13).
 *
 * No React here: the page's entry imports this and must stay tiny.
 */
export type SceneModule = typeof import('./sceneView.ts')

let loading: Promise<SceneModule> | null = null

/**
 * Loads the 3D view's code, once: every caller gets the first call's promise (again after a
 * failure). Not a second `import()`: Chromium answers that in a task of its own, which queued
 * behind the skin's decoding and held the body back by up to 0.2 s.
 */
export function loadSceneCode(): Promise<SceneModule> {
  loading ??= import('./sceneView.ts').then(
    (scene) => (loaded = scene),
    (error: unknown) => {
      loading = null
      throw error
    },
  )
  return loading
}

let loaded: SceneModule | null = null

/**
 * The 3D view's code if it is in, at once: the app, started after the view it adopts (src/sceneFirst.ts),
 * must show it in its first render; waiting on the promise would take the view off the page for
 * a render, and its canvas would be sized to nothing and back.
 */
export function loadedSceneCode(): SceneModule | null {
  return loaded
}
