import { expect, test, waitForBody } from './fixtures.ts'

/** The page's policy, directive by directive, as the browser got it from the built page. */
async function policyOf(page: import('@playwright/test').Page): Promise<Map<string, string[]>> {
  const text = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(text, 'a Content-Security-Policy meta').not.toBeNull()
  return new Map(
    text!
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources]),
  )
}

test('the built page is locked down: a strict policy before any script, and no referrer', async ({ page }) => {
  await page.goto('/')
  const policy = await policyOf(page)
  expect(policy.get('default-src')).toEqual(["'self'"])
  // Scripts: this origin only; WebAssembly may compile (the model's decoder), JavaScript eval may not.
  expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"])
  expect(policy.get('object-src')).toEqual(["'none'"])
  expect(policy.get('base-uri')).toEqual(["'self'"])
  expect(policy.get('form-action')).toEqual(["'self'"])
  expect(policy.get('connect-src')).toEqual(["'self'"])
  expect(policy.get('worker-src')).toEqual(["'self'"])
  // Nothing from another origin, nothing inline, no eval, anywhere in the policy.
  const allowed = new Set(["'self'", "'none'", "'wasm-unsafe-eval'", 'data:', 'blob:'])
  for (const [directive, sources] of policy)
    for (const source of sources) expect(allowed.has(source), `${directive} ${source}`).toBe(true)
  // A policy governs only what comes after it in the page.
  const first = await page.evaluate(() => {
    const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]')!
    const loads = [...document.querySelectorAll('script, link[rel="stylesheet"], link[rel="modulepreload"]')]
    return loads.every((el) => meta.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)
  })
  expect(first, 'the policy comes before every script and style sheet').toBe(true)
  expect(await page.locator('meta[name="referrer"]').getAttribute('content')).toBe('no-referrer')
  // The body decodes and draws under the policy; the fixture fails the test on any violation.
  await waitForBody(page)
})

test.describe('the CSP violation recorder', () => {
  // This spec alone breaks the policy on purpose, to see the recorder catch it.
  test.use({ allowCspViolations: true })

  test('catches an inline script, an inline event handler and an injected <style>', async ({ page, cspViolations }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { name: 'TriggerMap', level: 1 })).toBeVisible()
    expect(cspViolations).toEqual([])
    // What a script-injection bug in the app (or a library) would do; the policy stops each.
    const ran = await page.evaluate(() => {
      const w = window as { inlineRan?: boolean; handlerRan?: boolean }
      const script = document.createElement('script')
      script.textContent = 'window.inlineRan = true'
      document.body.append(script)
      const button = document.createElement('button')
      button.setAttribute('onclick', 'window.handlerRan = true')
      document.body.append(button)
      button.click()
      button.remove()
      const style = document.createElement('style')
      style.textContent = 'h1 { visibility: hidden }'
      document.head.append(style)
      return {
        inlineScript: w.inlineRan === true,
        inlineHandler: w.handlerRan === true,
        inlineStyle: getComputedStyle(document.querySelector('h1')!).visibility === 'hidden',
      }
    })
    expect(ran).toEqual({ inlineScript: false, inlineHandler: false, inlineStyle: false })
    // Each is seen twice: the event and Chromium's console message.
    const events = () => cspViolations.filter((v) => !v.startsWith('console:')).map((v) => v.split(' ')[0])
    await expect.poll(() => events().sort()).toEqual(['script-src-attr', 'script-src-elem', 'style-src-elem'])
    await expect.poll(() => cspViolations.filter((v) => v.startsWith('console: ')).length).toBe(3)
  })
})

// Without the opt-out the same violation fails the test, at the fixture's teardown.
test.fail('a test that breaks the policy fails', async ({ page, cspViolations }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'TriggerMap', level: 1 })).toBeVisible()
  await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'void 0'
    document.body.append(script)
  })
  // Everything in the test itself passes; only the recorder's check at teardown fails it.
  await expect.poll(() => cspViolations.length).toBeGreaterThan(0)
})
