import { expect, test, waitForBody, webglContextsAsked, withFailingWebGLContext, withoutWebGL } from './fixtures.ts'

/** Broken links, each with what its notice must say and what of the view it must keep. */
const brokenLinks = [
  {
    bad: '?m=not_a_muscle',
    says: /names a muscle we do not know \(“not_a_muscle”\), so nothing is selected/,
    keeps: null,
  },
  {
    bad: '?m=infraspinatus&s=sideways',
    says: /unknown side \(“sideways”\) for the infraspinatus; showing the left one/,
    keeps: 'Left infraspinatus',
  },
  { bad: '?v=999&m=%E0%A4%A', says: /made by another version of TriggerMap \(v=999\)/, keeps: null },
  // Markup in a link is never made into an element: its angle brackets are shown as '?'.
  { bad: '?m=<img>', says: /names a muscle we do not know \(“\?img\?”\)/, keeps: null },
] as const

for (const { bad, says, keeps } of brokenLinks) {
  test(`a broken link (${bad}) says what was wrong and keeps the rest of the view working`, async ({ page }) => {
    await page.goto(`/${bad}`)
    await expect(page.locator('.notices')).toContainText(says)
    await expect(page.locator('.notices img')).toHaveCount(0)
    await waitForBody(page)
    // The link is rewritten to what was kept: the muscle and its side, or no muscle at all.
    if (keeps) {
      await expect(page.getByRole('heading', { name: keeps, level: 2 })).toBeVisible()
      await expect(page).toHaveURL(/[?&]m=infraspinatus&s=l(&|$)/)
    } else await expect(page).not.toHaveURL(/[?&]m=/)
    const search = page.getByRole('combobox', { name: 'Search muscles' })
    await search.fill('soleus')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { name: /soleus/i, level: 2 })).toBeVisible()
    const dismiss = page.getByRole('button', { name: 'Dismiss message' })
    const count = await dismiss.count()
    await dismiss.first().click()
    await expect(dismiss).toHaveCount(count - 1)
  })
}

test('without WebGL the page explains and lists every muscle with its full content', async ({ page }) => {
  await withoutWebGL(page)
  await page.goto('/')
  await expect(page.getByRole('alert')).toContainText('cannot show 3D')
  await expect(page.locator('canvas')).toHaveCount(0)
  // Found from the browser's globals alone: no throwaway context made to ask.
  expect(await webglContextsAsked(page)).toBe(0)
  await page.getByLabel('Find a muscle').fill('infraspinatus')
  await page.getByRole('button', { name: 'Infraspinatus' }).click()
  await expect(page.getByRole('heading', { name: 'Left infraspinatus' })).toBeVisible()
  await expect(page.getByText('Trigger points').first()).toBeVisible()
  await expect(page.getByText('Self-care').first()).toBeVisible()
})

test('with WebGL 2 that will not start, the page shows the same text version', async ({ page }) => {
  await withFailingWebGLContext(page)
  await page.goto('/')
  // Found only when the 3D view makes its context (no test context beforehand): then the same
  // text as without WebGL, with no 3D-only controls in the header.
  await expect(page.getByRole('alert')).toContainText('cannot show 3D graphics: it has WebGL 2 but could not start it')
  await expect(page.locator('canvas')).toHaveCount(0)
  await expect(page.getByRole('combobox', { name: 'Search muscles' })).toHaveCount(0)
  expect(await webglContextsAsked(page)).toBeGreaterThan(0)
  await page.getByLabel('Find a muscle').fill('infraspinatus')
  await page.getByRole('button', { name: 'Infraspinatus' }).click()
  await expect(page.getByRole('heading', { name: 'Left infraspinatus' })).toBeVisible()
  await expect(page.getByText('Self-care').first()).toBeVisible()
})
