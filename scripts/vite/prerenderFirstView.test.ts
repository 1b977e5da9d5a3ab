import { describe, expect, it } from 'vitest'
import { staticFirstView } from './prerenderFirstView.ts'

describe('staticFirstView', () => {
  const rendered =
    '<link rel="preload" href="/models/body-skin.glb" as="fetch" crossorigin=""/>' +
    '<div class="app"><header><h1>TriggerMap</h1></header><section><!--$!-->' +
    '<template data-msg="Switched to client rendering because the server rendering aborted"></template>' +
    '<p class="loading">Loading the body…</p><!--/$--><button>View<!-- --> </button></section>' +
    '<aside class="sheet" data-snap="peek" style="--sheet-half:50%"></aside></div>'

  it('keeps the markup, drops the hoisted link, Suspense markers and inline styles (the CSP forbids them), and makes the copy inert and hidden', () => {
    expect(staticFirstView(rendered)).toBe(
      '<div class="app" inert="" aria-hidden="true"><header><h1>TriggerMap</h1></header><section>' +
        '<p class="loading">Loading the body…</p><button>View </button></section>' +
        '<aside class="sheet" data-snap="peek"></aside></div>',
    )
  })

  it('refuses markup that does not start with the app, rather than leave live-looking dead controls', () => {
    expect(() => staticFirstView('<main>something else</main>')).toThrow(/<div class="app">/)
  })
})
