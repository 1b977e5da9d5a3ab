import { expect, test } from './fixtures.ts'

/** The search field's hints, longest first (src/ui/MuscleSearch.tsx). */
const searchHints = [
  'Search a muscle or where it hurts (e.g. headache)',
  'Muscle or where it hurts',
  'Muscle or pain',
  'Search',
]

/**
 * The app bar at every size people use: phones both ways (the narrowest, 320 px, too), a tablet in
 * portrait, small laptops and a desktop. The search field keeps room to read and type in (a 768 px
 * tablet once squeezed it to 26 px behind the full mode labels and the Present label; at 320 px
 * Share shows its icon only), its hint is read whole, nothing in the bar is cut, and the results
 * open wide enough to read (on phones and small laptops they once opened as narrow as the field).
 */
for (const size of [
  { width: 320, height: 640, hint: 'Muscle or pain' },
  { width: 360, height: 740, hint: 'Muscle or pain' },
  { width: 740, height: 360 },
  { width: 768, height: 1024 },
  { width: 900, height: 700 },
  { width: 1024, height: 768 },
  { width: 1280, height: 800, hint: searchHints[0] },
]) {
  test(`the app bar at ${size.width}x${size.height}: a usable search field and every control whole`, async ({
    page,
  }, info) => {
    await page.setViewportSize(size)
    await page.goto('/')
    // The header is in the first view; the test hook arrives with the 3D view, after which the
    // layout no longer changes.
    await page.waitForFunction(() => window.__triggermap !== undefined, undefined, { timeout: 120_000 })
    const header = page.locator('.app-header')
    const search = header.getByRole('combobox', { name: 'Search muscles' })
    const field = (await search.boundingBox())!
    expect(field.width, 'the search field is wide enough to read a query').toBeGreaterThanOrEqual(160)
    // Its hint is read whole, not cut mid-word (a phone once showed "Search a muscle o"): the
    // longest of the hints that a copy of the field, holding it as its value, shows without
    // scrolling (a search field keeps room for its clear button, which a measure of the text alone
    // misses), and the one expected at the sizes where it is known.
    await expect(search).toHaveAttribute('placeholder', size.hint ?? /./)
    const hint = await search.evaluate((input: HTMLInputElement, hints: string[]) => {
      const copy = input.cloneNode(false) as HTMLInputElement
      copy.removeAttribute('id')
      copy.removeAttribute('role')
      copy.style.cssText = `position: absolute; visibility: hidden; width: ${getComputedStyle(input).width}`
      input.after(copy)
      const whole = hints.filter((text) => {
        copy.value = text
        return copy.scrollWidth <= copy.clientWidth
      })
      copy.remove()
      return { shown: input.placeholder, longestWhole: whole[0] ?? hints[hints.length - 1] }
    }, searchHints)
    expect(hint.shown, 'the hint shown is the longest read whole').toBe(hint.longestWhole)
    const controls = header.locator('button:visible, input:visible')
    const cut = await controls.evaluateAll((els) =>
      els
        .filter((e) => {
          const r = e.getBoundingClientRect()
          return r.left < 0 || r.right > window.innerWidth + 0.5 || e.scrollWidth > e.clientWidth + 1
        })
        .map((e) => e.textContent || e.getAttribute('aria-label') || e.tagName),
    )
    expect(cut, 'controls cut off or spilling out of the bar').toEqual([])
    const small = await controls.evaluateAll(
      (els) =>
        els.filter((e) => {
          const r = e.getBoundingClientRect()
          return r.width < 44 || r.height < 44
        }).length,
    )
    expect(small, 'touch targets under 44 px').toBe(0)
    // Its results open wide enough to read: across the bar on phones, not in a column as narrow
    // as the field, and wholly on screen.
    await search.fill('chest pain')
    const results = page.locator('.search-results')
    await expect(results.getByRole('option').first()).toBeVisible()
    const box = (await results.boundingBox())!
    expect(box.width, 'the results are wide enough to read').toBeGreaterThanOrEqual(Math.min(size.width - 24, 400))
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(size.width)
    await page.screenshot({ path: info.outputPath(`header-${size.width}.png`) })
  })
}
