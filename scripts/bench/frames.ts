/**
 * Frame benchmark: the built app in headless Chromium at 1280x800 (WebGL through SwiftShader, as
 * the browser tests run it). Records requestAnimationFrame timestamps while the body is still,
 * while it is orbited by mouse drag, and while it is orbited with a muscle selected; then
 * tap-to-paint of selections and hover pick time, next to an empty R3F canvas measured in the
 * same run (interaction.ts). Prints figures and returns them (bench.ts writes them as JSON);
 * asserts nothing. `npm run bench` runs it last; `npm run bench:frames` runs it alone.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Page } from 'playwright-core'
import type {} from '../../src/scene/TestHook.tsx'
import { benchDist, ensureAppBuild } from './appBuild.ts'
import { frameStats, type FrameStats } from './frameStats.ts'
import {
  benchApp,
  benchBaseline,
  interactionFigures,
  waitForStillCamera,
  type BaselineFigures,
  type HoverFigures,
  type LoadFigures,
  type TapFigures,
} from './interaction.ts'
import { startPreview } from './previewServer.ts'
import { figureTable, type Figure } from './summary.ts'
import { chromiumArgs } from '../chromium-args.ts'

/** What the frame benchmark measured, as written to the JSON output. */
export interface FrameFigures {
  chromium: string
  webglRenderer: string
  /** Drawn on the CPU (SwiftShader, llvmpipe): every frame is slow, compare in frames. */
  softwareRasteriser: boolean
  canvas: string
  states: Record<string, (FrameStats & { renders: number | null }) | null>
  baseline: BaselineFigures
  tapToPaint: TapFigures
  hoverPick: HoverFigures
  load: LoadFigures
  /** The figures issue #10 names, each with its goal and whether it is met. */
  figures: Figure[]
}

/**
 * How long each state is recorded: at least 5 s and 40 frames, so SwiftShader's few frames a
 * second still make a sample worth a 95th percentile, but never more than 20 s.
 */
const recording = { minMs: 5000, minFrames: 40, maxMs: 20_000 }

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
    let elapsed: number
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
    return {
      stamps,
      cameraMoves,
      renders: before && after ? after.renders - before.renders : null,
      calls: after?.calls ?? null,
      triangles: after?.triangles ?? null,
    }
  }, recording)
}

/** Waits until the body has been drawn and the camera has finished its opening move. */
async function waitForBody(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const hook = window.__triggermap
      return hook !== undefined && (hook.renderInfo === undefined || hook.renderInfo().triangles > 0)
    },
    undefined,
    { timeout: 180_000 },
  )
  // The skin is drawn first; the muscles' file follows it.
  await page.waitForFunction(() => window.__triggermap!.loadInfo().musclesLoaded, undefined, { timeout: 180_000 })
  await waitForStillCamera(page)
  // A person's pause before the first touch: first-use shader compiles and texture uploads that
  // the app starts at load may finish in it (loadInfo says whether they did).
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
  const result = record(page).finally(() => {
    orbiting = false
  })
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
  const renders =
    r.renders === null
      ? 'renders n/a (build predates renderInfo: rebuild)'
      : `${r.renders} renders (${((r.renders / r.stamps.length) * 100).toFixed(0)}% of frames)`
  const drawn =
    r.calls === null ? '' : `; last frame ${r.calls} draw calls, ${(r.triangles! / 1000).toFixed(0)}k triangles`
  const moving = `camera moved in ${((r.cameraMoves / s.frames) * 100).toFixed(0)}% of frames`
  return (
    `  ${state.padEnd(33)}: ${s.frames} frames, ${s.fps.toFixed(1)} fps, median ${ms(s.medianMs)}, ` +
    `p95 ${ms(s.p95Ms)}, longest ${ms(s.longestMs)}, ` +
    `dropped (>2x median) ${(s.droppedShare * 100).toFixed(1)}%; ${moving}; ${renders}${drawn}`
  )
}

