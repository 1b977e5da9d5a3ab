/**
 * First-view figures (issue #13): the built app and the empty R3F canvas (scripts/bench/baseline)
 * loaded in turn in headless Chromium, each load in a fresh context (empty cache, cache disabled,
 * service workers blocked), both served brotli-compressed as a real host serves them
 * (brotliServer.ts). Per load: the compressed bytes fetched until the first frame (the app's: the
 * first render with the body in it, as its test hook reports; the baseline's: its first render),
 * the time to that frame and to first contentful paint, and long tasks until interactive (the
 * app: its muscles are in, after the skin's first frame, and its camera has settled after the
 * opening move; the baseline: its first frame). Asserts
 * nothing. `npm run bench` runs it; `npx tsx scripts/bench/firstView.ts` runs it alone.
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import type {} from '../../src/scene/TestHook.tsx'
import { frameMarks } from '../../src/scene/frameMarks.ts'
import { benchDist, ensureAppBuild } from './appBuild.ts'
import { startBrotliServer } from './brotliServer.ts'
import { fetchedBy, longTasksBefore, medianPerFile, plainName, ratio, type Fetched } from './firstViewStats.ts'
import { waitForStillCamera } from './interaction.ts'
import { atMost, figureTable, median, type Figure } from './summary.ts'
import { buildBaseline } from './taps.ts'
import { chromiumArgs } from '../chromium-args.ts'

/** Loads of each page (app, baseline, app, ...): the figures are medians over them. */
export const firstViewLoads = Number(process.env.BENCH_FIRST_VIEW_LOADS ?? 5)

/** One load of a page, as measured. */
export interface FirstViewLoad {
  firstFrameMs: number
  firstContentfulPaintMs: number | null
  /** Compressed bytes fetched until the first frame, per file (path on the server). */
  bytes: number
  files: [string, number][]
  longTasks: number
  longestTaskMs: number
  interactiveMs: number
  /** When the request for the model began (ms since navigation start); null for the baseline. */
  modelRequestMs: number | null
  /**
   * When the muscles were in the scene (the app draws the skin first, the muscles' file after
   * it): the whole body, ready to pick; null for the baseline.
   */
  musclesMs: number | null
  /**
   * The scene's own first frame with the skin (three.js); the first frame above is the earlier
   * of it and the body's first paint (src/firstPaint.ts). Null for the baseline.
   */
  sceneSkinMs: number | null
  /** Compressed bytes fetched until the scene's own first frame with the skin; null for the baseline. */
  sceneSkinBytes: number | null
  /** The canvas in CSS pixels (the baseline is drawn at the app's). */
  canvas: { width: number; height: number }
}

export interface FirstViewFigures {
  loads: number
  server: string
  app: FirstViewLoad[]
  baseline: FirstViewLoad[]
  /** Medians over loads. */
  median: {
    appBytes: number | null
    baselineBytes: number | null
    appFiles: [string, number][]
    baselineFiles: [string, number][]
    appFirstFrameMs: number | null
    baselineFirstFrameMs: number | null
    appFcpMs: number | null
    baselineFcpMs: number | null
    appLongTasks: number | null
    appModelRequestMs: number | null
    appMusclesMs: number | null
    appSceneSkinMs: number | null
    appSceneSkinBytes: number | null
    appLongestTaskMs: number | null
    baselineLongestTaskMs: number | null
  }
  figures: Figure[]
}

/** Page-side, before any script: collects long tasks from the very start of the page. */
const observeLongTasks = `
window.__fvLongTasks = []
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__fvLongTasks.push({ start: e.startTime, duration: e.duration })
}).observe({ type: 'longtask', buffered: true })`

/** Page-side: what was fetched (document and resources), FCP and long tasks so far. */
const readTimings = `(() => {
  const path = (u) => new URL(u).pathname
  const nav = performance.getEntriesByType('navigation')[0]
  const fetches = [nav, ...performance.getEntriesByType('resource')].map((e) => ({
    file: path(e.name),
    encodedBytes: e.encodedBodySize,
    responseEnd: e.responseEnd,
    startTime: e.startTime,
  }))
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]
  return { fetches, fcp: fcp ? fcp.startTime : null, longTasks: window.__fvLongTasks ?? [] }
})()`

/**
 * Page-side, polled every animation frame (functions, not strings: the page's CSP forbids eval):
 * the time of one of the app's own marks (src/scene/FirstFrameMark.tsx): its first frame with
 * the skin, the body's outline, or with the muscles. (The test hook installs itself later.)
 */
function markTime(name: string): number | false {
  return performance.getEntriesByName(name)[0]?.startTime ?? false
}

/**
 * Page-side: when the body was first on screen, the earlier of two marks: painted before the
 * scene's code loaded (src/firstPaint.ts), or the scene's own first frame with the skin.
 */
function bodyOnScreen(names: readonly string[]): number | false {
  const times = names.flatMap((name) => performance.getEntriesByName(name).map((e) => e.startTime))
  return times.length > 0 ? Math.min(...times) : false
}

