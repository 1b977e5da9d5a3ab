/**
 * The skin's model file, fetched once for both its readers: the body's first paint, which draws it
 * before three.js has loaded (src/firstPaint.ts), and the scene's loader (bodyModel.ts). index.html
 * preloads it (scripts/vite/skinPreload.ts); a browser hands a preloaded response to one fetch
 * only, so a second reader fetching it again would download it a second time.
 *
 * No React or three here: the page's entry loads this with the first paint.
 */
import skinUrl from '../../models/body-skin.glb?url'

let bytes: Promise<ArrayBuffer> | null = null

/** The skin file's bytes, fetched on the first call (again after a failure). */
export function skinFileBytes(): Promise<ArrayBuffer> {
  bytes ??= fetch(skinUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`the body's model could not be loaded (HTTP ${response.status})`)
      return response.arrayBuffer()
    })
    .catch((error: unknown) => {
      bytes = null
      throw error
    })
  return bytes
}
