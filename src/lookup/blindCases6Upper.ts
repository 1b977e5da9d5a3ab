/**
 * The upper half of the sixth blind case set for the ranking (head, face, jaw, neck, shoulder,
 * upper back, arm and chest wall), written 2026-12-04 under the blind rule: from study abstracts
 * only (`../data/sources/blind-case-studies-6-upper.ts`), without reading the ranking, the muscles'
 * zones, the pain guides or any earlier case set, and without running the app.
 *
 * How the cases were read: `marks` are the painful area the abstract names (one side); where it
 * names none, the usual area of the complaint, and the note says so. `muscles` are the atlas
 * muscles the abstract names as holding trigger points in these patients (found, measured or
 * treated), in the abstract's order; muscles the atlas lacks or groups not named are left out and
 * noted. Many unused studies treat one muscle only, so several cases list a single muscle. The last
 * two cases (headache) came from a second helper, sent for head, jaw, arm and chest studies, who
 * found no other unused study that named muscles and had a DOI or PMID.
 */
import type { GuideCase } from './heldOutCases.ts'

export const blindCases6Upper: readonly GuideCase[] = [
  {
    name: 'Chronic shoulder pain with infraspinatus trigger points (botulinum toxin trial)',
    marks: ['scapula_body', 'posterior_shoulder', 'lateral_shoulder_deltoid'],
    muscles: ['infraspinatus'],
    source: {
      source: 'qerama_2006_infraspinatus_botulinum_toxin',
      locator: 'abstract: 30 patients with trigger points in the infraspinatus muscles (local and referred pain)',
    },
    note: 'The abstract names no painful area beyond local and referred pain and shoulder movement; marks are the usual area of an infraspinatus-related shoulder complaint (shoulder blade and shoulder), my reading. Only the infraspinatus was studied.',
  },
  {
    name: 'Chronic idiopathic neck pain with trigger points in three neck-shoulder muscles (flexor training)',
    marks: ['posterior_neck', 'lateral_neck', 'upper_shoulder_top'],
    muscles: ['upper_trapezius', 'levator_scapulae', 'splenius_capitis'],
    source: {
      source: 'lluch_2013_neck_pain_deep_cervical_flexor_trps',
      locator:
        'abstract: PPT over MTrPs of the upper trapezius, levator scapulae and splenius capitis in 30 chronic neck pain patients',
    },
    note: 'Neck pain is the complaint; marks are the usual neck and shoulder-top area (the abstract names no sub-region). Muscles in abstract order; the abstract gives no prevalence per muscle, only that PPT was measured over their trigger points.',
  },
  {
    name: 'Chronic neck pain with a trigger point in levator scapulae, upper trapezius or splenius capitis',
    marks: ['posterior_neck', 'upper_shoulder_top'],
    muscles: ['levator_scapulae', 'upper_trapezius', 'splenius_capitis'],
    source: {
      source: 'bobos_2016_neck_pain_deep_neck_flexor_trps',
      locator:
        'abstract: inclusion required at least one MTrP in levator scapulae, upper trapezius or splenius capitis; PPT over these muscles',
    },
    note: 'Chronic neck pain (NDI over 5/50); marks are the usual neck area, the abstract names none. Muscles in the abstract order of the inclusion rule; no prevalence given.',
  },
  {
    name: 'Nonspecific neck pain due to upper trapezius trigger points in young women (manual release)',
    marks: ['posterior_neck', 'upper_shoulder_top'],
    muscles: ['upper_trapezius'],
    source: {
      source: 'kashyap_2018_neck_pain_upper_trapezius_manual_release',
      locator: 'abstract: 45 women with nonspecific neck pain due to upper trapezius MTrPs; MPR vs MET',
    },
    note: 'Marks: neck and top of shoulder, the usual area of this neck pain (the abstract only says neck pain). Single muscle by design.',
  },
  {
    name: 'Neck and shoulder pain with active upper trapezius trigger points (ultrasound vs injection)',
    marks: ['upper_shoulder_top', 'posterior_neck', 'lateral_neck'],
    muscles: ['upper_trapezius'],
    source: {
      source: 'unalan_2011_upper_trapezius_ultrasound_vs_injection',
      locator: 'abstract: 49 subjects with active MTrPs of the upper trapezius; HPPTUS vs trigger point injection',
    },
    note: 'The abstract names no painful area (outcomes pain and cervical lateral bending); marks are the usual area of the complaint, my reading. Single muscle by design.',
  },
  {
    name: 'Active upper trapezius trigger points treated with kinesio taping (sham-controlled)',
    marks: ['upper_shoulder_top', 'lateral_neck'],
    muscles: ['upper_trapezius'],
    source: {
      source: 'noguera_iturbe_2019_upper_trapezius_kinesio_taping',
      locator: 'abstract: trial B, 37 participants with active MTrPs in the upper trapezius muscle',
    },
    note: 'Only trial B (active trigger points) is used; trial A had latent trigger points (no complaint). No painful area named; marks are the usual neck-shoulder area, my reading.',
  },
  {
    name: 'Trigger-point myofascial pain of the upper trapezius: kinesio taping vs dry needling',
    marks: ['posterior_neck', 'upper_shoulder_top'],
    muscles: ['upper_trapezius'],
    source: {
      source: 'jbmr_2019_upper_trapezius_kinesio_vs_dry_needling',
      locator: 'abstract: 42 patients with trigger-point related myofascial pain syndrome of the upper trapezius',
    },
    note: 'Neck pain is a MeSH term of the record and outcomes include cervical motion; marks are the usual neck and shoulder-top area. Single muscle by design.',
  },
  {
    name: 'Chronic myofascial neck pain with active upper trapezius trigger points (dry needling plus PENS)',
    marks: ['posterior_neck', 'upper_shoulder_top', 'lateral_neck'],
    muscles: ['upper_trapezius'],
    source: {
      source: 'leon_hernandez_2016_neck_pain_dry_needling_pens',
      locator: 'abstract: 62 patients with chronic myofascial neck pain and active MTrPs in the upper trapezius',
    },
    note: 'Neck pain is the complaint; the abstract names no sub-region, so marks are the usual neck and shoulder-top area. Single muscle by design.',
  },
  {
    name: 'Unilateral mechanical neck pain with active levator scapulae trigger points (PENS vs dry needling)',
    marks: ['posterior_neck', 'lateral_neck', 'upper_shoulder_top'],
    muscles: ['levator_scapulae'],
    source: {
      source: 'garcia_de_miguel_2020_levator_scapulae_pens_vs_dry_needling',
      locator: 'abstract (title): unilateral mechanical neck pain and active MTrPs in the levator scapulae muscle',
    },
    note: 'One-sided neck pain; the record names no sub-region, so marks are the usual neck and shoulder-top area, my reading. Single muscle by design.',
  },
  {
    name: 'Chronic non-traumatic shoulder pain with an infraspinatus trigger point (dry vs sham needling)',
    marks: ['posterior_shoulder', 'scapula_body', 'anterior_shoulder'],
    muscles: ['infraspinatus'],
    source: {
      source: 'arch_physiother_2021_infraspinatus_dry_needling',
      locator: 'abstract: adults with chronic non-traumatic shoulder pain and an infraspinatus MTrP',
    },
    note: 'Shoulder pain with no sub-region named; marks are the usual shoulder and shoulder-blade area, my reading. Single muscle by design.',
  },
  {
    name: 'Upper back myofascial pain syndrome treated by laser over the upper trapezius',
    marks: ['upper_shoulder_top', 'interscapular', 'posterior_neck'],
    muscles: ['upper_trapezius'],
    source: {
      source: 'akgul_kocabal_2024_upper_back_myofascial_laser',
      locator:
        'abstract: 60 MPS patients; LLLT at four points on the upper trapezius; neck ROM and neck pain disability',
    },
    note: 'Doubtful: the abstract says myofascial pain syndrome of the upper back region and treats four points on the upper trapezius, but does not say "trigger points" in so many words. Marks: upper back and neck, as the title and outcomes suggest.',
  },
  {
    name: 'Non-cardiac chest pain referred from rhomboid trigger points (case series)',
    marks: ['upper_chest', 'sternum', 'interscapular'],
    muscles: ['rhomboids'],
    source: {
      source: 'rajith_2016_rhomboid_noncardiac_chest_pain',
      locator:
        'abstract: 30 patients with non-cardiac chest pain; rhomboids trigger point established as the cause; ischemic pressure',
    },
    note: 'Doubtful: an unusual claim from a small journal; all patients also met fibromyalgia criteria per the abstract. The abstract says chest pain without naming a chest region; marks are the front of the chest plus the area between the shoulder blades where the muscle lies, my reading.',
  },
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
