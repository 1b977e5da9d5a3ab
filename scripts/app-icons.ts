/**
 * The installed app's icons (web app manifest, see vite.config.ts): PNGs rendered from
 * public/icons/icon.svg by headless Chromium, so they are drawn by one source and need no image
 * library. `npx tsx scripts/app-icons.ts` rewrites public/icons/*.png and
 * public/apple-touch-icon.png; run it after changing the SVG and commit the PNGs. Never run by
 * the tests.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { chromium } from 'playwright-core'

const svg = readFileSync('public/icons/icon.svg', 'utf8')
const inner = svg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '')
const ground = '#f4f4f1'

/**
 * A maskable icon may be cropped to any shape inside its middle 80 % (the safe zone, a circle of
 * 40 % radius), so the figure is drawn at 80 % on a full-bleed ground.
 */
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" fill="${ground}"/>
<svg x="51.2" y="51.2" width="409.6" height="409.6" viewBox="0 0 512 512">${inner}</svg></svg>`

const icons = [
  { file: 'public/icons/icon-192.png', size: 192, source: svg },
  { file: 'public/icons/icon-512.png', size: 512, source: svg },
  { file: 'public/icons/maskable-512.png', size: 512, source: maskable },
  // iOS ignores the manifest's icons and looks for this one at the root (it rounds the corners itself).
  { file: 'public/apple-touch-icon.png', size: 180, source: svg },
]

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
})
try {
  for (const { file, size, source } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 })
    const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `)
    await page.setContent(`<!doctype html><style>html,body{margin:0}svg{display:block}</style>${sized}`)
    writeFileSync(file, await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: size, height: size } }))
    await page.close()
    console.log(`${file} (${size}×${size})`)
  }
} finally {
  await browser.close()
}
