/**
 * The README's pictures of the phone and desktop layouts, taken from a running build in headless
 * Chromium (SwiftShader), as a person sees them: `npm run docs:pictures` (it builds the e2e build,
 * which has the test hook it waits on, into dist-e2e and serves it on port 4190; BASE_URL to use
 * another server). Writes docs/*.png; never run by the
 * tests, so a test run leaves the tree clean.
 */
import { spawn } from 'node:child_process'
import { chromium, type Browser, type Page } from 'playwright-core'
import type {} from '../src/scene/TestHook.tsx'
import { chromiumArgs as args } from './chromium-args.ts'

const port = 4190
const base = process.env.BASE_URL ?? `http://127.0.0.1:${port}`
const out = (name: string) => `docs/${name}`

interface Screen {
  width: number
  height: number
  phone: boolean
}
const portrait: Screen = { width: 360, height: 740, phone: true }
const landscape: Screen = { width: 740, height: 360, phone: true }
const desktop: Screen = { width: 1280, height: 800, phone: false }

async function open(browser: Browser, screen: Screen, path: string): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: screen.width, height: screen.height },
    isMobile: screen.phone,
    hasTouch: screen.phone,
  })
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(`${base}${path}`)
  await page.waitForFunction(() => window.__triggermap !== undefined, undefined, { timeout: 180_000 })
  // The skin is drawn first; the pictures show the muscles too.
  await page.waitForFunction(() => window.__triggermap!.loadInfo().musclesLoaded, undefined, { timeout: 180_000 })
  await settle(page)
  return page
}

/** Waits until the camera has stopped and the sheet has landed. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__triggermap!.cameraSettled(), undefined, { timeout: 60_000, polling: 200 })
  await page.waitForFunction(() => !document.querySelector('.sheet[data-dragging]'), undefined, { timeout: 10_000 })
}

/** Moves the phone sheet to a snap point with its handle's keys, as a keyboard user would. */
async function snap(page: Page, to: 'peek' | 'half' | 'full'): Promise<void> {
  const order = ['peek', 'half', 'full']
  const handle = page.locator('.sheet').getByRole('button', { name: /^Sheet:/ })
  for (let i = 0; i < 3; i++) {
    const now = (await page.locator('.sheet').getAttribute('data-snap')) ?? 'half'
    if (now === to) break
    await handle.focus()
    await page.keyboard.press(order.indexOf(to) > order.indexOf(now) ? 'ArrowUp' : 'ArrowDown')
    await page.waitForFunction((was) => document.querySelector('.sheet')?.getAttribute('data-snap') !== was, now)
  }
  // The picture shows the sheet as a touch user sees it, without the keyboard's focus ring.
  await handle.blur()
  await settle(page)
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: out(name) })
  console.log(`wrote ${out(name)}`)
}

async function serve(): Promise<() => void> {
  if (process.env.BASE_URL) return () => undefined
  await new Promise<void>((resolve, reject) => {
    const build = spawn('npx', ['vite', 'build', '--mode', 'e2e', '--outDir', 'dist-e2e'], { stdio: 'inherit' })
    build.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited ${code}`))))
  })
  const preview = [
    'vite',
    'preview',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--strictPort',
    '--outDir',
    'dist-e2e',
  ]
  const server = spawn('npx', preview, {
    stdio: 'ignore',
  })
  for (let i = 0; i < 120; i++) {
    if (
      await fetch(base).then(
        (r) => r.ok,
        () => false,
      )
    )
      return () => server.kill()
    await new Promise((r) => setTimeout(r, 500))
  }
  server.kill()
  throw new Error('the preview server did not start')
}

const stop = await serve()
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args })
try {
  // Phone upright: the sheet at each snap point, with the sternocleidomastoid's pattern above it.
  let page = await open(browser, portrait, '/?v=2&m=sternocleidomastoid&s=l')
  for (const s of ['peek', 'half', 'full'] as const) {
    await snap(page, s)
    await shoot(page, `phone-${s}.png`)
  }
  await page.close()

  // Phone upright, "Where does it hurt?": the left chest and inner arm marked, the heart warning
  // with the first results in the half-open sheet.
  page = await open(browser, portrait, '/?v=1&p=16.1k')
  await snap(page, 'half')
  await shoot(page, 'phone-where-it-hurts.png')
  await page.close()

  // Phone sideways: the panel beside the body.
  page = await open(browser, landscape, '/?v=2&m=gluteus_minimus&s=l')
  await shoot(page, 'phone-landscape.png')
  await page.close()

  // Desktop: the soleus, its pattern framed from behind, and the Share dialog with its QR code.
  page = await open(browser, desktop, '/?v=2&m=soleus&s=l')
  await shoot(page, 'desktop-soleus.png')
  await page.getByRole('button', { name: 'Share' }).click()
  await page.getByRole('dialog').getByRole('img').first().waitFor()
  await shoot(page, 'share.png')
  await page.close()

  // The fibromyalgia check, answered, with its result.
  page = await open(browser, desktop, '/')
  await page.getByRole('button', { name: 'Fibromyalgia and trigger points' }).first().click()
  await page.getByRole('button', { name: /2016 criteria/ }).click()
  for (const a of [
    'Left shoulder girdle',
    'Right shoulder girdle',
    'Left upper leg',
    'Right lower leg',
    'Neck',
    'Lower back',
  ]) {
    await page.getByRole('checkbox', { name: a }).click()
  }
  for (const q of [/Tiredness/, /Waking up tired/, /Trouble thinking/]) {
    await page
      .getByRole('group', { name: q })
      .getByRole('radio', { name: /Moderate/ })
      .click()
  }
  await page.getByRole('checkbox', { name: 'Headaches' }).click()
  await page
    .getByRole('group', { name: /at least 3 months/ })
    .getByRole('radio', { name: 'Yes' })
    .click()
  await page.getByRole('button', { name: 'Show the result' }).click()
  await page.getByRole('heading', { name: /2016 criteria$/ }).scrollIntoViewIfNeeded()
  await shoot(page, 'fibromyalgia-check.png')
  await page.close()
} finally {
  await browser.close()
  stop()
}
