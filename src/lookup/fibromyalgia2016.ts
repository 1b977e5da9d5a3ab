/**
 * The 2016 revision of the fibromyalgia diagnostic criteria, as a pure function.
 *
 * Source: Wolfe F, Clauw DJ, Fitzcharles MA, et al. 2016 Revisions to the 2010/2011 fibromyalgia
 * diagnostic criteria. Semin Arthritis Rheum. 2016;46(3):319-329 (`wolfe_2016_criteria_revision`
 * in src/data/sources). A person meets them when all of these hold:
 *   1. generalised pain: pain in at least 4 of the 5 regions below, where the jaw, chest and
 *      abdomen do not count toward a region;
 *   2. symptoms present at a similar level for at least three months;
 *   3. Widespread Pain Index (WPI) >= 7 and Symptom Severity Scale (SSS) >= 5,
 *      or WPI 4 to 6 and SSS >= 9.
 * The 2016 revision dropped the 2010 exclusion clause: the result holds whatever other diagnosis
 * a person has. It is a check to bring to a clinician, not a diagnosis: the reasons say so.
 */
import { fm2016Regions, wpiAreas, type WpiArea } from '../data/wpi-areas.ts'

export { fm2016Regions, wpiAreas, type WpiArea }

/** What the person answers: the painful areas of the past week and the Symptom Severity Scale. */
export interface Fm2016Input {
  painAreas: readonly WpiArea[]
  fatigue: 0 | 1 | 2 | 3
  unrefreshedSleep: 0 | 1 | 2 | 3
  cognitive: 0 | 1 | 2 | 3
  headaches: boolean
  lowerAbdominalPain: boolean
  depression: boolean
  atLeastThreeMonths: boolean
}

/** The scores, each rule's outcome, and why, in plain words. */
export interface Fm2016Result {
  wpi: number
  sss: number
  regionsWithPain: number
  generalizedPain: boolean
  meetsCriteria: boolean
  reasons: string[]
}

const isWpiArea = (a: unknown): a is WpiArea => typeof a === 'string' && (wpiAreas as readonly string[]).includes(a)

function severity(field: 'fatigue' | 'unrefreshedSleep' | 'cognitive', value: unknown): number {
  if (value !== 0 && value !== 1 && value !== 2 && value !== 3) {
    throw new RangeError(`${field} must be 0, 1, 2 or 3 (got ${JSON.stringify(value)})`)
  }
  return value
}

function yesNo(
  field: 'headaches' | 'lowerAbdominalPain' | 'depression' | 'atLeastThreeMonths',
  value: unknown,
): boolean {
  if (typeof value !== 'boolean') throw new TypeError(`${field} must be true or false (got ${JSON.stringify(value)})`)
  return value
}

/**
 * Scores the 2016 criteria. Throws a clear error naming the field for input no form could
 * produce: an unknown or repeated area, a severity outside 0 to 3, a yes/no that is not boolean.
 */
export function assessFibromyalgia2016(input: Fm2016Input): Fm2016Result {
  if (!Array.isArray(input.painAreas)) throw new TypeError('painAreas must be a list of areas')
  const seen = new Set<WpiArea>()
  for (const a of input.painAreas as readonly unknown[]) {
    if (!isWpiArea(a)) throw new RangeError(`painAreas: unknown area ${JSON.stringify(a)}`)
    if (seen.has(a)) throw new RangeError(`painAreas: area "${a}" is listed twice`)
    seen.add(a)
  }
  const symptoms =
    severity('fatigue', input.fatigue) +
    severity('unrefreshedSleep', input.unrefreshedSleep) +
    severity('cognitive', input.cognitive)
  const extras = [
    yesNo('headaches', input.headaches),
    yesNo('lowerAbdominalPain', input.lowerAbdominalPain),
    yesNo('depression', input.depression),
  ]
  const longEnough = yesNo('atLeastThreeMonths', input.atLeastThreeMonths)

  const wpi = seen.size
  const sss = symptoms + extras.filter(Boolean).length
  const painful = fm2016Regions.filter((r) => r.areas.some((a) => seen.has(a)))
  const regionsWithPain = painful.length
  const generalizedPain = regionsWithPain >= 4
  const scoresMet = (wpi >= 7 && sss >= 5) || (wpi >= 4 && wpi <= 6 && sss >= 9)
  const meetsCriteria = generalizedPain && longEnough && scoresMet

  const reasons: string[] = []
  reasons.push(
    scoresMet
      ? wpi >= 7
        ? `Pain index ${wpi} of 19 (7 or more) with a symptom score of ${sss} of 12 (5 or more): the scores are met.`
        : `Pain index ${wpi} of 19 (4 to 6) with a symptom score of ${sss} of 12 (9 or more): the scores are met.`
      : wpi >= 7
        ? `Pain index ${wpi} of 19, but a symptom score of ${sss} of 12: with an index of 7 or more the score must be 5 or more.`
        : wpi >= 4
          ? `Pain index ${wpi} of 19, but a symptom score of ${sss} of 12: with an index of 4 to 6 the score must be 9 or more.`
          : `Pain index ${wpi} of 19: the criteria need pain in at least 4 areas (7 or more, or 4 to 6 with a high symptom score).`,
  )
  reasons.push(
    generalizedPain
      ? `Pain in ${regionsWithPain} of the 5 body regions (4 or more): the pain counts as generalised.`
      : `Pain in ${regionsWithPain} of the 5 body regions: generalised pain needs 4 (the jaw, chest and belly do not count toward a region).`,
  )
  reasons.push(
    longEnough
      ? 'Symptoms have lasted at least three months.'
      : 'Symptoms have not yet lasted three months: the criteria need at least three months at a similar level.',
  )
  reasons.push(
    meetsCriteria
      ? 'Your answers meet the 2016 criteria. This is not a diagnosis: take these answers to a clinician, who will also look for other causes that can exist alongside it.'
      : 'Your answers do not meet the 2016 criteria. This does not rule anything out: if the pain troubles you, a clinician can help find its cause.',
  )
  return { wpi, sss, regionsWithPain, generalizedPain, meetsCriteria, reasons }
}
