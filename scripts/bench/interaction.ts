/**
 * What a person feels when touching the body, measured in the built app next to an empty R3F
 * canvas in the same browser and run: tap-to-paint of a selection (animation frames and ms from
 * the release to the render that shows it) and hover pick time over the whole body (issue #10).
 */
import type { Page } from 'playwright-core'
import type {} from '../../src/scene/TestHook.tsx'
import { frameStats } from './frameStats.ts'
import { hoverPicks } from './hoverPick.ts'
import { atMost, context, count, median, percentile, type Figure } from './summary.ts'
import { recordFrames, startBaseline, tapToPaint, type Tap } from './taps.ts'

/** Page loads for the tap and pick figures (each a fresh page: its first tap is a first selection). */
export const loads = 5
/** Muscles tapped in turn after each load, from the opening front view (each at its centroid on screen). */
const tapTargets = [
  ['rectus_femoris', 'right'],
  ['pectoralis_major', 'left'],
  ['tibialis_anterior', 'right'],
  ['deltoid', 'left'],
  ['rectus_abdominis', 'right'],
  ['biceps_brachii', 'right'],
  ['sartorius', 'left'],
] as const

export interface TapFigures {
  taps: number
  misses: number
  /** Animation frames from the release to the painting render (1: the very next frame), median over every tap. */
  medianFrames: number | null
  medianMs: number | null
  p90Ms: number | null
  /** The first tap after each load (the first selection): median over loads. */
  firstTapMedianFrames: number | null
  firstTapMedianMs: number | null
  all: Tap[]
}

export interface BaselineFigures {
  loads: number
  /** rAF interval while the empty canvas is still (nothing drawn: the display's frame). */
  idleFrameMs: number | null
  /** rAF interval while it is redrawn every frame: the cost of a frame of an empty canvas here. */
  redrawFrameMs: number | null
  tapToPaint: TapFigures
}

export interface HoverFigures {
  path: string
  loads: number
  gridPoints: number
  /** Grid points on the body, per load (median). */
  pointsOnBody: number
  /** Per pointer move over the body: the median over loads of each load's median, p90 and worst. */
  medianMs: number | null
  p90Ms: number | null
  maxMs: number | null
  /** Every load's moves named a muscle in the hover label (the synthetic moves reached the app). */
  labelShown: boolean
  /** The test hook's raycast alone (no event handling), with and without the BVHs, first load only. */
  raycastOnly: { medianMs: number; p95Ms: number; withoutBvhMedianMs: number; withoutBvhP95Ms: number } | null
}

export interface LoadFigures {
  bvhBuildMs: number | null
  bvhTriangles: number | null
  precompileMs: number | null
  precompiledBeforeFirstTap: boolean[]
}

function tapFigures(all: Tap[], firsts: Tap[], misses: number): TapFigures {
  return {
    taps: all.length,
    misses,
    medianFrames: median(all.map((t) => t.frames)),
    medianMs: median(all.map((t) => t.ms)),
    p90Ms: percentile(
      all.map((t) => t.ms),
      0.9,
    ),
    firstTapMedianFrames: median(firsts.map((t) => t.frames)),
    firstTapMedianMs: median(firsts.map((t) => t.ms)),
    all,
  }
}

/** Waits until the camera has held still for two frames (after a load or a tap). */
export async function waitForStillCamera(page: Page): Promise<void> {
  const deadline = Date.now() + 30_000
  while (!(await page.evaluate(() => window.__triggermap!.cameraSettled()))) {
    if (Date.now() > deadline) throw new Error('the camera did not settle')
  }
}

