import type { Page } from '@playwright/test'
import { addTestStyle, docsShot, expect, test, waitForBody, waitForCameraStill } from './fixtures.ts'

/**
 * The atlas views: the écorché (the body with its skin hidden, as an anatomy atlas draws it)
 * from the four presets at 1280x800. Ordinary runs write the pictures under test-results/docs/;
 * `npm run docs:screenshots` writes them to docs/anatomy-*.png, so the committed pictures follow
 * the model when it changes without a test run ever rewriting tracked files.
 */

type View = 'front' | 'back' | 'left' | 'right'
const presetButton: Record<View, string> = { front: 'Front', back: 'Back', left: 'Left side', right: 'Right side' }

/** The atlas pictures give the whole 1280x800 window to the body: no header, panel or footer. */
const fullStage =
  '.app-header, .panel, .app-footer { display: none !important; } .workspace { grid-template-columns: 1fr !important; }'

/** The buttons and the hover name float over the canvas; the pictures leave them out. */
const withoutOverlays = '.view-controls, .hover-label { visibility: hidden !important; }'

/** Which pixels of a canvas shot show the body: those that differ from the empty stage. */
interface Silhouette {
  /** One character per pixel, row by row: '1' body, '0' stage. */
  mask: string
  width: number
  height: number
  /** Distinct (quantised) colours on the body: a flat cut-out has a handful. */
  colours: number
}

async function canvasShot(page: Page, path?: string): Promise<Buffer> {
  const removeStyle = await addTestStyle(page, withoutOverlays)
  try {
    return await page.locator('canvas').screenshot({ path })
  } finally {
    await removeStyle()
  }
}

/** Compares a shot with the empty stage in the page (decoding there needs no image library). */
async function silhouette(page: Page, shot: Buffer, empty: Buffer): Promise<Silhouette> {
  return page.evaluate(
    async ([a, b]) => {
      const decode = async (b64: string) => {
        const img = new Image()
        img.src = `data:image/png;base64,${b64}`
        await img.decode()
        const c = document.createElement('canvas')
        c.width = img.width
        c.height = img.height
        const ctx = c.getContext('2d')!
        ctx.drawImage(img, 0, 0)
        return ctx.getImageData(0, 0, c.width, c.height)
      }
      const d = await decode(a)
      const e = (await decode(b)).data
      const mask: string[] = []
      const colours = new Set<number>()
      for (let k = 0; k < d.data.length; k += 4) {
        const diff =
          Math.abs(d.data[k]! - e[k]!) + Math.abs(d.data[k + 1]! - e[k + 1]!) + Math.abs(d.data[k + 2]! - e[k + 2]!)
        const body = diff > 24
        mask.push(body ? '1' : '0')
        if (body) colours.add(((d.data[k]! >> 3) << 10) | ((d.data[k + 1]! >> 3) << 5) | (d.data[k + 2]! >> 3))
      }
      return { mask: mask.join(''), width: d.width, height: d.height, colours: colours.size }
    },
    [shot.toString('base64'), empty.toString('base64')] as const,
  )
}

/** Fraction of the frame showing the body. */
function share(s: Silhouette): number {
  let n = 0
  for (let i = s.mask.indexOf('1'); i >= 0; i = s.mask.indexOf('1', i + 1)) n++
  return n / s.mask.length
}

/** Fraction of the frame's height between the body's top and bottom pixels. */
function heightShare(s: Silhouette): number {
  const first = s.mask.indexOf('1')
  const last = s.mask.lastIndexOf('1')
  return first < 0 ? 0 : (Math.floor(last / s.width) - Math.floor(first / s.width) + 1) / s.height
}

/** Overlap (intersection over union) of one silhouette with the other flipped left to right. */
function mirrorOverlap(a: Silhouette, b: Silhouette): number {
  let both = 0
  let either = 0
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      const p = a.mask[y * a.width + x] === '1'
      const q = b.mask[y * b.width + (b.width - 1 - x)] === '1'
      if (p && q) both++
      if (p || q) either++
    }
  }
  return either ? both / either : 0
}

/** The name the hover label gives at a muscle's centroid, seen through the live camera. */
async function nameAt(page: Page, muscle: string, side: 'left' | 'right'): Promise<string> {
  const p = (await page.evaluate(({ m, s }) => window.__triggermap!.projectMuscle(m, s), { m: muscle, s: side }))!
  await page.mouse.move(p.x, p.y)
  await waitForCameraStill(page)
  return (await page.locator('.hover-label').textContent()) ?? ''
}

