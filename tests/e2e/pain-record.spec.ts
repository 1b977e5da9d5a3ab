import AxeBuilder from '@axe-core/playwright'
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { BODY_BUDGET_MS, expect, pixelsNear, test, waitForBody, waitForCameraStill } from './fixtures.ts'

/**
 * My pain record (#12): drawings saved in this browser's IndexedDB, listed after a reload,
 * opened, exported and imported, a damaged record set aside, and a browser that keeps nothing.
 * The record needs no 3D body, so these tests wait on the record's own state, not on the canvas.
 */

/** Switches to "Where does it hurt?" and opens the list of areas to mark from. */
async function startMarking(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Where (does )?it hurt/ }).click()
  await page.getByText('Mark areas from a list').click()
}

/** Saves the marks now on the body with a note and an overall intensity. */
async function saveDrawing(page: Page, note: string, intensity: string): Promise<void> {
  await page.getByRole('button', { name: 'Save this drawing' }).click()
  const dialog = page.getByRole('dialog', { name: 'Save this drawing' })
  await expect(dialog.getByText('Nothing is sent anywhere')).toBeVisible()
  await dialog.getByLabel(/How bad is the pain overall/).selectOption(intensity)
  await dialog.getByLabel(/Note/).fill(note)
  await dialog.getByRole('button', { name: 'Save on this device' }).click()
  await expect(dialog.getByRole('status')).toContainText('Saved on this device')
  await dialog.getByRole('button', { name: 'Close' }).click()
}

async function openRecord(page: Page) {
  await page.getByRole('button', { name: 'My pain record' }).click()
  const dialog = page.getByRole('dialog', { name: 'My pain record' })
  await expect(dialog).toBeVisible()
  return dialog
}

const recordItems = (page: Page) => page.getByRole('dialog').locator('.record-item')

/** Writes a value straight into the record's IndexedDB store, as a damaged disk might. */
function writeRaw(page: Page, value: unknown): Promise<void> {
  return page.evaluate(
    (v) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('triggermap-record')
        open.onsuccess = () => {
          const tx = open.result.transaction('records', 'readwrite')
          tx.objectStore('records').put(v)
          tx.oncomplete = () => {
            open.result.close()
            resolve()
          }
          tx.onerror = () => reject(new Error(String(tx.error)))
        }
        open.onerror = () => reject(new Error(String(open.error)))
      }),
    value,
  )
}

test.use({ viewport: { width: 1280, height: 800 } })

