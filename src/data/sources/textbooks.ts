/** Textbooks and atlases. Chapter-level locators go on each `SourceRef`. */
import type { Source } from '../source-types.ts'

export const textbooks = {
  simons_travell_vol1_1999: {
    kind: 'book',
    citation:
      "Simons DG, Travell JG, Simons LS. Travell & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual. Volume 1: Upper Half of Body. 2nd ed. Baltimore: Williams & Wilkins; 1999.",
    isbn: '9780683083637',
  },
  travell_simons_vol2_1992: {
    kind: 'book',
    citation:
      'Travell JG, Simons DG. Myofascial Pain and Dysfunction: The Trigger Point Manual. Volume 2: The Lower Extremities. Baltimore: Williams & Wilkins; 1992.',
    isbn: '9780683083675',
  },
  donnelly_2019: {
    kind: 'book',
    citation:
      "Donnelly JM, Fernández-de-las-Peñas C, Finnegan M, Freeman JL, eds. Travell, Simons & Simons' Myofascial Pain and Dysfunction: The Trigger Point Manual. 3rd ed. Philadelphia: Wolters Kluwer; 2019.",
    isbn: '9780781755603',
  },
} as const satisfies Record<string, Source>