function baselineFirstFrame(): number | false {
  const base = (window as unknown as { __baseline?: { lastRender(): { at: number } | null } }).__baseline
  const last = base?.lastRender()
  return last ? last.at : false
}

async function loadOnce(browser: Browser, url: string, app: boolean): Promise<FirstViewLoad> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' })
  try {
    const page: Page = await ctx.newPage()
    const cdp = await ctx.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await page.addInitScript(observeLongTasks)
    await page.goto(url)
    const frame = await page.waitForFunction(
      app ? bodyOnScreen : baselineFirstFrame,
      [frameMarks.painted, frameMarks.skin],
      {
        polling: 'raf',
        timeout: 180_000,
      },
    )
    const firstFrameMs = (await frame.jsonValue()) as number
    let interactiveMs = firstFrameMs
    let musclesMs: number | null = null
    let sceneSkinMs: number | null = null
    if (app) {
      const skin = await page.waitForFunction(markTime, frameMarks.skin, { polling: 'raf', timeout: 180_000 })
      sceneSkinMs = (await skin.jsonValue()) as number
      const muscles = await page.waitForFunction(markTime, frameMarks.muscles, { polling: 'raf', timeout: 180_000 })
      musclesMs = (await muscles.jsonValue()) as number
      await waitForStillCamera(page)
      interactiveMs = await page.evaluate(() => performance.now())
    }
    const canvas = await page.evaluate(() => {
      const c = document.querySelector('canvas')
      return { width: c?.clientWidth ?? 0, height: c?.clientHeight ?? 0 }
    })
    const t = await page.evaluate<{
      fetches: (Fetched & { startTime: number })[]
      fcp: number | null
      longTasks: { start: number; duration: number }[]
    }>(readTimings)
    // The e2e build's test-hook chunk is not served to users (the production build has none).
    const got = fetchedBy(
      t.fetches.filter((f) => !/\/TestHook-/.test(f.file)),
      firstFrameMs,
    )
    const tasks = longTasksBefore(t.longTasks, interactiveMs)
    const sceneSkinBytes =
      sceneSkinMs === null
        ? null
        : fetchedBy(
            t.fetches.filter((f) => !/\/TestHook-/.test(f.file)),
            sceneSkinMs,
          ).total
    return {
      firstFrameMs,
      firstContentfulPaintMs: t.fcp,
      bytes: got.total,
      files: got.files,
      longTasks: tasks.count,
      longestTaskMs: tasks.longestMs,
      // Interactive: the muscles in and the camera settled, whichever came last.
      interactiveMs: Math.max(interactiveMs, musclesMs ?? 0),
      modelRequestMs: t.fetches.find((f) => f.file.endsWith('.glb'))?.startTime ?? null,
      musclesMs,
      sceneSkinMs,
      sceneSkinBytes,
      canvas,
    }
  } finally {
    await ctx.close()
  }
}

const kib = (n: number | null) => (n === null ? 'n/a' : `${(n / 1024).toFixed(1)} KiB`)
const msText = (n: number | null) => (n === null ? 'n/a' : `${n.toFixed(0)} ms`)
const fileList = (files: [string, number][]) => files.map(([f, n]) => `${plainName(f)} ${kib(n)}`).join(', ')

