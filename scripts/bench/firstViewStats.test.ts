import { describe, expect, it } from 'vitest'
import { fetchedBy, longTasksBefore, medianPerFile, plainName, ratio } from './firstViewStats.ts'

describe('fetchedBy', () => {
  it('counts only what arrived by the first frame, per file, largest first', () => {
    const r = fetchedBy(
      [
        { file: '/', encodedBytes: 900, responseEnd: 10 },
        { file: '/assets/index-Ab12Cd34.js', encodedBytes: 5000, responseEnd: 50 },
        { file: '/assets/body-Xy12Zw34.glb', encodedBytes: 9000, responseEnd: 100 },
        { file: '/assets/zones-Qq12Ww34.js', encodedBytes: 700, responseEnd: 100.5 },
      ],
      100,
    )
    expect(r.total).toBe(14900)
    expect(r.files.map(([f]) => f)).toEqual(['/assets/body-Xy12Zw34.glb', '/assets/index-Ab12Cd34.js', '/'])
  })
  it('adds up a file fetched twice', () => {
    const once = { file: '/a.js', encodedBytes: 10, responseEnd: 1 }
    expect(fetchedBy([once, once], 5)).toEqual({ total: 20, files: [['/a.js', 20]] })
  })
})

describe('longTasksBefore', () => {
  it('counts tasks that started before the moment and finds the longest', () => {
    const tasks = [
      { start: 10, duration: 80 },
      { start: 200, duration: 450 },
      { start: 900, duration: 1000 },
    ]
    expect(longTasksBefore(tasks, 900)).toEqual({ count: 2, longestMs: 450 })
    expect(longTasksBefore([], 900)).toEqual({ count: 0, longestMs: 0 })
  })
})

describe('ratio', () => {
  it('divides, and is null without a positive divisor', () => {
    expect(ratio(300, 200)).toBe(1.5)
    expect(ratio(null, 200)).toBeNull()
    expect(ratio(300, 0)).toBeNull()
  })
})

describe('medianPerFile', () => {
  it('takes each file`s median over loads, a missing file counting as zero', () => {
    const loads: [string, number][][] = [
      [
        ['a', 10],
        ['b', 1],
      ],
      [['a', 30]],
      [
        ['a', 20],
        ['b', 5],
      ],
    ]
    expect(medianPerFile(loads)).toEqual([
      ['a', 20],
      ['b', 1],
    ])
  })
})

describe('plainName', () => {
  it('drops the content hash of a built file', () => {
    expect(plainName('/assets/Scene-ttezUs4r.js')).toBe('Scene.js')
    expect(plainName('/assets/workbox-window.prod.es5-Bd17z0YL.js')).toBe('workbox-window.prod.es5.js')
    expect(plainName('/')).toBe('/')
  })
})
