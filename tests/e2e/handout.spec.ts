import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { docsShot, expect, readQrCode, test, waitForBody } from './fixtures.ts'

/**
 * Print handout (issue #11): the muscle's handout as the browser prints it (print media, and a
 * real PDF from Chromium): its names, front and back pictures drawn at print resolution with the
 * zones in them, the self-care steps, the sources and the link back with its QR code, no
 * controls, on at most two A4 pages; a patient list prints one section per muscle.
 */

/** Replaces the print dialog with a counter, so the test sees the call and can print itself. */
async function stubPrint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __printCalls: number }
    w.__printCalls = 0
    window.print = () => {
      w.__printCalls++
    }
  })
}

const printCalls = (page: Page) => page.evaluate(() => (window as unknown as { __printCalls: number }).__printCalls)

/** Pages in a PDF: its page objects (`/Type /Page`), not the page tree (`/Pages`). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length
}

/** Per handout picture: its pixels against its printed size, and its pain-red pixels. */
async function pictureFacts(page: Page, section = page.locator('.handout-section').first()) {
  return section.locator('img').evaluateAll((imgs) =>
    (imgs as HTMLImageElement[]).map((img) => {
      const c = document.createElement('canvas')
      c.width = img.naturalWidth
      c.height = img.naturalHeight
      const ctx = c.getContext('2d')!
      ctx.drawImage(img, 0, 0)
      const d = ctx.getImageData(0, 0, c.width, c.height).data
      let red = 0
      // The pain red of the zones (as fixtures' redPixelsNear counts it on screen).
      for (let i = 0; i < d.length; i += 4)
        if (d[i]! > 140 && d[i + 1]! < 90 && d[i + 2]! < 90 && d[i]! - d[i + 1]! > 80) red++
      // A coarse fingerprint, to tell the front from the back.
      const cells: number[] = []
      for (let y = 0; y < 16; y++)
        for (let x = 0; x < 16; x++) {
          const i = (Math.floor(((y + 0.5) * c.height) / 16) * c.width + Math.floor(((x + 0.5) * c.width) / 16)) * 4
          cells.push(d[i]! + d[i + 1]! + d[i + 2]!)
        }
      return {
        naturalWidth: img.naturalWidth,
        printedInches: img.getBoundingClientRect().width / 96,
        red,
        cells,
      }
    }),
  )
}

/** What the handout's QR code says, read from its pixels as a phone would. */
const readQr = (page: Page, section = page.locator('.handout-section').first()) =>
  readQrCode(page, section.locator('.handout-qr[role="img"]'))

test('Print handout for gluteus minimus: two A4 pages at most, pictures at print resolution with the zones, no controls', async ({
  page,
}) => {
  await stubPrint(page)
  await page.goto('/?v=2&m=gluteus_minimus&s=l')
  await waitForBody(page)
  const before = page.url()

  const canvasBefore = await page
    .locator('.scene-canvas canvas')
    .evaluate((c: HTMLCanvasElement) => [c.width, c.height])
  // What the status line says while the handout is prepared.
  await page.evaluate(() => {
    const w = window as unknown as { __statusSaid: string[] }
    w.__statusSaid = []
    const status = document.querySelector('.handout-status')!
    new MutationObserver(() => w.__statusSaid.push(status.textContent ?? '')).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    })
  })

  await page.getByRole('button', { name: 'Print handout' }).click()
  await expect.poll(() => printCalls(page), { message: 'the print dialog is opened once' }).toBe(1)
  expect(await page.evaluate(() => (window as unknown as { __statusSaid: string[] }).__statusSaid)).toContain(
    'Preparing the handout…',
  )
  // The view on screen is the one before printing, drawn at its own size again.
  expect(page.url()).toBe(before)
  expect(await page.locator('.scene-canvas canvas').evaluate((c: HTMLCanvasElement) => [c.width, c.height])).toEqual(
    canvasBefore,
  )

  await page.emulateMedia({ media: 'print' })
  const handout = page.locator('.handout')
  await expect(handout).toBeVisible()
  await expect(page.locator('button:visible, input:visible, select:visible, textarea:visible')).toHaveCount(0)
  await expect(page.locator('.stage')).toBeHidden()

  const section = handout.locator('.handout-section')
  await expect(section).toHaveCount(1)
  await expect(section.getByRole('heading', { level: 2 })).toHaveText('Left gluteus minimus')
  await expect(section).toContainText('Musculus gluteus minimus')
  await expect(section.getByRole('heading', { name: 'Self-care' })).toBeVisible()
  await expect(section).toContainText('Stretch: Side-lying leg-drop stretch')
  await expect(section.locator('.handout-self-care ol li').first()).toBeVisible()
  await expect(section).toContainText('Heat')
  await expect(section.getByRole('heading', { name: 'Sources' })).toBeVisible()
  await expect(section.locator('.handout-sources li').first()).toContainText('Travell')
  await expect(section.getByRole('heading', { name: 'When to see a clinician' })).toBeVisible()

  const link = section.locator('.handout-link a')
  const href = await link.getAttribute('href')
  expect(href).toContain('m=gluteus_minimus')
  expect(href).toContain('s=l')
  await expect(link).toHaveText(href!)
  expect(await readQr(page, section), 'the QR code is the printed link').toBe(href)

  const pictures = await pictureFacts(page, section)
  expect(pictures).toHaveLength(2)
  for (const p of pictures) {
    expect(p.naturalWidth, 'at least 150 dpi for its printed width').toBeGreaterThanOrEqual(p.printedInches * 150)
    expect(p.red, 'the zones are drawn in the picture').toBeGreaterThan(500)
  }
  const changed = pictures[0]!.cells.filter((v, i) => Math.abs(v - pictures[1]!.cells[i]!) > 30).length
  expect(changed, 'front and back are different pictures').toBeGreaterThan(20)

  const axe = await new AxeBuilder({ page }).analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])

  const pdf = await page.pdf({ format: 'A4' })
  // Kept for the README's pictures of its pages (scripts/pdf-pages.mjs renders them).
  await mkdir(dirname(docsShot('handout.pdf')), { recursive: true })
  await writeFile(docsShot('handout.pdf'), pdf)
  const pages = pdfPages(pdf)
  expect(pages).toBeGreaterThanOrEqual(1)
  expect(pages, 'one muscle fits on one or two A4 pages').toBeLessThanOrEqual(2)
})

