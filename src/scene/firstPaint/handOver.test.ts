// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { putInPlace } from './handOver.ts'

/** The hand-over's state is the page's: each test starts from a fresh module. */
let handOver: typeof import('./handOver.ts')
beforeEach(async () => {
  vi.resetModules()
  handOver = await import('./handOver.ts')
})

const paintedCanvas = () => ({
  canvas: document.createElement('canvas'),
  context: {} as WebGL2RenderingContext,
})

describe('the hand-over of the first paint', () => {
  it('gives the scene the canvas painted before it, once', () => {
    const painted = paintedCanvas()
    expect(handOver.offerPainted(painted)).toBe(true)
    expect(handOver.sceneHasStarted()).toBe(false)
    expect(handOver.takePainted()).toBe(painted)
    expect(handOver.sceneHasStarted()).toBe(true)
    // A scene mounted again (after an error) makes its own.
    expect(handOver.takePainted()).toBeNull()
    // Taken: the paint may no longer remove it.
    expect(handOver.withdrawPainted(painted)).toBe(false)
  })

  it('refuses a paint that comes after the scene made its renderer', () => {
    expect(handOver.takePainted()).toBeNull()
    expect(handOver.offerPainted(paintedCanvas())).toBe(false)
  })

  it('lets the paint take back an offer the scene has not taken', () => {
    const painted = paintedCanvas()
    handOver.offerPainted(painted)
    expect(handOver.withdrawPainted(painted)).toBe(true)
    expect(handOver.takePainted()).toBeNull()
  })
})

describe('the painted canvas put in place of the scene’s', () => {
  it('takes its place, its class and style, and the text read out instead of the map', () => {
    document.body.innerHTML =
      '<section class="stage"><div class="scene-canvas"><div><canvas class="r3f" style="display: block"><p id="help">How to use the map</p></canvas></div></div>' +
      '<canvas class="first-paint" aria-hidden="true" style="position: absolute; left: 0px; top: 61px; width: 860px; height: 545px"></canvas></section>'
    const scene = document.querySelector<HTMLCanvasElement>('canvas.r3f')!
    const painted = document.querySelector<HTMLCanvasElement>('canvas.first-paint')!
    putInPlace(painted, scene)
    expect(document.querySelectorAll('canvas')).toHaveLength(1)
    expect(painted.parentElement?.parentElement?.className).toBe('scene-canvas')
    expect(painted.className).toBe('r3f')
    expect(painted.hasAttribute('aria-hidden')).toBe(false)
    expect(painted.style.position).toBe('')
    expect(painted.style.top).toBe('')
    expect(painted.style.display).toBe('block')
    // Its size stays: R3F sets the same when it sizes the canvas.
    expect(painted.style.width).toBe('860px')
    expect(document.getElementById('help')?.parentElement).toBe(painted)
  })
})
