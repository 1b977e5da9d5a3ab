import type { Locator, Page } from '@playwright/test'
import { expect, test, waitForBody, waitForCameraStill } from './fixtures.ts'

/**
 * The phone bottom sheet (issue #10), in a 360 x 740 portrait phone: the results are read without
 * scrolling, the sheet moves by drag, by its button and by keyboard and says where it is, tapping
 * the body does not fill the history, and nothing spills sideways or sits out of reach.
 */

const PHONE = { width: 360, height: 740 }
// Left outer elbow and back of the left forearm (region index * 2, base 36): no red flag.
const FOREARM = '/?v=1&p=1o.1u'

test.describe('the phone sheet', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true })

  test('Where does it hurt: the peek names the first result with its warning; at half the first three results are in view unscrolled', async ({
    page,
  }, info) => {
    await page.goto('/')
    await waitForBody(page)
    await page.getByRole('button', { name: /where (does )?it hurt/i }).tap()
    const sheet = page.getByRole('complementary', { name: 'Where does it hurt' })
    const handle = sheet.getByRole('button', { name: /^Sheet:/ })
    await expect(handle).toHaveAccessibleName('Sheet: closed to one line')

    // Paint by touch: one tap on the left upper chest, which can mimic the heart.
    await waitForCameraStill(page)
    const chest = await page.evaluate(() =>
      window.__triggermap!.projectPoint(window.__triggermap!.regionCentroid('upper_chest', 'left')!),
    )
    await page.touchscreen.tap(chest.x, chest.y)
    // At peek the results are out of sight (and out of the accessibility tree) below the bar.
    const list = sheet.getByRole('list', { name: 'Most likely muscles', includeHidden: true })
    await expect(list.getByRole('listitem', { includeHidden: true }).first()).toBeAttached()

    // Peek: the first result's name and the warning's title, both on screen.
    const first = (await list.locator('.likely-name').first().textContent())!
    await expect(sheet.locator('.sheet-peek .peek-name')).toHaveText(first)
    await expect(sheet.locator('.sheet-peek .peek-name')).toBeInViewport({ ratio: 1 })
    const alert = sheet.locator('.red-flag-peek')
    await expect(alert).toContainText(/heart/i)
    await expect(alert).toBeInViewport({ ratio: 1 })
    await page.screenshot({ path: info.outputPath('where-peek-chest.png') })

    // Half: the warning's title stays in the bar, and the first three results are whole in the
    // sheet's visible part without scrolling it; the full notice follows them.
    await handle.tap()
    await expect(handle).toHaveAccessibleName('Sheet: half open')
    await expect(alert).toBeInViewport({ ratio: 1 })
    await expectFirstThreeInView(sheet)
    await expect(sheet.getByRole('note', { name: /check first/i })).toContainText(/heart/i)
    await page.screenshot({ path: info.outputPath('where-half-chest.png') })

    // The same without a warning, the results straight from a link.
    await page.goto(FOREARM)
    await waitForBody(page)
    await expect(sheet.locator('.red-flag-peek')).toHaveCount(0)
    await expect(sheet.locator('.sheet-peek .peek-name')).toHaveText(
      (await list.locator('.likely-name').first().textContent())!,
    )
    await page.screenshot({ path: info.outputPath('where-peek-forearm.png') })
    await handle.tap()
    await expect(handle).toHaveAccessibleName('Sheet: half open')
    await expectFirstThreeInView(sheet)
    await page.screenshot({ path: info.outputPath('where-half-forearm.png') })

    // A result is one short line of reason; the whole reason, and the muscle's details, on tap.
    const result = list.getByRole('button').first()
    await expect(result).toHaveAccessibleName(/(usual pattern covers|pattern may reach) your outer elbow/i)
    await expect(result.locator('.likely-reason-short')).toHaveText(/^(Covers|May reach) outer elbow/)
    await result.tap()
    await expect(result).toHaveAttribute('aria-pressed', 'true')
    await expect(result.locator('.likely-reason')).toHaveText(
      /^Its (usual pattern covers|pattern may reach) your outer elbow/,
    )
    await expect(sheet.getByRole('region', { name: 'Chosen muscle' }).getByRole('heading', { level: 2 })).toHaveText(
      /^Left /,
    )
    await handle.tap()
    await expect(handle).toHaveAccessibleName('Sheet: fully open')
    await page.screenshot({ path: info.outputPath('where-full-forearm.png') })
  })

  test('the sheet moves between peek, half and full by touch drag, by its button and by keyboard, and says where it is', async ({
    page,
  }, info) => {
    await page.goto('/?v=1&m=deltoid&s=l')
    await waitForBody(page)
    const sheet = page.getByRole('complementary', { name: 'Muscle details' })
    const handle = sheet.getByRole('button', { name: /^Sheet:/ })
    const status = sheet.locator('.sheet-status')
    /** The state, as the page shows and says it. */
    const expectSnap = async (snap: 'peek' | 'half' | 'full', words: string) => {
      await expect(sheet).toHaveAttribute('data-snap', snap)
      await expect(handle).toHaveAccessibleName(`Sheet: ${words}`)
      await expect(handle).toHaveAttribute('aria-expanded', String(snap !== 'peek'))
      await expect(status).toHaveText(`Sheet: ${words}`)
      await expect(status).toHaveAttribute('aria-live', 'polite')
      await expect(sheet).not.toHaveAttribute('data-dragging')
    }
    const height = async () => (await sheet.boundingBox())!.height
    await expectSnap('half', 'half open')
    const half = await height()

    // Drag (real touch events through the browser's input pipeline), slowly so the sheet lands
    // where the finger leaves it: half → full, full → peek, peek → half.
    const cdp = await page.context().newCDPSession(page)
    const drag = async (dy: number) => {
      const box = (await handle.boundingBox())!
      const x = box.x + box.width / 2
      const y = box.y + box.height / 2
      let t = Date.now() / 1000
      const touch = async (type: 'touchStart' | 'touchMove' | 'touchEnd', at: number) => {
        await cdp.send('Input.dispatchTouchEvent', {
          type,
          touchPoints: type === 'touchEnd' ? [] : [{ x, y: at, id: 1 }],
          timestamp: t,
        })
        t += 0.05 // 50 ms between events: a slow drag, never a flick (over 0.5 px/ms)
      }
      await touch('touchStart', y)
      const steps = Math.ceil(Math.abs(dy) / 20)
      for (let i = 1; i <= steps; i++) {
        await touch('touchMove', y + (dy * i) / steps)
        // The sheet follows the finger while it moves.
        if (i === Math.ceil(steps / 2)) await expect(sheet).toHaveAttribute('data-dragging')
      }
      t += 0.1 // the finger rests before it lifts: no flick
      await touch('touchMove', y + dy)
      await touch('touchEnd', y + dy)
    }
    await drag(-(740 - half))
    await expectSnap('full', 'fully open')
    const full = await height()
    expect(full).toBeGreaterThan(half)
    await drag(full - 60)
    await expectSnap('peek', 'closed to one line')
    const peek = await height()
    expect(peek).toBeLessThan(half)
    await page.screenshot({ path: info.outputPath('muscle-peek.png') })
    await drag(-(half - peek))
    await expectSnap('half', 'half open')
    expect(Math.abs((await height()) - half)).toBeLessThan(2)
    await page.screenshot({ path: info.outputPath('muscle-half.png') })

    // Button: a tap right after a drag is not swallowed; each tap goes one step round.
    await handle.tap()
    await expectSnap('full', 'fully open')
    await page.screenshot({ path: info.outputPath('muscle-full.png') })
    await handle.tap()
    await expectSnap('peek', 'closed to one line')
    await handle.tap()
    await expectSnap('half', 'half open')

    // Keyboard: arrows step and stop at the ends, Home and End jump, Enter cycles.
    await handle.focus()
    await page.keyboard.press('ArrowUp')
    await expectSnap('full', 'fully open')
    await page.keyboard.press('ArrowUp')
    await expectSnap('full', 'fully open')
    await page.keyboard.press('ArrowDown')
    await expectSnap('half', 'half open')
    await page.keyboard.press('Home')
    await expectSnap('peek', 'closed to one line')
    await page.keyboard.press('ArrowDown')
    await expectSnap('peek', 'closed to one line')
    await page.keyboard.press('End')
    await expectSnap('full', 'fully open')
    await page.keyboard.press('Enter')
    await expectSnap('peek', 'closed to one line')
    await expect(handle).toBeFocused()
  })

  test('twenty taps on the body add at most one history entry, and Back leaves as expected', async ({ page }) => {
    await page.goto('data:text/html,<title>Before TriggerMap</title>')
    await page.goto('/')
    await waitForBody(page)
    await waitForCameraStill(page)
    const before = await page.evaluate(() => history.length)

    // Muscles of the upper body in the front view. Each tap goes where the muscle shows now: the
    // camera reframes and the sheet opens after a tap, so a place found before may be empty later.
    // A muscle is tapped only where it is the first muscle a tap meets and nothing covers it.
    const candidates = [
      'deltoid',
      'pectoralis_major',
      'sternocleidomastoid',
      'biceps_brachii',
      'temporalis',
      'masseter',
      'trapezius',
      'frontalis',
      'brachioradialis',
    ]
    const targets = candidates.flatMap((muscle) => (['left', 'right'] as const).map((side) => ({ muscle, side })))
    const whereNow = async (t: { muscle: string; side: 'left' | 'right' }) => {
      await waitForCameraStill(page)
      // Wait for the sheet to stop moving (finite animations only: a spinner never finishes).
      await page.evaluate(() => {
        const finite = document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity)
        return Promise.all(finite.map((a) => a.finished))
      })
      return page.evaluate(
        ({ m, s }) => {
          const at = window.__triggermap!.projectMuscle(m, s)
          if (!at) return null
          // A touch lands on a whole pixel: check the muscle there, where the tap will go (on the
          // far-off phone view a muscle's centroid can sit half a pixel from its neighbour).
          const p = { x: Math.round(at.x), y: Math.round(at.y) }
          const picked = window.__triggermap!.pickAt(p.x, p.y).find((h) => h.name.startsWith('muscle_'))
          const onCanvas = document.elementFromPoint(p.x, p.y) instanceof HTMLCanvasElement
          return picked?.name.startsWith(`muscle_${m}_${s[0]}`) && onCanvas ? p : null
        },
        { m: t.muscle, s: t.side },
      )
    }

    const panel = page.getByRole('complementary', { name: 'Muscle details' })
    let last: (typeof targets)[number] | undefined
    const tapped = new Set<string>()
    for (let taps = 0, i = 0; taps < 20; i++) {
      expect(i, `twenty taps within ${4 * targets.length} tries; tapped ${[...tapped].join(', ')}`).toBeLessThan(
        4 * targets.length,
      )
      const t = targets[i % targets.length]!
      if (t === last) continue
      const p = await whereNow(t)
      if (!p) continue
      await page.touchscreen.tap(p.x, p.y)
      await expect(page).toHaveURL(new RegExp(`[?&]m=${t.muscle}&s=${t.side[0]}`))
      last = t
      tapped.add(`${t.muscle} ${t.side}`)
      taps++
    }
    expect(tapped.size, `distinct muscles tapped: ${[...tapped].join(', ')}`).toBeGreaterThanOrEqual(4)
    if (!last) throw new Error('no muscle tapped')
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
      new RegExp(`^${last.side === 'left' ? 'Left' : 'Right'} `),
    )
    expect(
      (await page.evaluate(() => history.length)) - before,
      'history entries added by 20 taps',
    ).toBeLessThanOrEqual(1)

    // A deliberate step (a search result) is one entry: Back returns to the last muscle tapped,
    // and Back again leaves TriggerMap for the page before it, not through twenty muscles.
    const afterTaps = page.url()
    await page.getByRole('combobox').first().fill('infraspinatus')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/[?&]m=infraspinatus/)
    await page.goBack()
    await expect(page).toHaveURL(afterTaps)
    await page.goBack()
    await expect(page).toHaveTitle('Before TriggerMap')
  })

  test('nothing spills sideways and every control can be reached, with results and with a muscle chosen', async ({
    page,
  }, info) => {
    await page.goto(FOREARM)
    await waitForBody(page)
    const where = page.getByRole('complementary', { name: 'Where does it hurt' })
    const whereHandle = where.getByRole('button', { name: /^Sheet:/ })
    await expectFits(page, 'where, peek')
    await whereHandle.tap()
    await where.getByText('Mark areas from a list').tap()
    await expectFits(page, 'where, half, region list open')
    await whereHandle.tap()
    await expectFits(page, 'where, full')

    await page.goto('/?v=1&m=infraspinatus&s=l')
    await waitForBody(page)
    const muscle = page.getByRole('complementary', { name: 'Muscle details' })
    await expectFits(page, 'muscle, half')
    await muscle.locator('details').evaluateAll((els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)))
    await expectFits(page, 'muscle, half, every section open')
    await muscle.getByRole('button', { name: /^Sheet:/ }).tap()
    await expectFits(page, 'muscle, full')
    await page.getByRole('button', { name: /where (does )?it hurt/i }).tap()
    await expectFits(page, 'where, nothing marked')
    await page.screenshot({ path: info.outputPath('where-empty.png') })
  })
})

