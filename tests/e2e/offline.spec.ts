import type { Page, Response } from '@playwright/test'
import { BODY_BUDGET_MS, clickMuscle, expect, test, waitForBody, waitForCameraStill } from './fixtures.ts'

// Every other spec blocks service workers (playwright.config.ts); this one tests the app's own.
test.use({ serviceWorkers: 'allow' })

/**
 * Waits until the app's service worker is active: it activates only once its install has
 * precached every file of the app, so from then on the app works without a network.
 */
async function waitForOfflineReady(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? 'none'), {
      message: 'the service worker has precached the app',
      timeout: BODY_BUDGET_MS,
    })
    .toBe('activated')
}

test('after one visit the app opens offline, after a reload: body drawn, a muscle selectable, search works', async ({
  page,
  context,
}) => {
  await page.goto('/')
  await waitForBody(page)
  await waitForOfflineReady(page)
  const precached = await page.evaluate(async () => {
    const urls: string[] = []
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname)
    return urls
  })
  expect(precached, 'the body model is precached').toContainEqual(expect.stringMatching(/^\/assets\/body-.*\.glb$/))
  expect(precached).toContain('/index.html')

  await context.setOffline(true)
  const responses: Response[] = []
  page.on('response', (r) => responses.push(r))
  await page.reload()
  await waitForBody(page)
  expect(
    await page.evaluate(() => navigator.serviceWorker.controller !== null),
    'the page is served by its service worker',
  ).toBe(true)

  await page.getByRole('button', { name: 'Front', exact: true }).click()
  await waitForCameraStill(page)
  await clickMuscle(page, 'rectus_femoris', 'right')
  await expect(page.getByRole('heading', { name: 'Right rectus femoris', level: 2 })).toBeVisible()

  await page.getByRole('combobox', { name: 'Search muscles' }).fill('headache')
  await expect(page.getByRole('option').first()).toBeVisible()
  expect(await page.getByRole('option').count()).toBeGreaterThan(1)

  // Nothing was fetched from the (absent) network: the page, its chunks and the model all came
  // from the service worker's precache.
  const fromNetwork = responses.filter((r) => /^https?:/.test(r.url()) && !r.fromServiceWorker()).map((r) => r.url())
  expect(fromNetwork).toEqual([])
  expect(responses.some((r) => /\/assets\/body-.*\.glb$/.test(r.url()))).toBe(true)
})
