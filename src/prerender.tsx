/**
 * The app's first view as HTML, drawn at build time into index.html
 * (scripts/vite/prerenderFirstView.ts), so the page shows its header, panel and "Loading the
 * body…" as soon as the HTML and the style sheet arrive, before any script has run. It is the
 * first render of `<App />` with nothing chosen yet, as a browser with WebGL 2 sees it; the app
 * replaces it with its own render once its code runs (for a bare address, the same markup).
 * Runs in Node, in Vite's SSR loader, never in the browser.
 */
import { renderToString } from 'react-dom/server'
import { App } from './App.tsx'

export function firstViewHtml(): string {
  // The first view is the 3D layout: most browsers have WebGL 2, and one without it swaps in the
  // text atlas the moment the app runs, as it does today after an empty page.
  const g = globalThis as { WebGL2RenderingContext?: unknown }
  const had = 'WebGL2RenderingContext' in g
  g.WebGL2RenderingContext ??= class {}
  try {
    return renderToString(<App />)
  } finally {
    if (!had) delete g.WebGL2RenderingContext
  }
}