/** Loads the app in `outDir` and the empty canvas in turn, `firstViewLoads` times each; prints the figures. */
export async function benchFirstView(root: string, outDir: string): Promise<FirstViewFigures> {
  const baselineBuild = await buildBaseline(root)
  const appServer = await startBrotliServer(outDir, Number(process.env.BENCH_FIRST_VIEW_PORT ?? 4250))
  const baseServer = await startBrotliServer(
    baselineBuild.outDir,
    Number(process.env.BENCH_FIRST_VIEW_PORT ?? 4250) + 1,
  )
  try {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    })
    try {
      console.log(
        `first view: ${firstViewLoads} loads each of the app and the empty canvas, interleaved; fresh context, ` +
          'cache disabled, service workers blocked, brotli (quality 11) from a static server',
      )
      const app: FirstViewLoad[] = []
      const baseline: FirstViewLoad[] = []
      for (let i = 0; i < firstViewLoads; i++) {
        const a = await loadOnce(browser, `${appServer.url}/`, true)
        app.push(a)
        // The empty canvas at the size of the app's (as the frame benchmark draws it).
        const b = await loadOnce(browser, `${baseServer.url}/?w=${a.canvas.width}&h=${a.canvas.height}`, false)
        baseline.push(b)
        console.log(
          `  load ${i + 1}: app ${kib(a.bytes)}, model requested at ${msText(a.modelRequestMs)}, ` +
            `first frame ${msText(a.firstFrameMs)} (the scene's ${msText(a.sceneSkinMs)}), muscles in ${msText(a.musclesMs)}, ` +
            `FCP ${msText(a.firstContentfulPaintMs)}, ${a.longTasks} long tasks (longest ${msText(a.longestTaskMs)}); ` +
            `empty canvas ${kib(b.bytes)}, first frame ${msText(b.firstFrameMs)}, FCP ${msText(b.firstContentfulPaintMs)}`,
        )
      }
      const of = (loads: FirstViewLoad[], pick: (l: FirstViewLoad) => number | null) =>
        median(loads.flatMap((l) => (pick(l) === null ? [] : [pick(l)!])))
      const m: FirstViewFigures['median'] = {
        appBytes: of(app, (l) => l.bytes),
        baselineBytes: of(baseline, (l) => l.bytes),
        appFiles: medianPerFile(app.map((l) => l.files)),
        baselineFiles: medianPerFile(baseline.map((l) => l.files)),
        appFirstFrameMs: of(app, (l) => l.firstFrameMs),
        baselineFirstFrameMs: of(baseline, (l) => l.firstFrameMs),
        appFcpMs: of(app, (l) => l.firstContentfulPaintMs),
        baselineFcpMs: of(baseline, (l) => l.firstContentfulPaintMs),
        appLongTasks: of(app, (l) => l.longTasks),
        appModelRequestMs: of(app, (l) => l.modelRequestMs),
        appMusclesMs: of(app, (l) => l.musclesMs),
        appSceneSkinMs: of(app, (l) => l.sceneSkinMs),
        appSceneSkinBytes: of(app, (l) => l.sceneSkinBytes),
        appLongestTaskMs: of(app, (l) => l.longestTaskMs),
        baselineLongestTaskMs: of(baseline, (l) => l.longestTaskMs),
      }
      console.log(`  app, fetched until the body's first frame (median): ${fileList(m.appFiles)}`)
      console.log(`  empty canvas, fetched until its first frame (median): ${fileList(m.baselineFiles)}`)
      const runs = `median of ${firstViewLoads} interleaved loads`
      const figures: Figure[] = [
        atMost(
          "first view: bytes until the body's first frame (brotli)",
          m.appBytes === null ? null : m.appBytes / 1024,
          'KiB',
          600,
          '<= 600 KiB',
          `${runs}; empty canvas ${kib(m.baselineBytes)} (${ratio(m.appBytes, m.baselineBytes)?.toFixed(1) ?? 'n/a'}x); ` +
            fileList(m.appFiles),
        ),
        atMost(
          "time to the body's first frame / empty canvas's",
          ratio(m.appFirstFrameMs, m.baselineFirstFrameMs),
          'x',
          1.5,
          '<= 1.5x',
          `${runs}: app ${msText(m.appFirstFrameMs)} (the body painted, src/firstPaint.ts; the scene's own ` +
            `first frame with the skin ${msText(m.appSceneSkinMs)}, ` +
            `${ratio(m.appSceneSkinMs, m.baselineFirstFrameMs)?.toFixed(2) ?? 'n/a'}x), empty canvas ${msText(m.baselineFirstFrameMs)}; ` +
            `the app asks for the skin at ${msText(m.appModelRequestMs)}; the muscles are in at ` +
            `${msText(m.appMusclesMs)} (${ratio(m.appMusclesMs, m.baselineFirstFrameMs)?.toFixed(1) ?? 'n/a'}x)`,
        ),
        atMost(
          'first contentful paint / empty canvas FCP',
          ratio(m.appFcpMs, m.baselineFcpMs),
          'x',
          1.2,
          '<= 1.2x',
          `${runs}: app ${msText(m.appFcpMs)} (its first text), empty canvas ${msText(m.baselineFcpMs)} (its line of text)`,
        ),
        atMost(
          'longest task before interactive',
          m.appLongestTaskMs,
          'ms',
          200,
          '<= 200 ms',
          `${runs}; ${m.appLongTasks ?? 'n/a'} long tasks (> 50 ms) until the muscles are in and the camera settles; ` +
            `empty canvas's longest until its first frame ${msText(m.baselineLongestTaskMs)}`,
        ),
      ]
      return { loads: firstViewLoads, server: 'brotli quality 11, static', app, baseline, median: m, figures }
    } finally {
      await browser.close()
    }
  } finally {
    await appServer.close()
    await baseServer.close()
  }
}

/** The orbit frame interval as a multiple of the empty canvas's frame (both measured in frames.ts). */
export function orbitFigure(orbitMedianMs: number | null, baselineRedrawMs: number | null): Figure {
  return atMost(
    'orbit frame interval / empty canvas frame',
    ratio(orbitMedianMs, baselineRedrawMs),
    'x',
    2,
    '<= 2x',
    `orbiting median ${msText(orbitMedianMs)}; empty canvas redrawn every frame ${msText(baselineRedrawMs)}`,
  )
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = resolve(import.meta.dirname, '../..')
  ensureAppBuild(root, benchDist(root))
    .then(({ outDir }) => benchFirstView(root, outDir))
    .then((fv) => {
      console.log(`\n${figureTable(fv.figures)}`)
      console.log(JSON.stringify(fv.median))
    })
    .catch((e: unknown) => {
      console.error(e)
      process.exitCode = 1
    })
}
