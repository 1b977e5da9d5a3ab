/**
 * Clinical studies behind `../../lookup/blindCases6HeadArm.ts` (the sixth blind case set: head, face,
 * jaw, arm, elbow, forearm, wrist, hand and chest wall),
 * written 2026-12-04 under the blind rule: none of them is a source of an earlier case set or of the
 * study findings (checked by id, DOI and PMID), and each citation, DOI and PMID was read on a public
 * record of the article through the project's search tool. Authors, volume, issue or pages not seen
 * there are left out rather than guessed.
 */
import type { Source } from '../source-types.ts'

export const blindCaseStudies6HeadArm = {
  shields_2020_chronic_tension_headache_massage: {
    kind: 'article',
    citation:
      'Shields G, Smith JM. Remedial massage therapy interventions including and excluding sternocleidomastoid, scalene, temporalis, and masseter muscles for chronic tension type headaches: a case series. Int J Ther Massage Bodywork. 2020;13(1).',
    doi: '10.3822/ijtmb.v13i1.445',
    pmid: '32133042',
  },
  vega_pla_2021_child_headache_trps: {
    kind: 'article',
    citation:
      'Vega-Plá R, et al. Differences in myofascial trigger points and algometry in craniocervical muscles among children with and without headache: a comparative study. J Musculoskelet Disord Treat. 2021;7(3):103.',
    doi: '10.23937/2572-3243.1510103',
  },
} as const satisfies Record<string, Source>
