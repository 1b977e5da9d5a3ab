import type { Locator, Page } from '@playwright/test'
import { distinctColours, expect, test, withoutWebGL } from './fixtures.ts'

/**
 * Red-flag notices sit next to the results, visibly, wherever the app shows pain where a
 * dangerous condition can mimic trigger-point pain: "Where does it hurt?", symptom search and
 * the muscle panel. Chest, calf and abdomen at least; a control place raises none.
 */

// The notices need only the page's text, not the drawn body; on a busy machine the first
// frame of the body can take longer than the shared 20 s wait, so these tests wait for the
// app's own test hook and give the body a longer budget only where a screenshot needs it.
test.describe.configure({ timeout: 240_000 })

/** The app and its 3D view are up (the test hook is installed when the scene mounts). */
async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__triggermap !== undefined, undefined, { timeout: 120_000 })
}

/** The body is drawn (for screenshots), with a budget that suits a slow machine. */
async function bodyDrawn(page: Page): Promise<void> {
  await ready(page)
  await expect
    .poll(() => distinctColours(page), { message: 'the canvas shows the body', timeout: 120_000 })
    .toBeGreaterThan(40)
}

const notice = (scope: Page | Locator) => scope.getByRole('note', { name: /check first/i })

/** The notice is on screen, readable (16px or more) and above `list` when one is given. */
async function expectReadableNotice(box: Locator, title: RegExp, list?: Locator): Promise<void> {
  await expect(box).toBeVisible()
  await expect(box).toContainText(title)
  const px = await box
    .locator('li')
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
  expect(px).toBeGreaterThanOrEqual(16)
  if (list) {
    const [n, l] = [await box.boundingBox(), await list.boundingBox()]
    expect(n!.y + n!.height).toBeLessThanOrEqual(l!.y + 1)
  }
}

const cases = [
  { place: 'chest', checkbox: 'Upper chest, left', title: /heart/i },
  { place: 'calf', checkbox: 'Calf, right', title: /blood clot/i },
  { place: 'abdomen', checkbox: 'Lower abdomen, left', title: /organs inside/i },
] as const

test('Where does it hurt: chest, calf and abdomen each show their notice above the ranked muscles; the thumb shows none', async ({
  page,
}, info) => {
  await page.goto('/')
  await bodyDrawn(page)
  await page.getByRole('button', { name: 'Where does it hurt?' }).click()
  await page.getByText('Mark areas from a list').click()
  const list = page.getByRole('list', { name: 'Most likely muscles' })
  for (const c of cases) {
    const box = page.getByRole('checkbox', { name: c.checkbox })
    await box.focus()
    await page.keyboard.press('Space')
    await expect(box).toBeChecked()
    await expect(list.getByRole('listitem').first()).toBeVisible()
    await expectReadableNotice(notice(page), c.title, list)
    if (c.place === 'chest') {
      await notice(page).scrollIntoViewIfNeeded()
      await page.screenshot({ path: info.outputPath('where-it-hurts-chest-1280.png') })
    }
    await box.uncheck()
  }
  await page.getByRole('checkbox', { name: 'Thumb, left' }).check()
  await expect(list.getByRole('listitem').first()).toBeVisible()
  await expect(notice(page)).toHaveCount(0)
})

test('Where does it hurt: the left chest and inner arm put the heart first, whichever muscle is chosen', async ({
  page,
}) => {
  await page.goto('/?v=1')
  await ready(page)
  await page.getByRole('button', { name: 'Where does it hurt?' }).click()
  await page.getByText('Mark areas from a list').click()
  await page.getByRole('checkbox', { name: 'Upper chest, left' }).check()
  await page.getByRole('checkbox', { name: 'Inner upper arm, left' }).check()
  await expect(notice(page).locator('li').first()).toContainText(/heart/i)
  await page.getByRole('list', { name: 'Most likely muscles' }).getByRole('button').first().click()
  await expect(page.getByRole('region', { name: 'Chosen muscle' })).toBeVisible()
  await expect(notice(page).first()).toBeVisible()
  await expect(page.getByText(/^Chest, left arm or jaw pain can come from the heart/)).toHaveCount(1)
})

for (const [query, title] of [
  ['chest pain', /heart/i],
  ['calf pain', /blood clot/i],
  ['stomach ache', /organs inside/i],
] as const) {
  test(`search "${query}" shows its notice with the results`, async ({ page }, info) => {
    await page.goto('/')
    await ready(page)
    await page.getByRole('combobox', { name: 'Search muscles' }).fill(query)
    await expect(page.getByRole('option').first()).toBeVisible()
    await expectReadableNotice(notice(page.locator('.search-results')), title)
    await page.screenshot({ path: info.outputPath('search-1280.png') })
  })
}