test.describe('held sideways', () => {
  test.use({ viewport: { width: 740, height: 360 }, hasTouch: true, isMobile: true })

  test('the results sit beside the body, first in the panel, with nothing spilling sideways', async ({
    page,
  }, info) => {
    await page.goto(FOREARM)
    await waitForBody(page)
    const panel = page.getByRole('complementary', { name: 'Where does it hurt' })
    await expect(panel.getByRole('button', { name: /^Sheet:/ })).toHaveCount(0)
    const canvas = (await page.locator('canvas').boundingBox())!
    const box = (await panel.boundingBox())!
    expect(canvas.x + canvas.width, 'the panel does not cover the body').toBeLessThanOrEqual(box.x + 1)
    await expect(panel.getByRole('list', { name: 'Most likely muscles' }).getByRole('listitem').first()).toBeInViewport(
      { ratio: 1 },
    )
    await expectFits(page, 'sideways, where')
    await page.screenshot({ path: info.outputPath('landscape-where.png') })
  })
})

/** The first three results lie whole inside the sheet's visible body, which is not scrolled. */
async function expectFirstThreeInView(sheet: Locator): Promise<void> {
  const body = sheet.locator('.sheet-body')
  await expect.poll(() => body.evaluate((e) => e.scrollTop)).toBe(0)
  await expect(sheet).not.toHaveAttribute('data-dragging')
  const bodyBox = (await body.boundingBox())!
  const items = sheet.getByRole('list', { name: 'Most likely muscles' }).getByRole('listitem')
  expect(await items.count()).toBeGreaterThanOrEqual(3)
  for (let i = 0; i < 3; i++) {
    const b = (await items.nth(i).boundingBox())!
    expect(b.y, `result ${i + 1} starts inside the sheet`).toBeGreaterThanOrEqual(bodyBox.y)
    expect(b.y + b.height, `result ${i + 1} ends inside the sheet`).toBeLessThanOrEqual(bodyBox.y + bodyBox.height)
  }
  await expect(items.nth(2)).toBeInViewport({ ratio: 1 })
}