test('save two drawings, reload, both listed; open one; a damaged record is set aside; export, clear, import', async ({
  page,
}, info) => {
  await page.goto('/')
  await startMarking(page)
  await page.getByRole('checkbox', { name: 'Calf, left' }).check()
  await page.getByRole('checkbox', { name: 'Heel, left' }).check()
  await saveDrawing(page, 'after the long walk', '6')
  await page.getByRole('checkbox', { name: 'Heel, left' }).uncheck()
  await page.getByRole('checkbox', { name: 'Outer elbow, right' }).check()
  await saveDrawing(page, 'gardening', '4')

  await page.reload()
  let dialog = await openRecord(page)
  await expect(recordItems(page)).toHaveCount(2)
  await expect(recordItems(page).first()).toContainText('2 areas, pain 4 of 10: Calf (left), Outer elbow (right)')
  await expect(recordItems(page).nth(1)).toContainText('after the long walk')
  expect(
    await new AxeBuilder({ page })
      .include('.record-dialog')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
      .then((r) => r.violations.map((v) => v.id)),
  ).toEqual([])
  await page.screenshot({ path: info.outputPath('record-list-1280.png') })

  // Compare two and where it hurt most.
  await dialog.getByRole('button', { name: 'Compare two' }).click()
  await expect(
    page.getByRole('dialog', { name: 'Compare two drawings' }).getByText('New: Outer elbow (right)'),
  ).toBeVisible()
  await expect(page.getByText('Gone: Heel (left)')).toBeVisible()
  await page.getByRole('button', { name: 'Where it hurt most' }).click()
  const bars = page.getByRole('list', { name: 'Areas, most often marked first' }).getByRole('listitem')
  await expect(bars.first()).toHaveText('Calf (left): 2 of 2')
  await expect(bars).toHaveCount(3)
  await expect(page.locator('.record-extent')).toContainText('2 drawings in this range')
  expect(
    await new AxeBuilder({ page })
      .include('.record-dialog')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
      .then((r) => r.violations.map((v) => v.id)),
  ).toEqual([])
  await page.screenshot({ path: info.outputPath('record-composite-1280.png') })
  await page.setViewportSize({ width: 360, height: 740 })
  await page.screenshot({ path: info.outputPath('record-composite-360.png') })
  await page.getByRole('button', { name: 'All drawings' }).click()
  await page.screenshot({ path: info.outputPath('record-list-360.png') })
  const small = await page
    .locator('.record-dialog button:visible, .record-dialog select:visible')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).filter((r) => r.width < 44 || r.height < 44).length)
  expect(small, 'touch targets of at least 44 px').toBe(0)
  await page.setViewportSize({ width: 1280, height: 800 })

  // Open the older drawing: its marks come back.
  dialog = page.getByRole('dialog', { name: 'My pain record' })
  await recordItems(page)
    .nth(1)
    .getByRole('button', { name: /^Open the drawing of/ })
    .click()
  await expect(dialog).toBeHidden()
  // The reload closed the list of areas: open it to read the ticks.
  await page.getByText('Mark areas from a list').click()
  await expect(page.getByRole('checkbox', { name: 'Heel, left' })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: 'Outer elbow, right' })).not.toBeChecked()

  // A damaged record is set aside and reported; the others load.
  await writeRaw(page, { schemaVersion: 1, id: 'damaged', date: 'yesterday', marks: 'everywhere', note: '' })
  await page.reload()
  dialog = await openRecord(page)
  await expect(dialog.getByRole('alert')).toContainText('1 saved drawing could not be read and was set aside')
  await expect(recordItems(page)).toHaveCount(2)

  // Export, clear the browser's storage, import: the same records. Each lists the share of the
  // body it covers once the 3D body has loaded: wait for it, so both readings show the same thing.
  const shares = dialog.getByText(/of your body’s surface$/)
  await expect(shares).toHaveCount(2, { timeout: BODY_BUDGET_MS })
  const before = await recordItems(page).allTextContents()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export all (JSON)' }).click(),
  ])
  const file = info.outputPath('export.json')
  await download.saveAs(file)
  const exported = JSON.parse(await readFile(file, 'utf8')) as {
    format: string
    schemaVersion: number
    records: unknown[]
  }
  expect(exported.format).toBe('triggermap-pain-record')
  expect(exported.schemaVersion).toBe(1)
  expect(exported.records).toHaveLength(2)
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const del = indexedDB.deleteDatabase('triggermap-record')
        del.onsuccess = () => resolve()
        del.onerror = () => reject(new Error('not deleted'))
      }),
  )
  await page.reload()
  dialog = await openRecord(page)
  await expect(dialog.getByText('No drawings saved yet.')).toBeVisible()
  await dialog.getByLabel('Import a pain record file').setInputFiles(file)
  await expect(dialog.getByRole('status')).toHaveText('Imported 2 drawings.')
  await expect(shares).toHaveCount(2, { timeout: BODY_BUDGET_MS })
  expect(await recordItems(page).allTextContents()).toEqual(before)
  // A file from a newer TriggerMap is refused and changes nothing.
  await dialog.getByLabel('Import a pain record file').setInputFiles({
    name: 'newer.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'triggermap-pain-record', schemaVersion: 9, records: [] })),
  })
  await expect(dialog.getByRole('status')).toContainText('newer version of TriggerMap')
  expect(await recordItems(page).allTextContents()).toEqual(before)
})

/**
 * Pixels of the heat scale on the page within `radius` px of (x, y): its dark blue (an area
 * marked in every drawing) and its teal-green (marked in half of them). The skin and the
 * muscles under it are beige and red, neither of these.
 */
