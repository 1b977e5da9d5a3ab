import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { regionIds, type RegionId } from '../../src/data/regions.ts'
import { docsShot, expect, test } from './fixtures.ts'

/**
 * The fibromyalgia check (#12): reached from the fibromyalgia explainer and from "Where does it
 * hurt?" (there with the marked areas ticked), answered by keyboard on a desktop and by touch on
 * a 360 px phone, its result with each score and reason and the words that it is not a
 * diagnosis, and axe finding nothing in the open check. The check needs no 3D body, so these
 * tests wait on the page's own controls, not on the canvas.
 */

/** A link with pain marks (region label = index * 2, + 1 on the right, base 36; see src/state/url.ts). */
function marksLink(marks: readonly [RegionId, 'left' | 'right'][]): string {
  const labels = marks.map(([r, s]) => (regionIds.indexOf(r) * 2 + (s === 'right' ? 1 : 0)).toString(36))
  return `/?v=1&p=${labels.join('.')}`
}

/** Marks in six index areas, and two places the index has no area for (a heel, an elbow). */
const MARKS = marksLink([
  ['posterior_neck', 'left'],
  ['upper_shoulder_top', 'left'],
  ['upper_shoulder_top', 'right'],
  ['low_back', 'left'],
  ['calf', 'right'],
  ['anterior_thigh', 'left'],
  ['heel', 'left'],
  ['lateral_elbow', 'right'],
])
/** The index areas those marks fall in, as the form names them. */
const FROM_MARKS = [
  'Left shoulder girdle',
  'Right shoulder girdle',
  'Left upper leg',
  'Right lower leg',
  'Neck',
  'Lower back',
]

const layouts = [
  { name: 'desktop', input: 'keyboard', use: { viewport: { width: 1280, height: 800 } } },
  { name: 'phone', input: 'touch', use: { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true } },
] as const

type Input = (typeof layouts)[number]['input']

/** Ticks a box or picks a radio as the person would: Space on a focused control, or a tap. */
async function choose(control: Locator, input: Input): Promise<void> {
  if (input === 'touch') {
    await control.scrollIntoViewIfNeeded()
    await control.tap()
  } else {
    await control.focus()
    await control.press('Space')
  }
  await expect(control).toBeChecked()
}

/**
 * The symptom questions: each of the three severities "Moderate" (2), headaches yes, and three
 * months yes. By keyboard the radios are reached as a group: Space picks the first level, the
 * arrow keys move the choice down the scale.
 */
async function answerSymptoms(check: Locator, input: Input): Promise<void> {
  for (const q of [/Tiredness/, /Waking up tired/, /Trouble thinking/]) {
    const group = check.getByRole('group', { name: q })
    const moderate = group.getByRole('radio', { name: /Moderate/ })
    if (input === 'touch') await choose(moderate, input)
    else {
      await choose(group.getByRole('radio', { name: /No problem/ }), input)
      await group.getByRole('radio', { name: /No problem/ }).press('ArrowDown')
      await expect(group.getByRole('radio', { name: /Slight/ })).toBeChecked()
      await group.getByRole('radio', { name: /Slight/ }).press('ArrowDown')
      await expect(moderate).toBeChecked()
    }
  }
  await choose(check.getByRole('checkbox', { name: 'Headaches' }), input)
  await choose(check.getByRole('group', { name: /at least 3 months/ }).getByRole('radio', { name: 'Yes' }), input)
}

/** Shows the result and checks what it says for the answers above with `areas` index areas in 5 regions. */
async function expectResultMet(check: Locator, input: Input, areas: number): Promise<Locator> {
  const submit = check.getByRole('button', { name: 'Show the result' })
  await expect(submit).toBeEnabled()
  if (input === 'touch') await submit.tap()
  else await submit.press('Enter')
  const result = check.getByRole('region', { name: 'Your answers meet the 2016 criteria' })
  await expect(result).toBeVisible()
  // Brought into view: on a phone it appears below the fold.
  await expect(result.getByRole('heading', { level: 3 })).toBeInViewport()
  const score = (name: string) => result.locator(`dt:text-is("${name}") + dd`)
  await expect(score('Widespread Pain Index')).toHaveText(`${areas} of 19`)
  // Moderate (2) three times, and headaches: 7.
  await expect(score('Symptom Severity Scale')).toHaveText('7 of 12')
  await expect(score('Body regions with pain')).toHaveText('5 of 5')
  await expect(result).toContainText(
    `Pain index ${areas} of 19 (7 or more) with a symptom score of 7 of 12 (5 or more): the scores are met.`,
  )
  await expect(result).toContainText('Pain in 5 of the 5 body regions (4 or more): the pain counts as generalised.')
  await expect(result).toContainText('Symptoms have lasted at least three months.')
  await expect(result).toContainText('This is not a diagnosis')
  await expect(result.getByRole('heading', { name: 'What to bring to a clinician' })).toBeVisible()
  return result
}

async function axeViolations(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page })
    .include('.fm-dialog')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