test('the pectoralis major panel shows the heart notice', async ({ page }, info) => {
  await page.goto('/?v=1&m=pectoralis_major&s=l')
  await bodyDrawn(page)
  const panel = page.getByRole('complementary', { name: 'Muscle details' })
  await expect(panel.getByRole('heading', { name: 'Left pectoralis major', level: 2 })).toBeVisible()
  await expectReadableNotice(notice(panel), /heart/i)
  await page.screenshot({ path: info.outputPath('pectoralis-major-1280.png') })
})

test('on a phone (360x740) the notice is readable in the sheet and the body stays in view', async ({ page }, info) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('/?v=1&m=pectoralis_major&s=l')
  await bodyDrawn(page)
  const panel = page.getByRole('complementary', { name: 'Muscle details' })
  await notice(panel).scrollIntoViewIfNeeded()
  await expectReadableNotice(notice(panel), /heart/i)
  const [sheet, canvas] = [await panel.boundingBox(), await page.locator('canvas').boundingBox()]
  expect(sheet!.y).toBeGreaterThan(canvas!.y + canvas!.height * 0.4)
  await page.screenshot({ path: info.outputPath('pectoralis-major-360.png') })
  await page.goto('/')
  await ready(page)
  await page.getByRole('button', { name: /where (does )?it hurt/i }).click()
  // The phone sheet starts at peek: open it to reach the region list.
  const handle = page.getByRole('button', { name: /^Sheet:/ })
  await handle.click()
  await expect(handle).toHaveAccessibleName('Sheet: half open')
  await page.getByText('Mark areas from a list').click()
  await page.getByRole('checkbox', { name: 'Calf, left' }).check()
  await expectReadableNotice(notice(page), /blood clot/i)
  await notice(page).scrollIntoViewIfNeeded()
  await page.screenshot({ path: info.outputPath('where-it-hurts-calf-360.png') })
})

test('on a phone, the sheet at peek never shows a result for the chest without the heart warning', async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('/?v=1&p=16.1k') // left upper chest and left inner upper arm
  await bodyDrawn(page)
  const sheet = page.getByRole('complementary', { name: 'Where does it hurt' })
  await expect(sheet.getByRole('button', { name: /closed to one line/ })).toBeVisible()
  await expect(sheet.getByText('Most likely:')).toBeVisible()
  const peek = sheet.locator('.red-flag-peek')
  await expect(peek).toBeVisible()
  await expect(peek).toContainText(/heart/i)
  // Both lines sit inside the screen, above the footer, with the sheet at peek.
  const box = (await peek.boundingBox())!
  expect(box.y + box.height).toBeLessThanOrEqual(740)
  expect(box.y).toBeGreaterThan(740 / 2)
  await page.screenshot({ path: info.outputPath('chest-peek-360.png') })
  // A muscle with no dangerous mimic shows no warning at peek.
  await page.goto('/?v=1&m=extensor_indicis&s=l')
  await bodyDrawn(page)
  await expect(page.getByRole('complementary', { name: 'Muscle details' }).locator('.red-flag-peek')).toHaveCount(0)
})

test('without WebGL the region list and the muscle list show the notices too', async ({ page }) => {
  await withoutWebGL(page)
  await page.goto('/')
  await page.getByLabel('Find a muscle').fill('calf pain')
  await expectReadableNotice(notice(page), /blood clot/i)
  await page.getByRole('button', { name: 'Where does it hurt?' }).click()
  await page.getByRole('checkbox', { name: 'Breastbone' }).check()
  await expectReadableNotice(notice(page), /heart/i, page.getByRole('list', { name: 'Most likely muscles' }))
})

for (const size of [
  { width: 740, height: 360 },
  { width: 1280, height: 800 },
]) {
  test(`beside the body (${size.width}x${size.height}) the panel opens on the name and the heart warning, before its buttons`, async ({
    page,
  }, info) => {
    await page.setViewportSize(size)
    await page.goto('/?v=1&m=pectoralis_major&s=l')
    await bodyDrawn(page)
    const panel = page.getByRole('complementary', { name: 'Muscle details' })
    const title = notice(panel).locator('.red-flag-title').first()
    await expect(title).toContainText(/heart/i)
    // Unscrolled, the warning's title lies wholly inside the panel's visible box and above the
    // first control, so the chest pattern is never on screen with its warning pushed below buttons.
    const [p, t, close] = [
      (await panel.boundingBox())!,
      (await title.boundingBox())!,
      (await panel.getByRole('button', { name: 'Close muscle details' }).boundingBox())!,
    ]
    expect(await panel.evaluate((el) => el.scrollTop)).toBe(0)
    expect(t.y).toBeGreaterThanOrEqual(p.y)
    expect(t.y + t.height).toBeLessThanOrEqual(p.y + p.height)
    expect(t.y + t.height).toBeLessThanOrEqual(close.y)
    await page.screenshot({ path: info.outputPath(`pectoralis-major-${size.width}.png`) })
  })
}

