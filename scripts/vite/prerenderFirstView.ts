/**
 * Vite plugin: the app's first view (src/prerender.tsx), rendered at build time, goes into the
 * built index.html's `#root`. The page shows its real layout (header, panel, "Loading the
 * body…") as soon as the HTML and the style sheet are in, instead of an empty page until
 * the app's code has downloaded, compiled and run. For a bare address in a browser with WebGL 2
 * the app's first render is the same markup, so nothing moves; a link that opens a muscle, a
 * stored mode or a browser without WebGL swaps the panel's content once the app runs (the
 * header and the body's stage stay where they are).
 *
 * The copy is a picture of the app, not the app: its buttons do nothing until the code runs,
 * so it is `inert` (no focus, no clicks) and `aria-hidden` (a screen reader meets the live app,
 * as before, not dead controls). React's resource hints (a <link> it hoists) and Suspense's
 * markers are dropped (the hashed skin preload comes from skinPreload.ts), and so are style
 * attributes: the page's CSP forbids inline styles in markup (the app sets the same values
 * through the CSSOM, which the policy allows; the style sheet has their defaults).
 */
import { createServer, type Plugin, type ResolvedConfig } from 'vite'

/** Where the first view goes in index.html. */
const rootElement = '<div id="root"></div>'

/**
 * Cleans React's server output into static markup for `#root`: no hoisted <link>s, no Suspense
 * boundary markers, client-render templates or style attributes, the outer element made inert
 * and hidden. Pure.
 */
export function staticFirstView(rendered: string): string {
  const html = rendered
    .replace(/^(<link [^>]*\/>)+/, '')
    .replace(/<template[^>]*>[\s\S]*?<\/template>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/ style="[^"]*"/g, '')
  const outer = /^<div class="app"/
  if (!outer.test(html)) throw new Error('first view: the app no longer renders <div class="app"> first')
  return html.replace(outer, '<div class="app" inert="" aria-hidden="true"')
}

export function prerenderFirstViewPlugin(): Plugin {
  let resolved: ResolvedConfig | undefined
  return {
    name: 'triggermap:prerender-first-view',
    apply: 'build',
    configResolved(config) {
      resolved = config
    },
    transformIndexHtml: {
      order: 'pre',
      handler: async (html) => {
        if (!html.includes(rootElement)) throw new Error(`first view: index.html has no ${rootElement}`)
        // Vite's SSR loader runs the app's modules in Node as the build sees them (asset URLs
        // too): the same config file and mode, no file watching, no dependency scan.
        const vite = await createServer({
          root: resolved?.root,
          configFile: resolved?.configFile ?? false,
          mode: resolved?.mode,
          logLevel: 'error',
          server: { middlewareMode: true, hmr: false, ws: false, watch: null },
          optimizeDeps: { noDiscovery: true },
          appType: 'custom',
        })
        try {
          const prerender = (await vite.ssrLoadModule('/src/prerender.tsx')) as { firstViewHtml: () => string }
          return html.replace(rootElement, `<div id="root">${staticFirstView(prerender.firstViewHtml())}</div>`)
        } finally {
          await vite.close()
        }
      },
    },
  }
}
