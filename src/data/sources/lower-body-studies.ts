/** Articles, reviews and guidelines cited by the lower-body data. */
import type { Source } from '../source-types.ts'

export const lowerBodyStudies = {
  /** Why the piriformis entry is flagged uncertain: the syndrome's definition is contested. */
  hopayian_2010_piriformis_syndrome: {
    kind: 'review',
    citation:
      'Hopayian K, Song F, Riera R, Sambandan S. The clinical features of the piriformis syndrome: a systematic review. Eur Spine J. 2010;19(12):2095-2109.',
    doi: '10.1007/s00586-010-1504-9',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2997212',
  },
  /** Backs the caution that examiners do not reliably agree on trigger points, deep ones above all. */
  lucas_2009_trp_reliability: {
    kind: 'review',
    citation:
      'Lucas N, Macaskill P, Irwig L, Moran R, Bogduk N. Reliability of physical examination for diagnosis of myofascial trigger points: a systematic review of the literature. Clin J Pain. 2009;25(1):80-89.',
    doi: '10.1097/AJP.0b013e31817e13b6',
  },
  /** Abdominal wall pain: Carnett's sign and diagnostic local anaesthetic injection. */
  suleiman_2001_abdominal_wall_pain: {
    kind: 'review',
    citation:
      'Suleiman S, Johnston DE. The abdominal wall: an overlooked source of pain. Am Fam Physician. 2001;64(3):431-438.',
    pmid: '11515832',
  },
} as const satisfies Record<string, Source>