/** Whether a still body is redrawn: with frameloop "demand" idle frames cost nothing. */
function idleVerdict(r: Recording): string {
  if (r.renders === null || r.stamps.length < 2) return '  idle rendering: unknown'
  return r.renders >= 0.9 * r.stamps.length
    ? '  idle rendering: continuous (a still body is redrawn every frame, so idle costs what orbiting costs)'
    : `  idle rendering: on demand (${r.renders} renders in ${r.stamps.length} frames while still)`
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

/** Says whether WebGL is drawn on the CPU. */
const isSoftware = (renderer: string) => /swiftshader|llvmpipe|softpipe|software/i.test(renderer)

/** Serves the build in `outDir`, prints frame and interaction figures, and returns them. */
export async function benchFrames(root: string, outDir: string): Promise<FrameFigures> {
  const server = await startPreview(root, outDir)
  try {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    })
    try {
      // No service worker: its precache (the whole app, megabytes) would run during the figures.
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' })
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(String(e)))

      await page.goto(`${server.url}/`)
      await waitForBody(page)
      const gpu = await page.evaluate(() => {
        const gl = document.createElement('canvas').getContext('webgl2')
        const ext = gl?.getExtension('WEBGL_debug_renderer_info')
        return ext ? String(gl!.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : 'unknown'
      })
      const size = await page.evaluate(() => {
        const c = document.querySelector('canvas')!
        return { width: c.clientWidth, height: c.clientHeight, dpr: devicePixelRatio }
      })
      const canvas = `${size.width}x${size.height} CSS px at dpr ${size.dpr}`
      const software = isSoftware(gpu)
      console.log(
        `frames: headless Chromium ${browser.version()}, viewport 1280x800, canvas ${canvas}, ` +
          `${recording.minMs / 1000}-${recording.maxMs / 1000} s and at least ${recording.minFrames} frames per state`,
      )
      console.log(
        `  WebGL renderer: ${gpu}` +
          (software
            ? ' (software: drawn on the CPU, every frame is slow; compare in frames, and with the empty canvas)'
            : ''),
      )

      const states: FrameFigures['states'] = {}
      const lines: string[] = []
      const keep = (state: string, r: Recording) => {
        const s = frameStats(r.stamps)
        states[state] = s ? { ...s, renders: r.renders } : null
        lines.push(describe(state, r))
      }
      const idle = await record(page)
      keep('idle, camera still', idle)
      keep('orbiting (mouse drag)', await recordOrbiting(page))
      const selection = await page.evaluate(() => location.search)
      if (selection !== '')
        lines.push(`  note: the drag changed the selection (${selection}); the next state reloads anyway`)

      await page.goto(`${server.url}/?v=1&m=infraspinatus&s=l`)
      await waitForBody(page)
      keep('infraspinatus selected, orbiting', await recordOrbiting(page))
      const after = await page.evaluate(() => location.search)
      if (!after.includes('m=infraspinatus'))
        lines.push(`  note: the drag changed the selection (now ${after || 'none'})`)
      lines.push(idleVerdict(idle))
      for (const l of lines) console.log(l)

      // Tap-to-paint and hover picks, then the empty canvas they are judged against.
      console.log('  tapping muscles and timing hover picks (5 loads of the app, then 5 of the empty canvas) ...')
      const app = await benchApp(page, `${server.url}/`, waitForBody)
      const baseline = await benchBaseline(root, page, size)
      const figures = interactionFigures(app, baseline, states['orbiting (mouse drag)']?.medianMs ?? null, software)
      const l = app.load
      console.log(
        `  at load: BVHs built in ${fixed(l.bvhBuildMs)} ms over ${l.bvhTriangles ?? 'n/a'} triangles; ` +
          `programs compiled ahead in ${fixed(l.precompileMs)} ms ` +
          `(done before the first tap: ${l.precompiledBeforeFirstTap.join(', ')})`,
      )
      if (errors.length > 0) console.log(`  page errors: ${errors.join(' | ')}`)
      return {
        chromium: browser.version(),
        webglRenderer: gpu,
        softwareRasteriser: software,
        canvas,
        states,
        baseline,
        tapToPaint: app.taps,
        hoverPick: app.hover,
        load: app.load,
        figures,
      }
    } finally {
      await browser.close()
    }
  } finally {
    server.close()
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = resolve(import.meta.dirname, '../..')
  ensureAppBuild(root, benchDist(root))
    .then(({ outDir }) => benchFrames(root, outDir))
    .then((frames) => {
      console.log(`\n${figureTable(frames.figures)}`)
      writeBenchJson(root, { frames })
    })
    .catch((e: unknown) => {
      console.error(e)
      process.exitCode = 1
    })
}
