/**
 * Frame-timing benchmark: the built app in headless Chromium at 1280x800, requestAnimationFrame
 * timestamps recorded while the body is still, while it is orbited by mouse drag, and while it is
 * orbited with a muscle selected; then tap-to-paint of selections and hover-pick time, next to an
 * empty R3F canvas measured in the same run (taps.ts). Prints figures and returns them (bench.ts
 * writes them as JSON), asserts nothing. Needs `npm run build` first.
 * `npm run bench:frames` runs it alone; `npm run bench` runs it last.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Page } from 'playwright-core'
import type {} from '../../src/scene/TestHook.tsx'
import { frameStats, type FrameStats } from './frameStats.ts'
import { startPreview } from './previewServer.ts'
import { median, startBaseline, tapToPaint, type Tap } from './taps.ts'

/** Page loads for the tap and pick figures (each a fresh page: its first tap is a first selection). */
const tapRuns = 3
/** Muscles tapped in turn after each load, from the opening front view (centroid on screen). */
const tapTargets = [
  ['rectus_femoris', 'right'], ['pectoralis_major', 'left'], ['tibialis_anterior', 'right'], ['deltoid', 'left'],
  ['rectus_abdominis', 'right'], ['biceps_brachii', 'right'], ['sartorius', 'left'],
] as const
/** Hover-pick grid across the body's outline on screen. */
const pickGrid = { columns: 16, rows: 32 }

/** What the frame benchmark measured, as written to the JSON output. */
export interface FrameFigures {
  chromium: string
  webglRenderer: string
  canvas: string
  cpuCores: number
  /** One-minute load average when the run started (other work on the machine skews the figures). */
  loadAverage: number
  states: Record<string, (FrameStats & { renders: number | null }) | null>
  baseline: { frameIntervalMs: number | null; tapToPaintMs: number | null; taps: number }
  tapToPaint: {
    /** Median over page loads of the first tap after loading (the first selection). */
    firstTapMs: number | null
    /** Median over every tap. */
    medianMs: number | null
    /** Median count of animation frames from the tap to the painted render (1: the very next frame). */
    medianRafFrames: number | null
    /** medianMs in frames of the baseline's frame interval. */
    medianFrames: number | null
    /** (medianMs - baseline tap-to-paint) in baseline frames; the goal is at most 2. */
    overBaselineFrames: number | null
    firstTapOverBaselineFrames: number | null
    goalMet: boolean | null
    taps: number
    misses: number
    all: Tap[]
  }
  hoverPick: {
    /** Per pick at a point on the body (median over loads). */
    medianMs: number | null
    p95Ms: number | null
    meanMs: number | null
    withoutBvhMedianMs: number | null
    withoutBvhP95Ms: number | null
    /** Over every grid point, on the body or beside it. */
    allPointsMedianMs: number | null
    picksPerRun: number
    hitsPerRun: number
    /** Median pick at most 0.5 ms. */
    goalMet: boolean | null
  }
  load: { bvhBuildMs: number | null; bvhTriangles: number | null; precompileMs: number | null; precompiledBeforeFirstTap: boolean[] }
}

/**
 * How long each state is recorded: at least 5 s and 40 frames, so SwiftShader's few frames a
 * second still make a sample worth a 95th percentile, but never more than 20 s.
 */
const recording = { minMs: 5000, minFrames: 40, maxMs: 20_000 }

/** The flags the e2e tests use: WebGL through SwiftShader, nothing fetched from elsewhere. */
const chromiumArgs = [
  '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
]

interface Recording {
  stamps: number[]
  /** Frames in which the camera had moved since the previous frame: shows an orbit really ran. */
  cameraMoves: number
  /** Renders three made during the recording; null when the build predates renderInfo(). */
  renders: number | null
  calls: number | null
  triangles: number | null
}

/**
 * rAF timestamps for one state, with camera moves and the renderer's counts (runs in the page). Written
 * without named inner functions: tsx would wrap those in a helper the page does not have.
 */
