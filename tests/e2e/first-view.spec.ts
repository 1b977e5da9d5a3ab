import type { Route } from '@playwright/test'
import { expect, test, waitForBody } from './fixtures.ts'

/** The app's own chunk (src/startApp.tsx); the page's entry loads it once the first view has painted. */
const appChunk = /\/assets\/startApp-[\w-]+\.js$/

test('the page shows its first view before the app has run, and the app takes over in the same place', async ({
  page,
}) => {
  // Hold the app's code back, as a slow link does.
  let release: () => void = () => undefined
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(appChunk, async (route: Route) => {
    await released
    await route.continue()
  })
  await page.goto('/')
  const firstView = page.locator('#root > .app')
  await expect(firstView.locator('h1')).toHaveText('TriggerMap')
  await expect(firstView.locator('.loading')).toHaveText('Loading the body…')
  await expect(firstView.getByText('Find where pain comes from')).toBeVisible()
  // A picture of the app until its code runs: no focus, no clicks, nothing for a screen reader.
  await expect(firstView).toHaveAttribute('inert', '')
  await expect(page.getByRole('button', { name: 'Share' })).toHaveCount(0)
  const before = await page.locator('.app-header').boundingBox()
  const stageBefore = await page.locator('.stage').boundingBox()

  release()
  await waitForBody(page)
  await expect(page.locator('#root > .app')).not.toHaveAttribute('inert')
  await expect(page.getByRole('button', { name: 'Share' })).toBeVisible()
  // Nothing moved when the app replaced its first view.
  expect(await page.locator('.app-header').boundingBox()).toEqual(before)
  expect(await page.locator('.stage').boundingBox()).toEqual(stageBefore)
})

test('when the app cannot load its code, the page says so instead of staying still', async ({ page }) => {
  await page.route(appChunk, (route: Route) => route.abort())
  await page.goto('/')
  await expect(page.getByRole('alert')).toContainText('TriggerMap could not load its code')
  await expect(page.locator('#root > .app')).toHaveCount(0)
})
