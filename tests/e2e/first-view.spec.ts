import type { Page, Route } from '@playwright/test'
import { muscleCatalogue } from '../../src/data/muscle-catalogue.ts'
import { treatments } from '../../src/data/treatments.ts'
import { expect, test, waitForBody } from './fixtures.ts'

/** The app's own chunk (src/startApp.tsx); the page's entry loads it once the first view has painted. */
const appChunk = /\/assets\/startApp-[\w-]+\.js$/

/**
 * Where the first view's parts sit: none of them may move when the 3D view or the app takes over
 * (the view and layer strip once sat at the top of an empty stage and dropped to its foot).
 */
const layoutOf = (page: Page) =>
  Promise.all(['.app-header', '.stage', '.panel', '.view-controls'].map((part) => page.locator(part).boundingBox()))

/** The 3D view's code (src/sceneView.ts), which on a bare address starts before the app. */
const sceneChunk = /\/assets\/sceneView-[\w-]+\.js$/

/**
 * Holds the app's code and the 3D view's back (as a slow link does) until the returned function
 * is called: the first view alone is on screen until then, whatever the machine's speed.
 */
async function holdAppCode(page: Page): Promise<() => void> {
  let release: () => void = () => undefined
  const released = new Promise<void>((resolve) => (release = resolve))
  for (const chunk of [appChunk, sceneChunk])
    await page.route(chunk, async (route: Route) => {
      await released
      await route.continue()
    })
  return release
}

/**
 * Loads the page with the app's code held back (as a slow link does), checks what the first view
 * shows (`shows`, visible text), then lets the code in and checks the app took over in place.
 */
async function firstViewThenApp(page: Page, shows: string): Promise<void> {
  const release = await holdAppCode(page)
  // Not waiting for the load event: Chromium holds it for an import that started before it,
  // which is the one held here.
  await page.goto('/', { waitUntil: 'commit' })
  const firstView = page.locator('#root > .app')
  await expect(firstView.locator('h1')).toHaveText('TriggerMap')
  await expect(firstView.locator('.loading')).toHaveText('Loading the body…')
  await expect(firstView.getByText(shows)).toBeVisible()
  // A picture of the app until its code runs: no focus, no clicks, nothing for a screen reader.
  await expect(firstView).toHaveAttribute('inert', '')
  await expect(page.getByRole('button', { name: 'Share' })).toHaveCount(0)
  const before = await layoutOf(page)

  release()
  await waitForBody(page)
  await expect(page.locator('#root > .app')).not.toHaveAttribute('inert')
  await expect(page.getByRole('button', { name: 'Share' })).toBeVisible()
  await expect(page.getByText(shows)).toBeVisible()
  // The page's own "still loading?" line went with the first view.
  await expect(page.locator('.slow-start')).toHaveCount(0)
  // Nothing moved when the app replaced its first view.
  expect(await layoutOf(page)).toEqual(before)
}

test('the page shows its first view before the app has run, and the app takes over in the same place', async ({
  page,
}) => {
  await firstViewThenApp(page, 'Find where pain comes from')
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true })

  test('the first view has the sheet with its line, and the app takes over in the same place', async ({ page }) => {
    await firstViewThenApp(page, 'Tap a muscle, or search by name.')
  })
})

test('a link to a muscle opens without the welcome being shown and then swapped for the muscle', async ({ page }) => {
  const release = await holdAppCode(page)
  await page.goto('/?v=2&m=infraspinatus&s=l', { waitUntil: 'commit' })
  const firstView = page.locator('#root > .app[inert]')
  await expect(firstView.locator('.loading')).toHaveText('Loading the body…')
  await expect(firstView.locator('h1')).toBeVisible()
  // The welcome is in the page (it is the first view for every address) but not on screen.
  await expect(firstView.getByText('Find where pain comes from')).toBeAttached()
  await expect(firstView.getByText('Find where pain comes from')).toBeHidden()
  const before = await layoutOf(page)
  release()
  await waitForBody(page)
  await expect(page.getByRole('heading', { name: 'Left infraspinatus', level: 2 })).toBeVisible()
  expect(await layoutOf(page)).toEqual(before)
  // Closing the muscle shows the welcome again: only the first view's copy was held back.
  await page.getByRole('button', { name: 'Close muscle details' }).click()
  await expect(page.getByText('Find where pain comes from')).toBeVisible()
})

/**
 * Page-side, before any script: what the panel shows in the app's first frame (not the inert first
 * view's): its first part's class and its first heading, as "class|heading".
 */