/**
 * No horizontal overflow: the page is no wider than the screen, and every drawn element lies
 * within it unless a container that clips or scrolls sideways holds it. Every control that is
 * shown (not hidden by a closed sheet, menu or section) can be scrolled into view and is the
 * element a tap at its centre reaches (nothing covers it).
 */
async function expectFits(page: Page, where: string): Promise<void> {
  const problems = await page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const out: string[] = []
    const describe = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${[...e.classList].join('.')} "${(e.textContent ?? '').trim().slice(0, 40)}" ${e.getAttribute('aria-label') ?? ''}`
    const root = document.scrollingElement!
    if (root.scrollWidth > width) out.push(`page scrolls sideways: ${root.scrollWidth} > ${width}`)
    // The app is one screen whose panels scroll inside; the page itself never scrolls.
    if (root.scrollHeight > window.innerHeight)
      out.push(`page scrolls down: ${root.scrollHeight} > ${window.innerHeight}`)
    const clippedSideways = (e: Element) => {
      for (let a = e.parentElement; a; a = a.parentElement) {
        const s = getComputedStyle(a)
        if (s.overflowX !== 'visible' || s.clipPath !== 'none') return true
      }
      return false
    }
    for (const e of document.body.querySelectorAll('*')) {
      if (!e.checkVisibility({ visibilityProperty: true })) continue
      const r = e.getBoundingClientRect()
      if (r.width === 0 || r.height === 0) continue
      if ((r.left < -0.5 || r.right > width + 0.5) && !clippedSideways(e))
        out.push(`spills sideways (${Math.round(r.left)}..${Math.round(r.right)}): ${describe(e)}`)
    }
    const controls = document.querySelectorAll('button, a[href], input, select, textarea, summary')
    for (const c of controls) {
      if (!(c instanceof HTMLElement) || !c.checkVisibility({ visibilityProperty: true })) continue
      if (c.closest('.visually-hidden')) continue
      // Some controls (the skip link) show only when focused, as a keyboard user meets them.
      c.focus({ preventScroll: true })
      c.scrollIntoView({ block: 'center', inline: 'nearest' })
      // A link that wraps onto two lines has two boxes: a tap on either reaches it.
      const boxes = [...c.getClientRects()].filter((r) => r.width > 0 && r.height > 0)
      const label = c.closest('label')
      const centres = boxes.map((r) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 }))
      const inView = centres.filter((p) => p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= window.innerHeight)
      const hits = inView.map((p) => document.elementFromPoint(p.x, p.y))
      const reaches = (hit: Element | null) =>
        hit != null && (c === hit || c.contains(hit) || (label?.contains(hit) ?? false))
      const reached = hits.some(reaches)
      if (inView.length === 0) out.push(`out of view after scrolling: ${describe(c)}`)
      else if (!reached) out.push(`covered by ${hits[0] ? describe(hits[0]) : 'nothing'}: ${describe(c)}`)
      c.blur()
    }
    return out
  })
  expect(problems, where).toEqual([])
}
