import type { Page, Response } from '@playwright/test'
import { BODY_BUDGET_MS, clickMuscle, expect, test, waitForBody, waitForCameraStill } from './fixtures.ts'
import { startVersionedServer, type VersionedServer } from './versionedServer.ts'

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
  for (const file of ['skin', 'muscles'])
    expect(precached, `the body model's ${file} is precached`).toContainEqual(
      expect.stringMatching(new RegExp(`^/assets/body-${file}-.*\\.glb$`)),
    )
  expect(precached).toContain('/index.html')

  await context.setOffline(true)
  const responses: Response[] = []
  const failed: string[] = []
  page.on('response', (r) => responses.push(r))
  page.on('requestfailed', (r) => failed.push(r.url()))
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
  // Ranked by where the pain goes, as online: the first muscles say they refer pain to the head.
  await expect(page.getByRole('option').first()).toContainText('Refers pain to')
  expect(await page.getByRole('option').count()).toBeGreaterThan(1)

  // Every file the page asked for came from the service worker's precache: none failed for want
  // of a network (anything not precached would have), the model included.
  expect(failed, 'requests that failed offline').toEqual([])
  expect(responses.filter((r) => !r.fromServiceWorker()).map((r) => r.url())).toEqual([])
  for (const file of ['skin', 'muscles'])
    expect(responses.some((r) => new RegExp(`/assets/body-${file}-.*\\.glb$`).test(r.url()) && r.ok())).toBe(true)
})

/** Served by a server that can deploy a second version during the test (see versionedServer). */
const withVersions = test.extend<{ server: VersionedServer }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern
  server: async ({}, use) => {
    const server = await startVersionedServer()
    await use(server)
    await server.close()
  },
  baseURL: async ({ server }, use) => use(server.url),
})

withVersions(
  'a new version waits for the user: "New version ready", Reload hands over; on a phone it sits above the body',
  async ({ page, server }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto('/')
    await waitForBody(page)
    await waitForOfflineReady(page)

    server.nextVersion()
    // The reload checks for a new version; it installs in the background and then waits.
    await page.reload()
    await waitForBody(page)
    const notice = page.getByRole('status').filter({ hasText: 'New version ready' })
    await expect(notice).toBeVisible({ timeout: BODY_BUDGET_MS })
    const waiting = () =>
      page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null)
    expect(await waiting()).toBe('installed')

    const reload = notice.getByRole('button', { name: 'Reload' })
    expect((await reload.boundingBox())!.height).toBeGreaterThanOrEqual(44)
    // In the page's flow under the app bar, never over the body map.
    const stage = (await page.getByRole('region', { name: 'Body map' }).boundingBox())!
    const bar = (await notice.boundingBox())!
    expect(bar.y + bar.height).toBeLessThanOrEqual(stage.y + 1)
    // One slim row (its 44 px buttons and a border), so the body keeps its height.
    expect(bar.height).toBeLessThan(60)
    await page.screenshot({ path: test.info().outputPath('update-notice-phone.png') })

    // The new version takes over and the page reloads itself: the notice is gone, nothing waits.
    const reloaded = page.waitForEvent('load')
    await reload.click()
    await reloaded
    await waitForBody(page)
    await expect(page.getByText('New version ready')).toHaveCount(0)
    expect(await waiting()).toBeNull()
  },
)
