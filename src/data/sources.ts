/**
 * Every source the data cites. One file per kind of source keeps parallel work apart; this
 * module joins them so `SourceId` covers all and a dangling source id fails to compile.
 */
import type { Source } from './source-types.ts'
import { textbooks } from './sources/textbooks.ts'
import { treatmentStudies } from './sources/treatment-studies.ts'
import { upperBodyStudies } from './sources/upper-body-studies.ts'
import { lowerBodyStudies } from './sources/lower-body-studies.ts'
import { headNeckStudies } from './sources/head-neck-studies.ts'
import { shoulderArmStudies } from './sources/shoulder-arm-studies.ts'
import { trunkStudies } from './sources/trunk-studies.ts'
import { hipThighStudies } from './sources/hip-thigh-studies.ts'
import { legFootStudies } from './sources/leg-foot-studies.ts'
import { explainerStudies } from './sources/explainer-studies.ts'
import { redFlagSources } from './sources/red-flag-sources.ts'
import { newMuscleStudies } from './sources/new-muscle-studies.ts'
import { painGuideBooks } from './sources/pain-guide-books.ts'
import { recheckStudies } from './sources/recheck-studies.ts'
import { blindCaseStudies } from './sources/blind-case-studies.ts'
import { blindCaseStudies2 } from './sources/blind-case-studies-2.ts'
import { blindCaseStudies3Upper } from './sources/blind-case-studies-3-upper.ts'
import { blindCaseStudies3Lower } from './sources/blind-case-studies-3-lower.ts'
import { blindCaseStudies4Upper } from './sources/blind-case-studies-4-upper.ts'
import { blindCaseStudies4Lower } from './sources/blind-case-studies-4-lower.ts'
import { blindCaseStudies5Upper } from './sources/blind-case-studies-5-upper.ts'
import { blindCaseStudies5Lower } from './sources/blind-case-studies-5-lower.ts'
import { blindCaseStudies6Upper } from './sources/blind-case-studies-6-upper.ts'
import { blindCaseStudies6Lower } from './sources/blind-case-studies-6-lower.ts'

const catalogue = {
  ...textbooks,
  ...treatmentStudies,
  ...upperBodyStudies,
  ...lowerBodyStudies,
  ...headNeckStudies,
  ...shoulderArmStudies,
  ...trunkStudies,
  ...hipThighStudies,
  ...legFootStudies,
  ...explainerStudies,
  ...redFlagSources,
  ...newMuscleStudies,
  ...painGuideBooks,
  ...recheckStudies,
  ...blindCaseStudies,
  ...blindCaseStudies2,
  ...blindCaseStudies3Upper,
  ...blindCaseStudies3Lower,
  ...blindCaseStudies4Upper,
  ...blindCaseStudies4Lower,
  ...blindCaseStudies5Upper,
  ...blindCaseStudies5Lower,
  ...blindCaseStudies6Upper,
  ...blindCaseStudies6Lower,
} as const satisfies Record<string, Source>

/** A source id, e.g. "simons_travell_vol1_1999". */
export type SourceId = keyof typeof catalogue

/** Every source by id. */
export const sources: Readonly<Record<SourceId, Source>> = catalogue