function watchFirstAppFrame(): void {
  const w = window as unknown as { firstAppPanel?: string }
  const check = () => {
    const app = document.querySelector('#root > .app')
    if (app && !app.hasAttribute('inert')) {
      const first = document.querySelector('.panel .sheet-body')?.firstElementChild?.className ?? ''
      w.firstAppPanel = `${first}|${document.querySelector('.panel h2')?.textContent ?? ''}`
      return
    }
    requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
}

// The app once applied the link after its first paint: the welcome showed for a frame or two,
// then was swapped for what the link names.
for (const [what, link, firstFrame] of [
  ['a muscle', '/?v=2&m=infraspinatus&s=r', /^muscle-details\|Right infraspinatus$/],
  ['a drawing', '/?v=2&p=3k', /\|Where does it hurt\?$/],
  // Compared, the list and its notices come first (the welcome follows them while none is chosen).
  ['muscles compared', '/?v=2&k=masseter-l.temporalis-l&x=c', /^(?!panel-intro)[\w-]+\|/],
] as const) {
  test(`a link to ${what}: the app's first frame shows what the link names, not the welcome`, async ({ page }) => {
    await page.addInitScript(watchFirstAppFrame)
    await page.goto(link)
    await waitForBody(page)
    expect(await page.evaluate(() => (window as unknown as { firstAppPanel?: string }).firstAppPanel)).toMatch(
      firstFrame,
    )
  })
}

test('when the app cannot load its code, the page says so instead of staying still', async ({ page }) => {
  await page.route(appChunk, (route: Route) => route.abort())
  await page.goto('/', { waitUntil: 'commit' })
  await expect(page.getByRole('alert')).toContainText('TriggerMap could not load its code')
  await expect(page.locator('#root > .app')).toHaveCount(0)
})

test('when even the page script fails, a line asks to check the connection and reload', async ({ page }) => {
  // The page's entry (index-*.js) never arrives: no script of ours runs, only the style sheet.
  await page.route(/\/assets\/index-[\w-]+\.js$/, (route: Route) => route.abort())
  await page.goto('/', { waitUntil: 'commit' })
  await expect(page.locator('#root > .app .loading')).toHaveText('Loading the body…')
  // Shown by the style sheet after 15 s of waiting.
  await expect(page.getByText('Still loading? Check your connection and reload the page')).toBeVisible({
    timeout: 60_000,
  })
})

/** The muscles' clinical text (src/data/muscle-text.ts): its own chunk, fetched once the body is drawn. */
const clinicalText = /\/assets\/muscle-text-[\w-]+\.js$/

test('the clinical text is not part of the first view: it is asked for once the body is drawn', async ({ page }) => {
  await page.goto('/')
  await waitForBody(page)
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((r) => /muscle-text-/.test(r.name))))
    .toBe(true)
  const loads = await page.evaluate(() => {
    const skin = performance.getEntriesByName('triggermap:skin-drawn')[0]!.startTime
    const scripts = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js'))
    return {
      skin,
      text: scripts.find((r) => /muscle-text-/.test(r.name))!.startTime,
      before: scripts.filter((r) => r.startTime < skin).map((r) => r.name),
    }
  })
  expect(loads.text).toBeGreaterThan(loads.skin)
  // None of the code fetched for the first frame carries a muscle's clinical text or the
  // treatment catalogue.
  const summary = muscleCatalogue.infraspinatus.clinicalSummary.slice(0, 60)
  const treatment = treatments.topical_analgesics.summary.slice(0, 60)
  expect(loads.before.length).toBeGreaterThan(2)
  for (const url of loads.before) {
    const code = await (await page.request.get(url)).text()
    expect(code, url).not.toContain(summary)
    expect(code, url).not.toContain(treatment)
  }
})

test('a muscle opened before its clinical text arrives shows its name and warning at once, then the text', async ({
  page,
}) => {
  let release: () => void = () => undefined
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(clinicalText, async (route: Route) => {
    await released
    await route.continue()
  })
  await page.goto('/?v=2&m=pectoralis_major&s=l')
  await waitForBody(page)
  await expect(page.getByRole('heading', { name: 'Left pectoralis major', level: 2 })).toBeVisible()
  // The heart notice never waits for the text.
  await expect(page.locator('.muscle-details [data-red-flags~="heart"]')).toBeVisible()
  await expect(page.locator('.details-loading')).toHaveText('Loading where to find them, self-care and treatments…')
  await expect(page.getByRole('heading', { name: 'Self-care' })).toHaveCount(0)
  release()
  await expect(page.getByRole('heading', { name: 'Self-care' })).toBeVisible()
  await expect(page.locator('summary', { hasText: treatments.spray_and_stretch.name })).toBeVisible()
  await expect(page.locator('.details-loading')).toHaveCount(0)
})