test('A patient list of three muscles prints one section each, each on its own page', async ({ page }) => {
  await stubPrint(page)
  await page.goto('/?v=2&m=gluteus_minimus&s=l&k=gluteus_minimus-l.piriformis-l.soleus-l')
  await waitForBody(page)
  const before = page.url()

  // The patient list's own action, as the clinician presses it.
  await page.getByRole('button', { name: 'Print handout for the list' }).click()
  await expect.poll(() => printCalls(page), { message: 'the print dialog is opened once' }).toBe(1)
  expect(page.url()).toBe(before)
  await expect(page.getByRole('heading', { level: 2, name: 'Left gluteus minimus' }).first()).toBeVisible()

  await page.emulateMedia({ media: 'print' })
  const sections = page.locator('.handout-section')
  await expect(sections).toHaveCount(3)
  const muscles = [
    ['Left gluteus minimus', 'gluteus_minimus'],
    ['Left piriformis', 'piriformis'],
    ['Left soleus', 'soleus'],
  ] as const
  for (const [i, [name, id]] of muscles.entries()) {
    const s = sections.nth(i)
    await expect(s.getByRole('heading', { level: 2 })).toHaveText(name)
    const pictures = await pictureFacts(page, s)
    expect(pictures).toHaveLength(2)
    for (const p of pictures) expect(p.naturalWidth).toBeGreaterThanOrEqual(p.printedInches * 150)
    expect(Math.max(...pictures.map((p) => p.red)), `${name}: its zones are drawn`).toBeGreaterThan(200)
    expect(await s.locator('.handout-link a').getAttribute('href')).toContain(`m=${id}&`)
    if (i > 0) expect(await s.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page')
  }

  const pdf = await page.pdf({ format: 'A4' })
  expect(pdfPages(pdf), 'three sections, each from a new page').toBeGreaterThanOrEqual(3)
  expect(pdfPages(pdf)).toBeLessThanOrEqual(6)
})

test('Ctrl/Cmd+P without the button prints the handout of the muscle on screen', async ({ page }) => {
  await page.goto('/?v=2&m=gluteus_minimus&s=l')
  await waitForBody(page)
  // How many handout pictures the page holds when the print starts (listened after the app's own).
  await page.evaluate(() => {
    const w = window as unknown as { __atPrint: number[] }
    w.__atPrint = []
    window.addEventListener('beforeprint', () => w.__atPrint.push(document.querySelectorAll('.handout img').length))
  })

  const pdf = await page.pdf({ format: 'A4' })
  expect(await page.evaluate(() => (window as unknown as { __atPrint: number[] }).__atPrint)).toEqual([2])
  expect(pdfPages(pdf)).toBeLessThanOrEqual(2)
  expect(
    (pdf.toString('latin1').match(/\/Subtype\s*\/Image/g) ?? []).length,
    'the pictures are in the PDF',
  ).toBeGreaterThanOrEqual(2)
  // After the print the handout goes, so the next one follows what is on screen then.
  await expect(page.locator('.handout')).toHaveCount(0)
})
