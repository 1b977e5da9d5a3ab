import { act, useEffect } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

/** What the stand-in 3D view does once mounted: draws, finds no context, or throws. */
const view: { does: 'draw' | 'no-context' | 'throw' } = vi.hoisted(() => ({ does: 'draw' }))

// The real view needs WebGL; this one is a canvas that reports as the real one does.
vi.mock('./Scene.tsx', () => ({
  default: function StandInScene({ onNoContext }: { onNoContext: () => void }) {
    if (view.does === 'throw') throw new Error('the model is broken')
    useEffect(() => {
      if (view.does === 'no-context') onNoContext()
    }, [onNoContext])
    return <canvas className="stand-in" />
  },
}))

type SceneRoot = typeof import('./sceneRoot.tsx')
type Marks = typeof import('./frameMarked.ts')

/** A fresh copy of the module (and of the marks it waits on): each case starts before any frame. */
async function fresh(): Promise<{ root: SceneRoot; marks: Marks }> {
  vi.resetModules()
  return { root: await import('./sceneRoot.tsx'), marks: await import('./frameMarked.ts') }
}

/** The first view's stage as index.html holds it: "Loading the body…" in the stage. */
function firstView(): Element {
  document.body.innerHTML = '<main><section class="stage"><p class="loading">Loading the body…</p></section></main>'
  return document.querySelector('.loading')!
}

const skin = 'triggermap:skin-drawn'

/** Runs `f` in React's act() (awaiting what it returns), then lets the promises it settled run. */
async function inAct(f: () => unknown): Promise<void> {
  await act(async () => {
    await f()
    await Promise.resolve()
  })
}
let settled = false
const watch = (p: Promise<void>) => void p.then(() => (settled = true))

beforeEach(() => {
  view.does = 'draw'
  settled = false
  // React's act() environment, for roots made outside testing-library.
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
})
afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

describe('the 3D view mounted before the app', () => {
  it('takes the place of "Loading the body…" and lets the app start once the skin is drawn', async () => {
    const { root, marks } = await fresh()
    await inAct(() => watch(root.mountSceneEarly(firstView(), 60_000)))
    expect(document.querySelector('.stage .loading')).toBeNull()
    expect(document.querySelector('.stage canvas.stand-in')).not.toBeNull()
    expect(settled).toBe(false)
    await inAct(() => marks.frameMarked(skin))
    expect(settled).toBe(true)
  })

  it('is adopted by the app: the same canvas moves into its stage, not a second view', async () => {
    const { root } = await fresh()
    await inAct(() => watch(root.mountSceneEarly(firstView(), 60_000)))
    const canvas = document.querySelector('canvas.stand-in')
    // The app replaces the first view with its own render, then shows the view in its slot.
    document.body.innerHTML = '<main><section class="stage"><div class="scene-slot"></div></section></main>'
    const slot = document.querySelector<HTMLElement>('.scene-slot')!
    const events = { onNoContext: vi.fn(), onError: vi.fn() }
    let detach = () => {}
    await inAct(() => (detach = root.attachScene(slot, events)))
    expect(slot.querySelector('canvas')).toBe(canvas)
    expect(document.querySelectorAll('canvas')).toHaveLength(1)
    expect(events.onNoContext).not.toHaveBeenCalled()
    await inAct(() => detach())
    expect(slot.querySelector('canvas')).toBeNull()
    // Gone for good: a later stage (the app remounted) gets a view of its own.
    await inAct(() => new Promise((done) => setTimeout(done, 0)))
    const again = document.createElement('div')
    await inAct(() => root.attachScene(again, events))
    expect(again.querySelector('canvas')).not.toBeNull()
    expect(again.querySelector('canvas')).not.toBe(canvas)
  })

  it('a browser without a context: the app starts at once and hears of it when it adopts the view', async () => {
    view.does = 'no-context'
    const { root } = await fresh()
    await inAct(() => watch(root.mountSceneEarly(firstView(), 60_000)))
    expect(settled).toBe(true)
    const events = { onNoContext: vi.fn(), onError: vi.fn() }
    await inAct(() => root.attachScene(document.createElement('div'), events))
    expect(events.onNoContext).toHaveBeenCalledTimes(1)
    expect(events.onError).not.toHaveBeenCalled()
  })

  it('a view that fails goes to the app as an error, for its text version', async () => {
    view.does = 'throw'
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const { root } = await fresh()
    await inAct(() => watch(root.mountSceneEarly(firstView(), 60_000)))
    expect(settled).toBe(true)
    const events = { onNoContext: vi.fn(), onError: vi.fn() }
    await inAct(() => root.attachScene(document.createElement('div'), events))
    expect(events.onError).toHaveBeenCalledWith(new Error('the model is broken'))
  })

  it('on a slow link the app starts after its patience runs out, skin or not', async () => {
    vi.useFakeTimers()
    const { root } = await fresh()
    await inAct(() => watch(root.mountSceneEarly(firstView(), 1500)))
    await inAct(() => vi.advanceTimersByTime(1400))
    expect(settled).toBe(false)
    await inAct(() => vi.advanceTimersByTime(200))
    expect(settled).toBe(true)
  })

  it('where the app renders first (a link), the app mounts the view in its own stage', async () => {
    const { root } = await fresh()
    const slot = document.createElement('div')
    document.body.append(slot)
    await inAct(() => root.attachScene(slot, { onNoContext: vi.fn(), onError: vi.fn() }))
    expect(slot.querySelector('canvas.stand-in')).not.toBeNull()
  })
})