test('beside the body (740x360) with a patient list above the muscle, the heart warning still comes first', async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 740, height: 360 })
  await page.goto('/?v=2&m=pectoralis_major&s=l&k=soleus-l.infraspinatus-l.pectoralis_major-l')
  await bodyDrawn(page)
  const panel = page.getByRole('complementary', { name: 'Muscle details' })
  const warning = panel.locator('.red-flag-peek')
  await expect(warning).toContainText(/heart/i)
  const [p, w, list] = [
    (await panel.boundingBox())!,
    (await warning.boundingBox())!,
    (await panel.getByRole('button', { name: 'Left soleus', exact: true }).boundingBox())!,
  ]
  expect(await panel.evaluate((el) => el.scrollTop)).toBe(0)
  expect(w.y).toBeGreaterThanOrEqual(p.y)
  expect(w.y + w.height).toBeLessThanOrEqual(p.y + p.height)
  expect(w.y + w.height).toBeLessThanOrEqual(list.y)
  await page.screenshot({ path: info.outputPath('pectoralis-major-list-740.png') })
  // The line follows the muscle chosen from the list: the soleus's calf pattern, a clot.
  await panel.getByRole('button', { name: 'Left soleus', exact: true }).click()
  await expect(panel.getByRole('heading', { name: 'Left soleus', level: 2 })).toBeAttached()
  await expect(warning).toContainText(/blood clot/i)
})

test('muscles compared on the body show the notices their patterns raise, on a desktop and at peek on a phone', async ({
  page,
}, info) => {
  const link = '/?v=2&k=adductor_pollicis-l.soleus-l.pectoralis_major-l&x=c'
  await page.goto(link)
  await bodyDrawn(page)
  const panel = page.getByRole('complementary', { name: 'Muscle details' })
  await expect(panel.getByRole('heading', { name: /Compared on the body/ })).toBeVisible()
  const box = notice(panel)
  await expect(box).toContainText(/heart/i)
  await expect(box).toContainText(/blood clot/i)
  await expectReadableNotice(box, /heart/i)
  await page.screenshot({ path: info.outputPath('compared-1280.png') })

  await page.setViewportSize({ width: 360, height: 740 })
  const peek = panel.locator('.red-flag-peek')
  await expect(peek).toBeVisible()
  await expect(peek).toContainText(/heart/i)
  expect((await peek.boundingBox())!.y + (await peek.boundingBox())!.height).toBeLessThanOrEqual(740)
  await page.screenshot({ path: info.outputPath('compared-360.png') })

  // Taken off the list, the patterns go and so do their notices.
  await page.setViewportSize({ width: 1280, height: 800 })
  for (const name of ['left soleus', 'left pectoralis major'])
    await panel.getByRole('button', { name: `Take ${name} off the list` }).click()
  await expect(notice(panel)).toHaveCount(0)
  await expect(panel.locator('.red-flag-peek')).toHaveCount(0)
})