for (const layout of layouts) {
  test.describe(`the fibromyalgia check, ${layout.name}`, () => {
    test.use(layout.use)

    test(`from the explainer: areas and symptoms answered by ${layout.input}, the result with its reasons (${layout.name})`, async ({
      page,
    }, info) => {
      await page.goto('/')
      // The explainer found by search, as a phone user finds it (its link in the panel hides in the sheet there).
      const search = page.getByRole('combobox', { name: 'Search muscles' })
      if (layout.input === 'touch') await search.tap()
      else await search.focus()
      await page.keyboard.type('fibromyalgia')
      const option = page.getByRole('option', { name: /Fibromyalgia and trigger points/ }).first()
      if (layout.input === 'touch') await option.tap()
      else {
        await expect(option).toBeVisible()
        // Down the list to the explainer (muscles found by the word may come first).
        for (let i = 0; i < 12 && (await option.getAttribute('aria-selected')) !== 'true'; i++)
          await page.keyboard.press('ArrowDown')
        await expect(option).toHaveAttribute('aria-selected', 'true')
        await page.keyboard.press('Enter')
      }
      const explainer = page.getByRole('dialog', { name: /fibromyalgia/i })
      const open = explainer.getByRole('button', { name: 'Check your symptoms against the 2016 criteria' })
      if (layout.input === 'touch') await open.tap()
      else await open.press('Enter')

      const check = page.getByRole('dialog', { name: 'Fibromyalgia check' })
      await expect(check).toBeVisible()
      await expect(check.getByText('0 of 19 areas ticked')).toBeVisible()
      // Nothing came from marks here, so the check does not say it did.
      await expect(check.getByRole('note')).toHaveCount(0)
      await expect(check.getByRole('button', { name: 'Show the result' })).toBeDisabled()
      for (const a of [...FROM_MARKS, 'Upper back'])
        await choose(check.getByRole('checkbox', { name: a }), layout.input)
      await expect(check.getByText('7 of 19 areas ticked')).toBeVisible()
      await answerSymptoms(check, layout.input)
      const result = await expectResultMet(check, layout.input, 7)
      expect(await axeViolations(page), 'axe in the open check with its result').toEqual([])

      // The result from its heading down, for the README's picture.
      await result.evaluate((e) => e.scrollIntoView({ block: 'start' }))
      await page.screenshot({
        path:
          layout.name === 'desktop'
            ? docsShot('fibromyalgia-check.png')
            : info.outputPath('fibromyalgia-check-phone.png'),
      })
      // Escape closes it, and its answers go with it.
      await page.keyboard.press('Escape')
      await expect(check).toBeHidden()
    })

    test(`from "Where does it hurt?": the marked areas ticked, and can be changed (${layout.name})`, async ({
      page,
    }, info) => {
      await page.goto(MARKS)
      const panel = page.getByRole('complementary', { name: 'Where does it hurt' })
      // The live panel, not the page's first view (hidden from roles until the app runs).
      await expect(panel).toBeVisible()
      const handle = panel.getByRole('button', { name: /^Sheet:/ })
      if ((await handle.count()) > 0) {
        // On the phone: the sheet, opened all the way by its keys, to reach the action after the results.
        await handle.focus()
        await page.keyboard.press('End')
        await expect(handle).toHaveAccessibleName('Sheet: fully open')
      }
      const entry = panel.getByRole('region', { name: 'Fibromyalgia check' })
      await expect(entry).toContainText('Your marks tick 6 of its 19 areas; you can change them there.')
      // The action comes after the results, never before them.
      const results = panel.getByRole('region', { name: 'Muscles most likely involved' })
      expect((await results.boundingBox())!.y).toBeLessThan((await entry.boundingBox())!.y)
      const open = entry.getByRole('button', { name: 'Check the fibromyalgia criteria (2016)' })
      await open.scrollIntoViewIfNeeded()
      if (layout.input === 'touch') await open.tap()
      else await open.press('Enter')

      const check = page.getByRole('dialog', { name: 'Fibromyalgia check' })
      await expect(check.getByRole('note')).toContainText('The areas you marked on the body are ticked already')
      await expect(check.getByRole('note')).toContainText('tick or untick any to change them')
      const ticked = await check
        .getByRole('checkbox', { checked: true })
        .evaluateAll((boxes) => boxes.map((b) => b.closest('label')!.textContent.trim()))
      // The heel and the elbow tick nothing; the rest tick their areas, in the form's order.
      expect(ticked).toEqual(FROM_MARKS)
      await expect(check.getByText('6 of 19 areas ticked')).toBeVisible()
      // Changed: the upper back added, the right lower leg taken off, then put back.
      await choose(check.getByRole('checkbox', { name: 'Upper back' }), layout.input)
      const leg = check.getByRole('checkbox', { name: 'Right lower leg' })
      if (layout.input === 'touch') await leg.tap()
      else await leg.press('Space')
      await expect(leg).not.toBeChecked()
      await expect(check.getByText('6 of 19 areas ticked')).toBeVisible()
      await choose(leg, layout.input)
      await expect(check.getByText('7 of 19 areas ticked')).toBeVisible()
      await answerSymptoms(check, layout.input)
      await expectResultMet(check, layout.input, 7)
      expect(await axeViolations(page), 'axe in the check opened from the marks').toEqual([])
      await page.screenshot({ path: info.outputPath(`fibromyalgia-check-from-marks-${layout.name}.png`) })

      await check.getByRole('button', { name: 'Close' }).click()
      await expect(check).toBeHidden()
      // The marks are still there, and the link never carries the check's answers.
      await expect(entry).toContainText('Your marks tick 6 of its 19 areas')
      expect(new URL(page.url()).search).not.toMatch(/fatigue|wpi|sss/i)
    })
  })
}
