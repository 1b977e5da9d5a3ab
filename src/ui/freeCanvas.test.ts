// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { freeInsets } from './freeCanvas.ts'

const canvas = { left: 0, top: 100, right: 360, bottom: 700 }

describe('freeInsets', () => {
  it('nothing over the canvas: all of it is free', () => {
    expect(freeInsets(canvas, [])).toEqual({ top: 0, right: 0, bottom: 0, left: 0 })
  })

  it('a half-open phone sheet cuts the bottom; the View button above it cuts its thin strip across', () => {
    const sheet = { left: 0, top: 400, right: 360, bottom: 700 }
    const view = { left: 260, top: 336, right: 350, bottom: 390 }
    expect(freeInsets(canvas, [view, sheet])).toEqual({ top: 0, right: 0, bottom: 364, left: 0 })
  })

  it('a button in a tall narrow canvas corner cuts from the side when that keeps more', () => {
    const tall = { left: 0, top: 0, right: 400, bottom: 300 }
    const button = { left: 370, top: 0, right: 400, bottom: 290 }
    expect(freeInsets(tall, [button])).toEqual({ top: 0, right: 30, bottom: 0, left: 0 })
  })

  it('a panel beside the canvas, touching its edge only, cuts nothing', () => {
    expect(freeInsets(canvas, [{ left: 360, top: 100, right: 720, bottom: 700 }])).toEqual({
      top: 0,
      right: 0,
      bottom: 0,
      left: 0,
    })
  })
})

describe('freeInsets with rectangles whose fields are getters (DOMRect)', () => {
  it('reads them', () => {
    class Box {
      #r: { left: number; top: number; right: number; bottom: number }
      constructor(r: { left: number; top: number; right: number; bottom: number }) {
        this.#r = r
      }
      get left() {
        return this.#r.left
      }
      get top() {
        return this.#r.top
      }
      get right() {
        return this.#r.right
      }
      get bottom() {
        return this.#r.bottom
      }
    }
    const insets = freeInsets(new Box(canvas), [new Box({ left: 0, top: 500, right: 360, bottom: 700 })])
    expect(insets).toEqual({ top: 0, right: 0, bottom: 200, left: 0 })
  })
})