async function heatPixelsNear(
  page: Page,
  x: number,
  y: number,
  radius: number,
): Promise<{ blue: number; teal: number }> {
  const d = await pixelsNear(page, x, y, radius)
  let blue = 0
  let teal = 0
  for (let i = 0; i < d.length; i += 4) {
    const [r, g, b] = [d[i]!, d[i + 1]!, d[i + 2]!]
    // #253494 and its shades: blue well above red and green.
    if (b > 90 && b - r > 50 && b - g > 25 && r < 100) blue++
    // #41b6c4 and its shades: green and blue high, red low.
    else if (g > 120 && b > 120 && r < 140 && g - r > 50 && b - r > 50) teal++
  }
  return { blue, teal }
}

test('where it hurt most is drawn on the body in the heat colours, on the areas marked, with its key', async ({
  page,
}, info) => {
  await page.goto('/')
  await waitForBody(page)
  await startMarking(page)
  // From behind, the low back and the calves face the camera.
  await page.getByRole('button', { name: 'Back', exact: true }).click()
  // The low back marked in both drawings, the left calf in one of the two.
  await page.getByRole('checkbox', { name: 'Low back, left' }).check()
  await page.getByRole('checkbox', { name: 'Calf, left' }).check()
  await saveDrawing(page, 'first', '5')
  await page.getByRole('checkbox', { name: 'Calf, left' }).uncheck()
  await saveDrawing(page, 'second', '3')
  // No marks now, so nothing but the heat colours the skin there.
  await page.getByRole('checkbox', { name: 'Low back, left' }).uncheck()
  await waitForCameraStill(page)

  const at = (region: string, side: 'left' | 'right') =>
    page.evaluate(({ r, s }) => window.__triggermap!.projectPoint(window.__triggermap!.regionCentroid(r, s)!), {
      r: region,
      s: side,
    })
  const places = {
    lowBack: await at('low_back', 'left'),
    calf: await at('calf', 'left'),
    otherCalf: await at('calf', 'right'),
  }
  const canvas = (await page.locator('canvas').boundingBox())!
  for (const p of Object.values(places)) {
    expect(p.x).toBeGreaterThan(canvas.x + 8)
    expect(p.x).toBeLessThan(canvas.x + canvas.width - 8)
    expect(p.y).toBeGreaterThan(canvas.y + 8)
    expect(p.y).toBeLessThan(canvas.y + canvas.height - 8)
  }
  const heat = () =>
    Promise.all([
      heatPixelsNear(page, places.lowBack.x, places.lowBack.y, 8),
      heatPixelsNear(page, places.calf.x, places.calf.y, 8),
      heatPixelsNear(page, places.otherCalf.x, places.otherCalf.y, 8),
    ])
  // Before: no heat colours anywhere there.
  for (const h of await heat()) expect(h).toEqual({ blue: 0, teal: 0 })

  await (await openRecord(page)).getByRole('button', { name: 'Where it hurt most' }).click()
  const dialog = page.getByRole('dialog', { name: 'Where it hurt most' })
  await expect(dialog.locator('.heat-legend')).toContainText('Marked in 1 drawing')
  await expect(dialog.locator('.heat-legend')).toContainText('in all 2')
  await expect(dialog.locator('.record-extent')).toContainText(/about \d+ % of your body’s surface/)
  await dialog.getByRole('button', { name: 'See it on the body' }).click()
  await expect(dialog).toBeHidden()
  const onBody = page.getByRole('region', { name: 'Where it hurt most, on the body' })
  await expect(onBody).toContainText('Where it hurt most over 2 drawings is drawn on the body.')
  // The low back and calf in the record carry their warnings (the most urgent named, cauda equina,
  // then a count), brought into view with the heat's key and Hide.
  const warning = onBody.locator('.red-flag-peek')
  await expect(warning).toContainText(/Check first: Back pain with numbness between the legs .*\(and 2 more\)/)
  await expect(warning).toBeInViewport()
  await expect(onBody.getByRole('button', { name: 'Hide it' })).toBeInViewport()

  // The low back in the dark blue of "in all 2", the left calf in the teal-green of "in 1"; the
  // right calf, never marked, in neither.
  await expect
    .poll(async () => {
      const [lowBack, calf, otherCalf] = await heat()
      return { lowBackBlue: lowBack.blue > 60, calfTeal: calf.teal > 60, calfBlue: calf.blue, otherCalf }
    })
    .toEqual({ lowBackBlue: true, calfTeal: true, calfBlue: 0, otherCalf: { blue: 0, teal: 0 } })
  await page.screenshot({ path: info.outputPath('composite-on-body.png') })

  // Hidden again: the colours go.
  await onBody.getByRole('button', { name: 'Hide it' }).click()
  await expect.poll(async () => (await heat()).map((h) => h.blue + h.teal)).toEqual([0, 0, 0])
})