/** Loads the app `loads` times: taps the listed muscles in turn, then times hover picks. */
export async function benchApp(
  page: Page,
  url: string,
  waitForBody: (page: Page) => Promise<void>,
): Promise<{ taps: TapFigures; hover: HoverFigures; load: LoadFigures }> {
  const all: Tap[] = []
  const firsts: Tap[] = []
  let misses = 0
  const perLoad: { median: number | null; p90: number | null; max: number | null; points: number }[] = []
  let gridPoints = 0
  let labelShown = true
  let raycastOnly: HoverFigures['raycastOnly'] = null
  const load: LoadFigures = { bvhBuildMs: null, bvhTriangles: null, precompileMs: null, precompiledBeforeFirstTap: [] }
  const bvhMs: number[] = []
  const precompileMs: number[] = []
  for (let run = 0; run < loads; run++) {
    await page.goto(url)
    await waitForBody(page)
    // The BVHs are built in slices after the first frame: time picks once they all are.
    await page.waitForFunction(() => window.__triggermap!.loadInfo().bvhBuilt, undefined, { timeout: 120_000 })
    const info = await page.evaluate(() => window.__triggermap!.loadInfo())
    load.precompiledBeforeFirstTap.push(info.precompiled)
    bvhMs.push(info.bvhMs)
    precompileMs.push(info.precompileMs)
    load.bvhTriangles = info.bvhTriangles
    for (let i = 0; i < tapTargets.length; i++) {
      const [muscle, side] = tapTargets[i]!
      const at = await page.evaluate(([m, s]) => window.__triggermap!.projectMuscle(m, s), [muscle, side] as const)
      // A broken camera projects to NaN: count a miss rather than stop the run.
      const onScreen = at !== null && Number.isFinite(at.x) && Number.isFinite(at.y)
      const tap = onScreen ? await tapToPaint(page, '__triggermap', at.x, at.y) : null
      if (!tap) {
        misses++
        continue
      }
      all.push(tap)
      if (i === 0) firsts.push(tap)
      await waitForStillCamera(page)
    }
    const picks = await hoverPicks(page)
    gridPoints = picks.gridPoints
    labelShown &&= picks.labelShown
    perLoad.push({
      median: median(picks.msPerPick),
      p90: percentile(picks.msPerPick, 0.9),
      max: percentile(picks.msPerPick, 1),
      points: picks.msPerPick.length,
    })
    if (run === 0) {
      const p = await page.evaluate(() => window.__triggermap!.pickTimes(16, 32))
      raycastOnly = {
        medianMs: p.bvh.median,
        p95Ms: p.bvh.p95,
        withoutBvhMedianMs: p.noBvh.median,
        withoutBvhP95Ms: p.noBvh.p95,
      }
    }
  }
  const of = (key: 'median' | 'p90' | 'max') => median(perLoad.flatMap((l) => (l[key] === null ? [] : [l[key]])))
  load.bvhBuildMs = median(bvhMs)
  load.precompileMs = median(precompileMs)
  return {
    taps: tapFigures(all, firsts, misses),
    hover: {
      path: 'pointermove dispatched on the canvas: R3F ray, raycast of each mesh with a handler (BVH), hover handlers',
      loads,
      gridPoints,
      pointsOnBody: median(perLoad.map((l) => l.points)) ?? 0,
      medianMs: of('median'),
      p90Ms: of('p90'),
      maxMs: of('max'),
      labelShown,
      raycastOnly,
    },
    load,
  }
}

/** The empty R3F canvas at the app's canvas size, loaded `loads` times: its frame times and its tap-to-paint. */
export async function benchBaseline(
  root: string,
  page: Page,
  size: { width: number; height: number },
): Promise<BaselineFigures> {
  const baseline = await startBaseline(root)
  try {
    const all: Tap[] = []
    const firsts: Tap[] = []
    let misses = 0
    const idle: number[] = []
    const redraw: number[] = []
    for (let run = 0; run < loads; run++) {
      await page.goto(`${baseline.url}?w=${size.width}&h=${size.height}`)
      await page.waitForFunction(
        () => (window as unknown as { __baseline?: { lastRender(): unknown } }).__baseline?.lastRender() != null,
        undefined,
        { timeout: 60_000 },
      )
      const still = frameStats(await page.evaluate<number[]>(recordFrames(2000)))
      if (still) idle.push(still.medianMs)
      const drawn = frameStats(await page.evaluate<number[]>(recordFrames(2000, '__baseline')))
      if (drawn) redraw.push(drawn.medianMs)
      const box = (await page.locator('canvas').boundingBox())!
      for (let i = 0; i < tapTargets.length; i++) {
        const tap = await tapToPaint(page, '__baseline', box.x + box.width * (0.3 + 0.05 * i), box.y + box.height * 0.5)
        if (!tap) {
          misses++
          continue
        }
        all.push(tap)
        if (i === 0) firsts.push(tap)
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
      }
    }
    return {
      loads,
      idleFrameMs: median(idle),
      redrawFrameMs: median(redraw),
      tapToPaint: tapFigures(all, firsts, misses),
    }
  } finally {
    await baseline.close()
  }
}