/** Takes the pointer off the canvas, so no muscle is drawn in its hover colour. */
async function pointerAway(page: Page): Promise<void> {
  await page.mouse.move(640, 10)
  await expect(page.locator('.hover-label')).toHaveText('')
}

async function toggle(page: Page, layer: string): Promise<void> {
  await page.getByRole('button', { name: layer, exact: true }).click()
}

test('atlas views: the écorché from front, back, left and right, written to docs/ by npm run docs:screenshots', async ({
  page,
}) => {
  // Five full-canvas shots through SwiftShader: slower than the other specs on a busy machine.
  test.setTimeout(300_000)
  await page.goto('/')
  await waitForBody(page)
  await addTestStyle(page, fullStage)
  await expect.poll(() => page.locator('canvas').evaluate((c) => c.getBoundingClientRect().width)).toBe(1280)

  // The empty stage (every layer hidden) is what "not the body" looks like in each picture.
  for (const layer of ['Skin', 'Surface muscles', 'Deep muscles']) await toggle(page, layer)
  await expect(page.getByRole('button', { name: 'Deep muscles' })).toHaveAttribute('aria-pressed', 'false')
  await pointerAway(page)
  await waitForCameraStill(page)
  const empty = await canvasShot(page)
  for (const layer of ['Surface muscles', 'Deep muscles']) await toggle(page, layer)
  await expect(page.getByRole('button', { name: 'Skin' })).toHaveAttribute('aria-pressed', 'false')

  const seen = {} as Record<View, Silhouette>
  for (const view of ['front', 'back', 'left', 'right'] as const) {
    await page.getByRole('button', { name: presetButton[view], exact: true }).click()
    await pointerAway(page)
    await waitForCameraStill(page)
    const s = await silhouette(page, await canvasShot(page, docsShot(`anatomy-${view}.png`)), empty)
    seen[view] = s
    // The whole body is framed: head to feet across most of the height, not cropped, not a speck
    // (seen from the side a standing body is narrow, so its share of the frame is small).
    expect(heightShare(s), `${view}: share of the frame's height spanned by the body`).toBeGreaterThan(0.8)
    expect(heightShare(s), `${view}: share of the frame's height spanned by the body`).toBeLessThan(1)
    expect(share(s), `${view}: share of the frame showing the body`).toBeGreaterThan(0.03)
    expect(share(s), `${view}: share of the frame showing the body`).toBeLessThan(0.7)
    console.log(
      `${view}: body ${(100 * share(s)).toFixed(1)}% of the frame, ${(100 * heightShare(s)).toFixed(1)}% of its height, ${s.colours} colours`,
    )
    // Shaded muscles, not a flat cut-out.
    expect(s.colours, `${view}: colours on the body`).toBeGreaterThan(40)
  }

  // The side views are mirror images of each other, as the body is.
  const ratio = share(seen.left) / share(seen.right)
  expect(ratio, 'left/right silhouette area').toBeGreaterThan(0.85)
  expect(ratio, 'left/right silhouette area').toBeLessThan(1.15)
  const overlap = mirrorOverlap(seen.left, seen.right)
  console.log(
    `left/right: area ratio ${ratio.toFixed(3)}, overlap with the mirrored right view ${(100 * overlap).toFixed(1)}%`,
  )
  expect(overlap, 'left view vs mirrored right view').toBeGreaterThan(0.85)

  // Each view shows its own side of the body: the pointer names the muscle a person expects there.
  const expectations: [View, string, 'left' | 'right', string][] = [
    ['front', 'pectoralis_major', 'left', 'Left pectoralis major'],
    ['front', 'rectus_femoris', 'right', 'Right rectus femoris'],
    ['back', 'infraspinatus', 'left', 'Left infraspinatus'],
    ['back', 'gluteus_maximus', 'right', 'Right gluteus maximus'],
    ['left', 'deltoid', 'left', 'Left deltoid'],
    ['right', 'deltoid', 'right', 'Right deltoid'],
  ]
  const opposite: Record<View, View> = { front: 'back', back: 'front', left: 'right', right: 'left' }
  for (const [view, muscle, side, name] of expectations) {
    await page.getByRole('button', { name: presetButton[view], exact: true }).click()
    await waitForCameraStill(page)
    // A muscle of several parts is named with the part: "Left deltoid: anterior (clavicular) part".
    const named = new RegExp(`^${name}(:|$)`)
    expect(await nameAt(page, muscle, side), `${view} view shows ${name}`).toMatch(named)
    await page.getByRole('button', { name: presetButton[opposite[view]], exact: true }).click()
    await waitForCameraStill(page)
    expect(await nameAt(page, muscle, side), `${opposite[view]} view hides ${name}`).not.toMatch(named)
  }
})