for (const size of [
  { width: 1280, height: 800 },
  { width: 740, height: 360 },
  { width: 360, height: 740 },
]) {
  test(`Where does it hurt (${size.width}x${size.height}): a chosen muscle that mimics more than the marks shows its warning in view`, async ({
    page,
  }, info) => {
    await page.setViewportSize(size)
    // The inner elbow raises no notice; its second muscle, the pectoralis major, refers to the chest.
    await page.goto('/?v=2&o=h')
    await bodyDrawn(page)
    const panel = page.getByRole('complementary', { name: 'Where does it hurt' })
    if (size.width < 721) {
      const handle = page.getByRole('button', { name: /^Sheet:/ })
      await handle.click()
      await expect(handle).toHaveAccessibleName('Sheet: half open')
    }
    await panel.getByText('Mark areas from a list').click()
    await panel.getByRole('checkbox', { name: 'Inner elbow, left' }).check()
    const list = panel.getByRole('list', { name: 'Most likely muscles' })
    await expect(list.getByRole('button', { name: /Left pectoralis major/ })).toBeVisible()
    await expect(notice(panel)).toHaveCount(0)
    await list.getByRole('button', { name: /Left pectoralis major/ }).click()
    await expect(panel.getByRole('heading', { name: 'Left pectoralis major' })).toBeAttached()
    // Its title is on screen beside the pattern (inside the panel's visible box; at peek or above
    // the list on a phone, whose sheet shows it in its peek), and the full notice is in the panel.
    const line = panel.locator('.red-flag-peek').first()
    await expect(line).toContainText(/heart/i)
    const [p, l] = [(await panel.boundingBox())!, (await line.boundingBox())!]
    expect(l.y).toBeGreaterThanOrEqual(p.y)
    expect(l.y + l.height).toBeLessThanOrEqual(Math.min(p.y + p.height, size.height))
    await expect(notice(panel)).toContainText(/heart/i)
    if (size.width >= 721 || size.height <= 500) {
      // Beside the body the line stays at the top as the panel scrolls to its foot.
      await panel.evaluate((el) => el.scrollTo({ top: el.scrollHeight, behavior: 'instant' }))
      await expect.poll(() => panel.evaluate((el) => el.scrollTop)).toBeGreaterThan(200)
      const [p2, l2] = [(await panel.boundingBox())!, (await line.boundingBox())!]
      expect(l2.y).toBeGreaterThanOrEqual(p2.y - 1)
      expect(l2.y + l2.height).toBeLessThanOrEqual(p2.y + p2.height)
    }
    await page.screenshot({ path: info.outputPath(`where-chosen-${size.width}.png`) })
  })
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 740, height: 360 },
]) {
  test(`beside the body (${size.width}x${size.height}) the heart warning's title stays in view as the muscle's panel scrolls to its foot`, async ({
    page,
  }, info) => {
    await page.setViewportSize(size)
    await page.goto('/?v=2&m=pectoralis_major&s=l')
    await ready(page)
    const panel = page.getByRole('complementary', { name: 'Muscle details' })
    await expect(panel.getByRole('heading', { name: 'Treatments' })).toBeAttached()
    // Unscrolled, the full notice is in view and its title is not repeated.
    const line = panel.locator(':is(.panel-tools, .stuck-alert) > .red-flag-peek')
    await expect(notice(panel)).toBeVisible()
    await expect(line).toHaveCount(0)
    await panel.evaluate((el) => el.scrollTo({ top: el.scrollHeight, behavior: 'instant' }))
    await expect.poll(() => panel.evaluate((el) => el.scrollTop)).toBeGreaterThan(300)
    await expect(line).toContainText('Check first: Chest, left arm or jaw pain can come from the heart.')
    const [p, l] = [(await panel.boundingBox())!, (await line.boundingBox())!]
    expect(l.y).toBeGreaterThanOrEqual(p.y - 1)
    expect(l.y + l.height).toBeLessThanOrEqual(p.y + p.height)
    const close = (await panel.getByRole('button', { name: 'Close muscle details' }).boundingBox())!
    if (size.height <= 500) {
      // A short panel keeps its room for reading: the buttons scroll away, the title hangs at the top.
      expect(close.y + close.height).toBeLessThanOrEqual(p.y)
      expect(l.y).toBeLessThanOrEqual(p.y + 1)
    } else {
      // Beside a tall body the buttons stay at the top, with the title under them.
      expect(close.y).toBeGreaterThanOrEqual(p.y - 12)
      expect(l.y).toBeGreaterThanOrEqual(close.y + close.height)
    }
    await page.screenshot({ path: info.outputPath(`pectoralis-major-scrolled-${size.width}.png`) })
    if (size.height > 500) {
      // The stuck buttons are in view: moving along them with Tab does not scroll the panel.
      const scrolled = await panel.evaluate((el) => el.scrollTop)
      await panel.getByRole('button', { name: 'Left', exact: true }).focus()
      for (let step = 0; step < 4; step++) await page.keyboard.press('Tab')
      await expect(panel.getByRole('button', { name: 'Close muscle details' })).toBeFocused()
      expect(await panel.evaluate((el) => el.scrollTop)).toBe(scrolled)
    }
    // Going back up with Shift+Tab from the foot to the side buttons, no control takes focus hidden
    // under the title (beside a tall body, the stuck buttons' own are exempt: they are the bar).
    const tall = size.height > 500
    await panel.locator('.learn button').last().focus()
    for (let step = 0; step < 60; step++) {
      await page.keyboard.press('Shift+Tab')
      await expect
        .poll(() =>
          page.evaluate((exemptBar) => {
            const focused = document.activeElement!
            const title = document.querySelector(':is(.panel-tools, .stuck-alert) > .red-flag-peek')
            if (!title || (exemptBar && focused.closest('.panel-tools'))) return 'clear'
            const under = title.getBoundingClientRect().bottom - focused.getBoundingClientRect().top
            return under > 0 ? `${focused.textContent} is ${Math.round(under)} px under the title` : 'clear'
          }, tall),
        )
        .toBe('clear')
      if (
        await panel.getByRole('button', { name: 'Left', exact: true }).evaluate((el) => el === document.activeElement)
      )
        break
    }
    await expect(panel.getByRole('button', { name: 'Left', exact: true })).toBeFocused()
    await panel.evaluate((el) => el.scrollTo({ top: 0, behavior: 'instant' }))
    await expect(line).toHaveCount(0)
  })
}
