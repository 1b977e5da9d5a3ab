/**
 * Pictures of a PDF's pages, drawn by Chromium's own PDF viewer (the machine has no pdftoppm):
 * `npx tsx scripts/pdf-pages.ts test-results/docs/handout.pdf docs/handout-page 2` writes
 * docs/handout-page1.png and docs/handout-page2.png. The handout's browser test writes the PDF
 * (test-results/docs/handout.pdf). Each page is taken once the viewer has drawn it: two
 * screenshots in a row the same and not blank.
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'

const [pdf, prefix, count = '2'] = process.argv.slice(2)
if (!pdf || !prefix) {
  console.error('usage: tsx scripts/pdf-pages.ts <file.pdf> <out-prefix> [pages]')
  process.exit(2)
}

// An A4 page at 96 px per inch, times one and a half for a sharp picture.
const viewport = { width: 794, height: 1123 }
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
})
try {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1.5 })
  await page.goto(`${pathToFileURL(resolve(pdf)).href}#toolbar=0&navpanes=0&view=Fit`)
  for (let n = 1; n <= Number(count); n++) {
    // The viewer shows one page at a time (view=Fit): the next is a key press away.
    if (n > 1) {
      await page.mouse.click(viewport.width / 2, viewport.height / 2)
      await page.keyboard.press('ArrowRight')
    }
    let last: Buffer | null = null
    for (let tries = 0; tries < 120; tries++) {
      const shot = await page.screenshot()
      // A drawn page is larger than a blank one (text and pictures compress less).
      if (last && shot.equals(last) && shot.length > 60_000) break
      last = shot
      await new Promise((r) => setTimeout(r, 500))
    }
    await page.screenshot({ path: `${prefix}${n}.png` })
    console.log(`${prefix}${n}.png`)
  }
} finally {
  await browser.close()
}