function record(page: Page): Promise<Recording> {
  return page.evaluate(async ({ minMs, minFrames, maxMs }) => {
    const before = window.__triggermap?.renderInfo?.()
    const stamps: number[] = []
    let elapsed = 0
    let camera = window.__triggermap?.cameraPosition().join()
    let cameraMoves = 0
    do {
      stamps.push(await new Promise<number>((frame) => requestAnimationFrame(frame)))
      elapsed = stamps[stamps.length - 1]! - stamps[0]!
      const now = window.__triggermap?.cameraPosition().join()
      if (stamps.length > 1 && now !== camera) cameraMoves++
      camera = now
    } while (elapsed < maxMs && (elapsed < minMs || stamps.length <= minFrames))
    const after = window.__triggermap?.renderInfo?.()
    return { stamps, cameraMoves, renders: before && after ? after.renders - before.renders : null, calls: after?.calls ?? null, triangles: after?.triangles ?? null }
  }, recording)
}

/** Waits until the body has been drawn and the camera has finished its opening move. */
async function waitForBody(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const hook = window.__triggermap
    return hook !== undefined && (hook.renderInfo === undefined || hook.renderInfo().triangles > 0)
  }, undefined, { timeout: 60_000 })
  const deadline = Date.now() + 30_000
  while (!(await page.evaluate(() => window.__triggermap!.cameraSettled()))) {
    if (Date.now() > deadline) throw new Error('the camera did not settle')
  }
  // Let first-use shader compiles and texture uploads pass before timing.
  await page.waitForTimeout(1000)
}

/**
 * Records while a held left button sweeps back and forth across the canvas, as a person orbits
 * the body. The sweep starts and ends in the empty margin left of the body and crosses it, so
 * hover picking runs as it does for a person; releasing off the body keeps the selection as is.
 */
async function recordOrbiting(page: Page): Promise<Recording> {
  const box = (await page.locator('canvas').boundingBox())!
  const y = box.y + box.height * 0.5
  const from = box.x + box.width * 0.03
  const to = box.x + box.width * 0.6
  await page.mouse.move(from, y)
  await page.mouse.down()
  let orbiting = true
  const result = record(page).finally(() => { orbiting = false })
  let x = from
  let step = 8
  while (orbiting) {
    if (x + step > to || x + step < from) step = -step
    x += step
    await page.mouse.move(x, y)
  }
  // Released a little below where it was pressed: a release where the press was counts as a
  // click on empty space, which deselects.
  await page.mouse.move(from, y + 40, { steps: 5 })
  await page.mouse.up()
  return result
}

const ms = (v: number) => `${v.toFixed(1)} ms`
const fixed = (v: number | null, digits = 1) => (v === null ? 'n/a' : v.toFixed(digits))

/** One printed line per state. */
function describe(state: string, r: Recording): string {
  const s = frameStats(r.stamps)
  if (!s) return `  ${state.padEnd(33)}: no frames recorded`
  const renders = r.renders === null
    ? 'renders n/a (build predates renderInfo: rebuild)'
    : `${r.renders} renders (${((r.renders / r.stamps.length) * 100).toFixed(0)}% of frames)`
  const drawn = r.calls === null ? '' : `; last frame ${r.calls} draw calls, ${(r.triangles! / 1000).toFixed(0)}k triangles`
  const moving = `camera moved in ${((r.cameraMoves / s.frames) * 100).toFixed(0)}% of frames`
  return `  ${state.padEnd(33)}: ${s.frames} frames, ${s.fps.toFixed(1)} fps, median ${ms(s.medianMs)}, p95 ${ms(s.p95Ms)}, longest ${ms(s.longestMs)}, ` +
    `dropped (>2x median) ${(s.droppedShare * 100).toFixed(1)}%; ${moving}; ${renders}${drawn}`
}

