/**
 * Part of the sixth blind case set for the ranking (head, face, jaw, arm, elbow, forearm, wrist, hand
 * and chest wall), written 2026-12-04 under the blind
 * rule (`blindCases6.ts`): from study abstracts only (`../data/sources/blind-case-studies-6-head-arm.ts`),
 * without reading the ranking, the muscles' zones, the pain guides or any earlier case set, and
 * without running the app.
 */
import type { GuideCase } from './heldOutCases.ts'

export const blindCases6HeadArm: readonly GuideCase[] = [
  {
    name: 'Chronic tension-type headache treated with trigger point release of sternocleidomastoid, scalene, temporalis and masseter (massage case series)',
    marks: ['temple', 'forehead', 'occiput'],
    muscles: ['sternocleidomastoid', 'scalenes', 'temporalis', 'masseter'],
    source: {
      source: 'shields_2020_chronic_tension_headache_massage',
      locator:
        'abstract: four women with chronic tension-type headache; the two inclusion cases received myofascial trigger point release of the sternocleidomastoid, scalene, temporalis and masseter muscles besides shoulder, posterior neck and occiput muscles',
    },
    note: 'Doubtful: the four muscles were chosen by the treatment protocol (the inclusion arm), not reported as found in each patient; the shoulder, posterior-neck and occiput muscles also treated are not named and are left out. The abstract names no pain area; the marks are my reading of the usual band-like tension-type headache (temple, forehead, back of the head).',
  },
  {
    name: 'Headache in children with active and latent trigger points in upper trapezius, sternocleidomastoid, suboccipital and splenius muscles (comparative study)',
    marks: ['forehead', 'temple'],
    muscles: ['upper_trapezius', 'sternocleidomastoid', 'suboccipital_muscles', 'splenius_capitis'],
    source: {
      source: 'vega_pla_2021_child_headache_trps',
      locator:
        'abstract: children with headache (19) versus without (107) showed more active and latent trigger points in the upper trapezius, sternocleidomastoid, suboccipital and splenius muscles; no difference for masseter and temporalis',
    },
    note: "Abstract order kept; masseter and temporalis left out because the abstract found no difference for them. 'Splenium' read as splenius capitis (the abstract does not say capitis or cervicis). The headache type and area are not given; the marks are my reading of the usual pediatric headache (forehead and temples).",
  },
]