test('with IndexedDB blocked the app still works and says saving is off', async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('blocked for this test', 'SecurityError')
    }
  })
  await page.goto('/')
  await startMarking(page)
  await expect(page.getByText(/Saving is off in this browser/)).toBeVisible()
  await page.getByRole('checkbox', { name: 'Outer elbow, left' }).check()
  await expect(page.getByRole('list', { name: 'Most likely muscles' }).getByRole('listitem').first()).toBeVisible()
  await page.getByRole('button', { name: 'Save this drawing' }).click()
  await expect(page.getByRole('button', { name: 'Save on this device' })).toBeDisabled()
})

/** Distinct colours in the top half of a PNG (where the body is; the caption is below). */
function coloursInTopHalf(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image()
    img.src = `data:image/png;base64,${b64}`
    await img.decode()
    const c = document.createElement('canvas')
    c.width = img.width
    c.height = Math.floor(img.height / 2)
    const ctx = c.getContext('2d')!
    ctx.drawImage(img, 0, 0)
    const d = ctx.getImageData(0, 0, c.width, c.height).data
    const seen = new Set<number>()
    for (let i = 0; i < d.length; i += 4) seen.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!)
    return seen.size
  }, png.toString('base64'))
}

test('the drawing downloads as a PNG of the body even where the canvas keeps no copy of its frames', async ({
  page,
}, info) => {
  // As for a real user: the app keeps the canvas's frames only under automation (webdriver).
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false }))
  await page.goto('/')
  await startMarking(page)
  await page.getByRole('checkbox', { name: 'Calf, left' }).check()
  await page.getByRole('button', { name: 'Save this drawing' }).click()
  const dialog = page.getByRole('dialog', { name: 'Save this drawing' })
  const file = info.outputPath('drawing.png')
  // Until the body has loaded the picture is blank: poll until it shows the body.
  await expect
    .poll(
      async () => {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          dialog.getByRole('button', { name: 'Download as a picture (PNG)' }).click(),
        ])
        await download.saveAs(file)
        return coloursInTopHalf(page, await readFile(file))
      },
      { message: 'the picture shows the body', timeout: BODY_BUDGET_MS, intervals: [2000, 5000] },
    )
    .toBeGreaterThan(40)
})

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true })

  test('the record is reached from the bottom sheet; save and list work by touch with 16 px text', async ({
    page,
  }, info) => {
    await page.goto('/')
    await page.getByRole('button', { name: /^Where (does )?it hurt/ }).tap()
    const handle = page.getByRole('button', { name: /^Sheet:/ })
    await handle.focus()
    await page.keyboard.press('End')
    await expect(handle).toHaveAccessibleName('Sheet: fully open')
    await page.getByText('Mark areas from a list').tap()
    await page.getByRole('checkbox', { name: 'Calf, left' }).tap()
    await page.getByRole('button', { name: 'Save this drawing' }).tap()
    const save = page.getByRole('dialog', { name: 'Save this drawing' })
    await expect(save.getByText('Nothing is sent anywhere')).toBeVisible()
    await page.screenshot({ path: info.outputPath('record-save-360.png') })
    await save.getByRole('button', { name: 'Save on this device' }).tap()
    await save.getByRole('button', { name: 'See my pain record' }).tap()
    const list = page.getByRole('dialog', { name: 'My pain record' })
    await expect(list.locator('.record-item')).toHaveCount(1)
    await expect(list.locator('.record-item')).toContainText('1 area: Calf (left)')
    const tinyText = await list
      .locator('p:visible, li:visible, label:visible, button:visible')
      .evaluateAll((els) => els.filter((e) => parseFloat(getComputedStyle(e).fontSize) < 16).length)
    expect(tinyText, 'text of at least 16 px').toBe(0)
  })
})