/** Whether a still body is redrawn: with frameloop "demand" idle frames cost nothing. */
function idleVerdict(r: Recording): string {
  if (r.renders === null || r.stamps.length < 2) return '  idle rendering: unknown'
  return r.renders >= 0.9 * r.stamps.length
    ? '  idle rendering: continuous (a still body is redrawn every frame, so idle costs what orbiting costs)'
    : `  idle rendering: on demand (${r.renders} renders in ${r.stamps.length} frames while still)`
}

/** Page-side: rAF timestamps for `ms` milliseconds (a string, so no bundler helper reaches the page). */
const recordFor = (ms: number) => `new Promise((done) => {
  const stamps = []
  const tick = (t) => { stamps.push(t); if (t - stamps[0] < ${ms}) requestAnimationFrame(tick); else done(stamps) }
  requestAnimationFrame(tick)
})`

/** Taps the listed muscles in turn on a freshly loaded app, `tapRuns` times; hover picks timed once per load. */
async function benchTaps(page: Page, url: string, figures: FrameFigures): Promise<void> {
  const firsts: number[] = []
  const picks: { median: number; p95: number; mean: number; noBvh: number; noBvhP95: number; all: number; picks: number; hits: number }[] = []
  const bvhMs: number[] = []
  const precompileMs: number[] = []
  for (let run = 0; run < tapRuns; run++) {
    await page.goto(url)
    await waitForBody(page)
    const load = await page.evaluate(() => window.__triggermap!.loadInfo())
    figures.load.precompiledBeforeFirstTap.push(load.precompiled)
    bvhMs.push(load.bvhMs)
    precompileMs.push(load.precompileMs)
    figures.load.bvhTriangles = load.bvhTriangles
    for (let i = 0; i < tapTargets.length; i++) {
      const [muscle, side] = tapTargets[i]!
      const at = await page.evaluate(([m, s]) => window.__triggermap!.projectMuscle(m, s), [muscle, side] as const)
      const tap = at ? await tapToPaint(page, '__triggermap', at.x, at.y) : null
      if (!tap) { figures.tapToPaint.misses++; continue }
      figures.tapToPaint.all.push(tap)
      if (i === 0) firsts.push(tap.ms)
      await page.waitForTimeout(300)
    }
    const p = await page.evaluate(([c, r]) => window.__triggermap!.pickTimes(c, r), [pickGrid.columns, pickGrid.rows] as const)
    picks.push({ median: p.bvh.median, p95: p.bvh.p95, mean: p.bvh.mean, noBvh: p.noBvh.median, noBvhP95: p.noBvh.p95, all: p.bvhAll.median, picks: p.picks, hits: p.hits })
  }
  const t = figures.tapToPaint
  t.taps = t.all.length
  t.firstTapMs = median(firsts)
  t.medianMs = median(t.all.map((a) => a.ms))
  t.medianRafFrames = median(t.all.map((a) => a.frames))
  const h = figures.hoverPick
  h.medianMs = median(picks.map((p) => p.median))
  h.p95Ms = median(picks.map((p) => p.p95))
  h.meanMs = median(picks.map((p) => p.mean))
  h.withoutBvhMedianMs = median(picks.map((p) => p.noBvh))
  h.withoutBvhP95Ms = median(picks.map((p) => p.noBvhP95))
  h.allPointsMedianMs = median(picks.map((p) => p.all))
  h.picksPerRun = picks[0]?.picks ?? 0
  h.hitsPerRun = picks[0]?.hits ?? 0
  h.goalMet = h.medianMs === null ? null : h.medianMs <= 0.5
  figures.load.bvhBuildMs = median(bvhMs)
  figures.load.precompileMs = median(precompileMs)
}