/**
 * The figures issue #10 names, each with its goal: tap-to-paint within 2 frames of the empty
 * canvas's, hover pick at most 0.5 ms; then, for context, the same in milliseconds and as a
 * multiple of the empty canvas's frame (a software rasteriser's frames are slow).
 */
export function interactionFigures(
  app: { taps: TapFigures; hover: HoverFigures },
  base: BaselineFigures,
  appFrameMs: number | null,
  software: boolean,
): Figure[] {
  const t = app.taps
  const b = base.tapToPaint
  const within = (frames: number | null) => (frames === null ? Infinity : frames + 2)
  const goal = (frames: number | null) => `<= ${frames === null ? '?' : within(frames)} frames (baseline + 2)`
  const frameMs = base.redrawFrameMs
  const ratio = (ms: number | null) => (ms === null || !frameMs ? null : ms / frameMs)
  const slow = software
    ? 'software rasteriser (SwiftShader): every frame is slow, so ms are not what a phone GPU shows; frames are'
    : 'hardware WebGL'
  return [
    atMost(
      'tap-to-paint, frames (median, all taps)',
      t.medianFrames,
      'frames',
      within(b.medianFrames),
      goal(b.medianFrames),
      `${t.taps} taps on ${tapTargets.length} muscles over ${loads} loads (${t.misses} missed); ` +
        `empty canvas: ${count(b.medianFrames, 'frames')} (median of ${b.taps})`,
    ),
    atMost(
      'tap-to-paint, frames (first tap after load)',
      t.firstTapMedianFrames,
      'frames',
      within(b.firstTapMedianFrames),
      goal(b.firstTapMedianFrames),
      `median over ${loads} loads; empty canvas: ${count(b.firstTapMedianFrames, 'frames')}`,
    ),
    context(
      'tap-to-paint, ms (median, all taps)',
      t.medianMs,
      'ms',
      `p90 ${t.p90Ms?.toFixed(0) ?? 'n/a'} ms; empty canvas ${b.medianMs?.toFixed(1) ?? 'n/a'} ms; ${slow}`,
    ),
    context(
      'tap-to-paint, ms (first tap after load)',
      t.firstTapMedianMs,
      'ms',
      `empty canvas ${b.firstTapMedianMs?.toFixed(1) ?? 'n/a'} ms`,
    ),
    context(
      'tap-to-paint / empty-canvas frame time',
      ratio(t.medianMs),
      'x',
      `empty canvas redrawn every frame: ${frameMs?.toFixed(1) ?? 'n/a'} ms a frame ` +
        `(still: ${base.idleFrameMs?.toFixed(1) ?? 'n/a'} ms); ` +
        `the app's own frame while orbiting: ${appFrameMs?.toFixed(1) ?? 'n/a'} ms`,
    ),
    atMost(
      'hover pick over the body, median',
      app.hover.medianMs,
      'ms',
      0.5,
      '<= 0.5 ms',
      `per pointer move through R3F's events, at ${app.hover.pointsOnBody} of ${app.hover.gridPoints} grid points ` +
        `on the body, median of ${loads} loads` +
        (app.hover.labelShown ? '' : '; WARNING: the hover label stayed empty, the moves may not have reached the app'),
    ),
    context(
      'hover pick over the body, p90',
      app.hover.p90Ms,
      'ms',
      `worst point ${app.hover.maxMs?.toFixed(3) ?? 'n/a'} ms; ` +
        `raycast alone ${app.hover.raycastOnly?.medianMs.toFixed(3) ?? 'n/a'} ms, ` +
        `without the BVHs ${app.hover.raycastOnly?.withoutBvhMedianMs.toFixed(3) ?? 'n/a'} ms (median)`,
    ),
  ]
}
