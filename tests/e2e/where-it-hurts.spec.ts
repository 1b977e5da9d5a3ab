import type { Page } from '@playwright/test'
import { expect, test, waitForBody, withoutWebGL, waitForCameraStill } from './fixtures.ts'

const forearmSupinatorGroup = /supinator|brachioradialis|extensor carpi radialis|extensor digitorum|extensor carpi ulnaris|extensor indicis|anconeus/i

/** Taps the skin at the centre of a region, seen from a preset view. */
async function tapRegion(page: Page, view: string, region: string): Promise<void> {
  await page.getByRole('button', { name: view, exact: true }).click()
  await waitForCameraStill(page)
  const p = await page.evaluate((r) => window.__triggermap!.projectPoint(window.__triggermap!.regionCentroid(r, 'left')!), region)
  await page.mouse.click(p.x, p.y)
}

async function expectForearmExtensorsFirst(page: Page): Promise<void> {
  const list = page.getByRole('list', { name: 'Most likely muscles' })
  await expect(list.getByRole('listitem').first()).toBeVisible()
  const items = await list.getByRole('listitem').allTextContents()
  expect(items.length).toBeGreaterThan(3)
  for (const item of items.slice(0, 3)) {
    expect(item).toMatch(/^Left /)
    expect(item).toMatch(forearmSupinatorGroup)
    expect(item).toMatch(/usual pattern covers your (outer elbow|back of the forearm)/i)
  }
  expect(items.slice(0, 6).join('\n')).toMatch(/supinator/i)
}

test('paint the outer left elbow and the back of the left forearm: forearm extensors and supinator come first', async ({ page }) => {
  await page.goto('/')
  await waitForBody(page)
  await page.getByRole('button', { name: 'Where does it hurt?' }).click()
  await page.getByRole('button', { name: 'One area' }).click()
  await tapRegion(page, 'Left side', 'lateral_elbow')
  await tapRegion(page, 'Back', 'forearm_posterior')
  await expectForearmExtensorsFirst(page)
  await expect(page).toHaveURL(/[?&]p=/)

  // Undo takes the last mark back (the list changes), painting again restores it.
  const items = page.getByRole('list', { name: 'Most likely muscles' }).getByRole('listitem')
  const before = await items.allTextContents()
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(items).not.toHaveText(before)
  await tapRegion(page, 'Back', 'forearm_posterior')
  await expect(items).toHaveText(before)

  // The link carries the marks through a reload.
  const url = page.url()
  await page.reload()
  await waitForBody(page)
  expect(page.url()).toBe(url)
  await expectForearmExtensorsFirst(page)

  // Choosing a muscle shows its zones over the marks, with its details.
  await page.getByRole('list', { name: 'Most likely muscles' }).getByRole('button').first().click()
  await expect(page.getByRole('region', { name: 'Chosen muscle' }).getByRole('heading', { level: 2 })).toHaveText(/^Left /)
  await page.screenshot({ path: 'docs/screenshot-where-it-hurts.png' })
})

test('the same ranking through the keyboard-only region list', async ({ page }) => {
  await page.goto('/')
  await waitForBody(page)
  await page.getByRole('button', { name: 'Where does it hurt?' }).click()
  await page.getByText('Mark areas from a list').click()
  await page.getByRole('checkbox', { name: 'Outer elbow, left' }).focus()
  await page.keyboard.press('Space')
  await page.getByRole('checkbox', { name: 'Back of the forearm, left' }).focus()
  await page.keyboard.press('Space')
  await expect(page.getByRole('checkbox', { name: 'Back of the forearm, left' })).toBeChecked()
  await expectForearmExtensorsFirst(page)
})

test('without WebGL the region list gives the same ranking', async ({ page }) => {
  await withoutWebGL(page)
  await page.goto('/')
  await page.getByRole('button', { name: 'Where does it hurt?' }).click()
  await page.getByRole('checkbox', { name: 'Outer elbow, left' }).check()
  await page.getByRole('checkbox', { name: 'Back of the forearm, left' }).check()
  await expectForearmExtensorsFirst(page)
})