/** The empty R3F canvas at the app's canvas size: its frame interval and its tap-to-paint. */
async function benchBaseline(root: string, page: Page, size: { width: number; height: number }, figures: FrameFigures): Promise<void> {
  const baseline = await startBaseline(root)
  try {
    const taps: number[] = []
    const intervals: number[] = []
    for (let run = 0; run < tapRuns; run++) {
      await page.goto(`${baseline.url}?w=${size.width}&h=${size.height}`)
      await page.waitForFunction(() => (window as unknown as { __baseline?: unknown }).__baseline !== undefined, undefined, { timeout: 60_000 })
      await page.waitForTimeout(500)
      const s = frameStats((await page.evaluate(recordFor(3000))) as number[])
      if (s) intervals.push(s.medianMs)
      const box = (await page.locator('canvas').boundingBox())!
      for (let i = 0; i < tapTargets.length; i++) {
        const tap = await tapToPaint(page, '__baseline', box.x + box.width * (0.3 + 0.05 * i), box.y + box.height * 0.5)
        if (tap) taps.push(tap.ms)
        await page.waitForTimeout(300)
      }
    }
    figures.baseline = { frameIntervalMs: median(intervals), tapToPaintMs: median(taps), taps: taps.length }
  } finally {
    await baseline.close()
  }
}

/** Where the figures are written: BENCH_JSON, or test-results/bench.json (ignored by git). */
export function benchJsonPath(root: string): string {
  return process.env.BENCH_JSON ?? resolve(root, 'test-results/bench.json')
}

/** Writes figures as JSON and says where. */
export function writeBenchJson(root: string, figures: unknown): void {
  const path = benchJsonPath(root)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, `${JSON.stringify(figures, null, 2)}\n`)
  console.log(`figures written to ${path}`)
}

