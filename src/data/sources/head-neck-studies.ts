/**
 * Articles cited by the head-neck muscles. Each was checked against a public record; where a
 * DOI or PMID could not be confirmed it is left out and a stable page for the article is given.
 */
import type { Source } from '../source-types.ts'

export const headNeckStudies = {
  turp_2001_lateral_pterygoid_palpation: {
    kind: 'review',
    citation:
      'Türp JC, Minagi S. Palpation of the lateral pterygoid region in TMD: where is the evidence? J Dent. 2001;29:475-483.',
    url: 'https://okayama.elsevierpure.com/en/publications/palpation-of-the-lateral-pterygoid-region-in-tmd-where-is-the-evi',
  },
  stelzenmueller_2016_lateral_pterygoid_palpability: {
    kind: 'article',
    citation:
      'Stelzenmueller W, Umstadt H, Weber D, Goenner-Oezkan V, Kopp S, Lisson J. Evidence: the intraoral palpability of the lateral pterygoid muscle. A prospective study. Ann Anat. 2016;206:89-95.',
    pmid: '26706107',
  },
  fernandez_de_las_penas_2006_suboccipital: {
    kind: 'article',
    citation:
      'Fernández-de-las-Peñas C, Alonso-Blanco C, Cuadrado ML, Gerwin RD, Pareja JA. Trigger points in the suboccipital muscles and forward head posture in tension-type headache. Headache. 2006;46.',
    url: 'https://www.semanticscholar.org/paper/21048643463725ace986e6116a56ba6cdaf53493',
  },
} as const satisfies Record<string, Source>
