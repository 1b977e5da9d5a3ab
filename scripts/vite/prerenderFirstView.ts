/**
 * Vite plugin: the app's first view (src/prerender.tsx), rendered at build time, goes into the
 * built index.html's `#root`. The page shows its real layout (header, panel, "Loading the
 * body…") as soon as the HTML and the style sheet are in, instead of an empty page until
 * index.js has downloaded, compiled and run; the app's first render replaces it with the same
 * markup, so nothing moves.
 *
 * The copy is a picture of the app, not the app: its buttons do nothing until the code runs,
 * so it is `inert` (no focus, no clicks) and `aria-hidden` (a screen reader meets the live app,
 * as before, not dead controls). React's resource hints (a <link> it hoists) and Suspense's
 * markers are dropped (the hashed skin preload comes from skinPreload.ts), and so are style
 * attributes: the page's CSP forbids inline styles in markup (the app sets the same values
 * through the CSSOM, which the policy allows; the style sheet has their defaults).
 */
import { createServer, type Plugin } from 'vite'

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
  let root = process.cwd()
  return {
    name: 'triggermap:prerender-first-view',
    apply: 'build',
    configResolved(config) {
      root = config.root
    },
    transformIndexHtml: {
      order: 'pre',
      handler: async (html) => {
        if (!html.includes(rootElement)) throw new Error(`first view: index.html has no ${rootElement}`)
        // Vite's SSR loader runs the app's modules in Node as the build sees them (asset URLs too).
        const vite = await createServer({
          root,
          logLevel: 'error',
          server: { middlewareMode: true, hmr: false, ws: false },
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