/** Prints frame figures for the built app, or one line saying why it cannot; returns them (null when skipped). */
export async function benchFrames(root: string): Promise<FrameFigures | null> {
  if (!existsSync(resolve(root, 'dist/index.html'))) {
    console.log('frames: skipped, run `npm run build` first (the frame benchmark times the built app)')
    return null
  }
  const figures: FrameFigures = {
    chromium: '', webglRenderer: '', canvas: '', cpuCores: cpus().length, loadAverage: loadavg()[0]!, states: {},
    baseline: { frameIntervalMs: null, tapToPaintMs: null, taps: 0 },
    tapToPaint: { firstTapMs: null, medianMs: null, medianRafFrames: null, medianFrames: null, overBaselineFrames: null, firstTapOverBaselineFrames: null, goalMet: null, taps: 0, misses: 0, all: [] },
    hoverPick: { medianMs: null, p95Ms: null, meanMs: null, withoutBvhMedianMs: null, withoutBvhP95Ms: null, allPointsMedianMs: null, picksPerRun: 0, hitsPerRun: 0, goalMet: null },
    load: { bvhBuildMs: null, bvhTriangles: null, precompileMs: null, precompiledBeforeFirstTap: [] },
  }
  const server = await startPreview(root)
  try {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs })
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(String(e)))

      await page.goto(`${server.url}/`)
      await waitForBody(page)
      const gpu = await page.evaluate(() => {
        const gl = document.createElement('canvas').getContext('webgl2')
        const ext = gl?.getExtension('WEBGL_debug_renderer_info')
        return ext ? String(gl!.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : 'unknown'
      })
      const canvas = await page.evaluate(() => {
        const c = document.querySelector('canvas')!
        return `${c.clientWidth}x${c.clientHeight} CSS px at dpr ${devicePixelRatio}`
      })
      figures.chromium = browser.version()
      figures.webglRenderer = gpu
      figures.canvas = canvas
      console.log(`frames: headless Chromium ${browser.version()}, viewport 1280x800, canvas ${canvas}, ${recording.minMs / 1000}-${recording.maxMs / 1000} s and at least ${recording.minFrames} frames per state, ${cpus().length} CPU cores, load average ${figures.loadAverage.toFixed(1)}`)
      console.log(`  WebGL renderer: ${gpu}${/swiftshader/i.test(gpu) ? ' (drawn on the CPU: absolute fps is low here, compare the states)' : ''}`)

      const lines: string[] = []
      const keep = (state: string, r: Recording) => {
        const s = frameStats(r.stamps)
        figures.states[state] = s ? { ...s, renders: r.renders } : null
        lines.push(describe(state, r))
      }
      const idle = await record(page)
      keep('idle, camera still', idle)
      keep('orbiting (mouse drag)', await recordOrbiting(page))
      const selection = await page.evaluate(() => location.search)
      if (selection !== '') lines.push(`  note: the drag changed the selection (${selection}); the next state reloads anyway`)

      await page.goto(`${server.url}/?v=1&m=infraspinatus&s=l`)
      await waitForBody(page)
      keep('infraspinatus selected, orbiting', await recordOrbiting(page))
      const after = await page.evaluate(() => location.search)
      if (!after.includes('m=infraspinatus')) lines.push(`  note: the drag changed the selection (now ${after || 'none'})`)
      lines.push(idleVerdict(idle))
      for (const l of lines) console.log(l)

      // Tap-to-paint and hover picks, then the empty canvas they are judged against.
      const size = await page.evaluate(() => {
        const c = document.querySelector('canvas')!
        return { width: c.clientWidth, height: c.clientHeight }
      })
      await benchTaps(page, `${server.url}/`, figures)
      await benchBaseline(root, page, size, figures)
      const t = figures.tapToPaint
      const b = figures.baseline
      if (b.frameIntervalMs && t.medianMs !== null && b.tapToPaintMs !== null) {
        t.medianFrames = t.medianMs / b.frameIntervalMs
        t.overBaselineFrames = (t.medianMs - b.tapToPaintMs) / b.frameIntervalMs
        t.firstTapOverBaselineFrames = t.firstTapMs === null ? null : (t.firstTapMs - b.tapToPaintMs) / b.frameIntervalMs
        t.goalMet = t.overBaselineFrames <= 2 && (t.firstTapOverBaselineFrames ?? 0) <= 2
      }
      const h = figures.hoverPick
      const l = figures.load
      console.log(`  empty R3F canvas (baseline)     : frame interval ${fixed(b.frameIntervalMs)} ms, tap-to-paint ${fixed(b.tapToPaintMs)} ms (median of ${b.taps} taps over ${tapRuns} loads)`)
      console.log(`  tap-to-paint, selecting a muscle: first tap after load ${fixed(t.firstTapMs)} ms, all taps ${fixed(t.medianMs)} ms = ${fixed(t.medianFrames)} baseline frames; ` +
        `over the baseline by ${fixed(t.overBaselineFrames)} frames (first tap ${fixed(t.firstTapOverBaselineFrames)}; goal <= 2: ${t.goalMet === null ? 'n/a' : t.goalMet ? 'met' : 'NOT met'}); ` +
        `painted in animation frame ${fixed(t.medianRafFrames, 0)} after the tap (median); ${t.taps} taps, ${t.misses} missed`)
      console.log(`  hover pick over the whole body  : median ${fixed(h.medianMs, 3)} ms, p95 ${fixed(h.p95Ms, 3)} ms, mean ${fixed(h.meanMs, 3)} ms per pick on the body (${h.hitsPerRun} of ${h.picksPerRun} grid points; ` +
        `goal <= 0.5 ms: ${h.goalMet === null ? 'n/a' : h.goalMet ? 'met' : 'NOT met'}); without the BVHs median ${fixed(h.withoutBvhMedianMs, 3)} ms, p95 ${fixed(h.withoutBvhP95Ms, 3)} ms; all grid points ${fixed(h.allPointsMedianMs, 3)} ms`)
      console.log(`  at load: BVHs built in ${fixed(l.bvhBuildMs)} ms over ${l.bvhTriangles ?? 'n/a'} triangles; programs compiled ahead in ${fixed(l.precompileMs)} ms (done before the first tap: ${l.precompiledBeforeFirstTap.join(', ')})`)
      if (errors.length > 0) console.log(`  page errors: ${errors.join(' | ')}`)
    } finally {
      await browser.close()
    }
  } finally {
    server.close()
  }
  return figures
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = resolve(import.meta.dirname, '../..')
  benchFrames(root).then((figures) => { if (figures) writeBenchJson(root, { frames: figures }) }).catch((e: unknown) => {
    console.error(e)
    process.exitCode = 1
  })
}
