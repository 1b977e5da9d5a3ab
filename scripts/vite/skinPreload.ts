/**
 * Vite plugin: the skin's model file (models/body-skin.glb, hashed by the build) as a
 * `<link rel="preload" as="fetch">` in the built index.html's head, so it downloads from the
 * moment the page is parsed instead of once the app's code and the 3D view's chunk have loaded
 * and run (the loader, src/scene/bodyModel.ts, fetches the same URL in CORS mode, anonymous, so
 * its request takes this download).
 *
 * Only the model, not the code chunks: a `modulepreload` of the app's and the 3D view's chunks
 * was measured (`npm run bench`, first view) to make Chromium compile about 2 MB of JavaScript
 * before painting the first view, putting first text at 1.3x the empty canvas's instead of 1.0x,
 * with no gain to the body's first frame. A fetch is not compiled. A browser without WebGL 2
 * downloads the skin too (about 100 KiB) and does not use it; checking first would need an
 * inline script, which the page's CSP forbids.
 */
import type { Plugin } from 'vite'

/** The skin's model file as the build names it. */
const skinAsset = /(^|\/)body-skin-[\w-]+\.glb$/

/** What the plugin reads of the build's output: each file's kind and name. */
export type BuiltFiles = Readonly<Record<string, { type: 'asset' | 'chunk'; fileName: string }>>

/** The built skin file's name in `bundle`. Pure, for the test. */
export function skinFile(bundle: BuiltFiles): string {
  const skin = Object.values(bundle).find((o) => o.type === 'asset' && skinAsset.test(o.fileName))
  if (!skin) throw new Error('skin preload: no body-skin-*.glb asset in the build')
  return skin.fileName
}

export function skinPreloadPlugin(): Plugin {
  let base = '/'
  return {
    name: 'triggermap:skin-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        if (!ctx.bundle) return html
        const href = base + skinFile(ctx.bundle)
        return {
          html,
          tags: [
            { tag: 'link', attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href }, injectTo: 'head' },
          ],
        }
      },
    },
  }
}
