// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest'

/** The hand-over's state is the page's: each test starts from fresh modules. */
let handOver: typeof import('./firstPaint/handOver.ts')
let sceneRenderer: typeof import('./sceneRenderer.ts')
beforeEach(async () => {
  vi.resetModules()
  handOver = await import('./firstPaint/handOver.ts')
  sceneRenderer = await import('./sceneRenderer.ts')
})

describe('the renderer on the painted canvas', () => {
  it('is none, and the painted canvas goes, when its context was lost before the scene took it', () => {
    document.body.innerHTML = '<div class="scene-canvas"><canvas id="r3f"></canvas></div><canvas id="painted"></canvas>'
    const painted = document.getElementById('painted') as HTMLCanvasElement
    const lost = { isContextLost: () => true } as WebGL2RenderingContext
    handOver.offerPainted({ canvas: painted, context: lost })
    expect(sceneRenderer.rendererOnPainted(document.getElementById('r3f') as HTMLCanvasElement)).toBeNull()
    // R3F's canvas stays, for a context of its own; the painted one is gone.
    expect(document.getElementById('r3f')?.isConnected).toBe(true)
    expect(painted.isConnected).toBe(false)
  })

  it('is none where nothing was painted (a link, no WebGL 2, the paint too late)', () => {
    expect(sceneRenderer.rendererOnPainted(document.createElement('canvas'))).toBeNull()
  })
})
