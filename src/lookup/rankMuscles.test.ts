import { describe, expect, it } from 'vitest'
import { muscleIds } from '../data/muscles.ts'
import { isMidline, regionIds } from '../data/regions.ts'
import { studyFindings } from '../data/study-findings/index.ts'
import { painGuideCases } from './painGuideCases.ts'
import {
  GUIDE_WEIGHT,
  LOCAL_WEIGHT,
  NEAR_SPILLOVER_COVER,
  NEARBY_COVER,
  neighboursOf,
  rankMuscles,
  SPILLOVER_COVER,
  studyEvidence,
  type PainMark,
  type RankedMuscle,
} from './rankMuscles.ts'

const names = (ranked: RankedMuscle[]) => ranked.map((r) => (r.side ? `${r.muscle}/${r.side}` : r.muscle))
const find = (ranked: RankedMuscle[], muscle: string, side?: string) =>
  ranked.find((r) => r.muscle === muscle && r.side === side)

describe('rankMuscles: the rules', () => {
  it('returns nothing for no marks, or only marks that count for nothing', () => {
    expect(rankMuscles([])).toEqual([])
    expect(rankMuscles([{ region: 'temple', side: 'left', weight: 0 }])).toEqual([])
    expect(
      rankMuscles([
        { region: 'temple', weight: -2 },
        { region: 'heel', weight: Number.NaN },
      ]),
    ).toEqual([])
  })

  it('returns every muscle that explains a mark, each with a positive score, best first', () => {
    const ranked = rankMuscles([{ region: 'lateral_elbow', side: 'left' }])
    expect(ranked.length).toBeGreaterThan(3)
    for (const r of ranked) expect(r.score).toBeGreaterThan(0)
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score)
    expect(names(ranked)).toContain('supinator/left')
  })

  it('keeps referral on the same side: a mark on the left matches left muscles only', () => {
    const ranked = rankMuscles([{ region: 'lateral_elbow', side: 'left' }])
    expect(ranked.every((r) => r.side === 'left')).toBe(true)
    const both = rankMuscles([
      { region: 'lateral_elbow', side: 'left' },
      { region: 'heel', side: 'right' },
    ])
    expect(find(both, 'supinator', 'left')?.essential).toEqual(['lateral_elbow'])
    expect(find(both, 'supinator', 'right')).toBeUndefined()
    expect(find(both, 'soleus', 'right')?.essential).toEqual(['heel'])
    expect(find(both, 'soleus', 'left')).toBeUndefined()
  })

  it('lets a midline region match muscles on both sides', () => {
    expect(isMidline('sacrum')).toBe(true)
    const ranked = rankMuscles([
      { region: 'sacrum', side: 'left' },
      { region: 'heel', side: 'right' },
    ])
    const left = find(ranked, 'gluteus_maximus', 'left')
    const right = find(ranked, 'gluteus_maximus', 'right')
    expect(left?.essential).toEqual(['sacrum'])
    expect(right?.essential).toEqual(['sacrum'])
    expect(left?.score).toBe(right?.score)
  })

  it('ranks muscles without a side when no mark carries one (or only midline marks do)', () => {
    for (const marks of [
      [{ region: 'temple' }, { region: 'heel' }],
      [{ region: 'sacrum', side: 'left' }],
    ] as PainMark[][]) {
      const ranked = rankMuscles(marks)
      expect(ranked.length).toBeGreaterThan(0)
      for (const r of ranked) expect('side' in r).toBe(false)
      expect(new Set(ranked.map((r) => r.muscle)).size).toBe(ranked.length)
    }
  })

  it('counts a mark without a side, among marks with sides, for both sides', () => {
    const ranked = rankMuscles([{ region: 'temple' }, { region: 'heel', side: 'left' }])
    expect(find(ranked, 'temporalis', 'left')?.essential).toEqual(['temple'])
    expect(find(ranked, 'temporalis', 'right')?.essential).toEqual(['temple'])
  })

  it('weighs an essential-zone match above a spillover-zone match, for every region', () => {
    for (const region of regionIds) {
      const ranked = rankMuscles([{ region, side: 'left' }])
      const essential = ranked.filter((r) => r.essential.length > 0).map((r) => r.score)
      const spillover = ranked.filter((r) => r.essential.length === 0).map((r) => r.score)
      if (essential.length > 0 && spillover.length > 0)
        expect(Math.min(...essential), region).toBeGreaterThan(Math.max(...spillover))
    }
  })

  it('prefers a muscle that explains more of the marked areas to one that explains one strongly', () => {
    // The supraspinatus spillover zone reaches the first three; the palmaris longus essential zone only the palm.
    const marks: PainMark[] = ['upper_arm_lateral', 'lateral_elbow', 'forearm_posterior', 'palm'].map(
      (region) => ({ region, side: 'left' }) as PainMark,
    )
    const ranked = rankMuscles(marks)
    const broad = find(ranked, 'supraspinatus', 'left')!
    const strong = find(ranked, 'palmaris_longus', 'left')!
    expect(broad.essential).toEqual([])
    expect(broad.spillover).toEqual(['upper_arm_lateral', 'lateral_elbow', 'forearm_posterior'])
    expect(strong.essential).toEqual(['palm'])
    expect(broad.score).toBeGreaterThan(strong.score)
    expect(ranked.indexOf(broad)).toBeLessThan(ranked.indexOf(strong))
  })

  it('scores the share of the marked area explained, plus a prior of at most 0.01', () => {
    const ranked = rankMuscles([
      { region: 'temple', side: 'left' },
      { region: 'heel', side: 'left' },
    ])
    const temporalis = find(ranked, 'temporalis', 'left')!
    expect(temporalis.score).toBeGreaterThanOrEqual(0.5)
    expect(temporalis.score).toBeLessThanOrEqual(0.51)
    const masseter = find(ranked, 'masseter', 'left')!
    expect(masseter.spillover).toEqual(['temple'])
    expect(masseter.score).toBeGreaterThanOrEqual(SPILLOVER_COVER / 2)
    expect(masseter.score).toBeLessThanOrEqual(SPILLOVER_COVER / 2 + 0.01)
  })

  it('scales each mark by its weight', () => {
    const heavyHeel = rankMuscles([
      { region: 'temple', side: 'left' },
      { region: 'heel', side: 'left', weight: 3 },
    ])
    const heavyTemple = rankMuscles([
      { region: 'temple', side: 'left', weight: 3 },
      { region: 'heel', side: 'left' },
    ])
    expect(heavyHeel[0]!.essential).toEqual(['heel'])
    expect(heavyTemple[0]!.essential).toEqual(['temple'])
    expect(find(heavyHeel, 'soleus', 'left')!.score).toBeGreaterThan(0.75)
    expect(find(heavyHeel, 'temporalis', 'left')!.score).toBeLessThan(0.26)
  })

  it('counts the same region and side once, with the larger weight', () => {
    const once = rankMuscles([
      { region: 'temple', side: 'left' },
      { region: 'heel', side: 'left', weight: 2 },
    ])
    const twice = rankMuscles([
      { region: 'temple', side: 'left' },
      { region: 'heel', side: 'left' },
      { region: 'heel', side: 'left', weight: 2 },
    ])
    expect(twice).toEqual(once)
  })

  it('is deterministic and does not depend on the order of the marks', () => {
    const marks: PainMark[] = [
      { region: 'low_back', side: 'left' },
      { region: 'buttock', side: 'left', weight: 2 },
      { region: 'sacrum', side: 'right' },
      { region: 'lateral_thigh', side: 'right' },
      { region: 'calf', side: 'left', weight: 0.5 },
    ]
    const first = rankMuscles(marks)
    expect(rankMuscles(marks)).toEqual(first)
    expect(rankMuscles([...marks].reverse())).toEqual(first)
    expect(rankMuscles([marks[2]!, marks[0]!, marks[4]!, marks[1]!, marks[3]!])).toEqual(first)
  })

  it('breaks ties by muscle order, head to toe, then left before right', () => {
    const ranked = rankMuscles([
      { region: 'buttock', side: 'left' },
      { region: 'sacrum', side: 'right' },
    ])
    for (let i = 1; i < ranked.length; i++) {
      const [a, b] = [ranked[i - 1]!, ranked[i]!]
      if (a.score !== b.score) continue
      const order = (r: RankedMuscle) => muscleIds.indexOf(r.muscle) * 2 + (r.side === 'right' ? 1 : 0)
      expect(order(a)).toBeLessThan(order(b))
    }
  })

  it('returns at most `limit` muscles', () => {
    const all = rankMuscles([{ region: 'buttock', side: 'left' }])
    expect(all.length).toBeGreaterThan(10)
    expect(rankMuscles([{ region: 'buttock', side: 'left' }], { limit: 10 })).toEqual(all.slice(0, 10))
    expect(rankMuscles([{ region: 'buttock', side: 'left' }], { limit: 0 })).toEqual([])
  })

  it('says why in plain words, naming the marked areas each muscle explains and those it does not', () => {
    const marks: PainMark[] = ['temple', 'eye_orbit', 'occiput', 'heel'].map(
      (region) => ({ region, side: 'left' }) as PainMark,
    )
    const ranked = rankMuscles(marks)
    expect(find(ranked, 'suboccipital_muscles', 'left')!.reason).toBe(
      'Its usual pattern covers your temple, your back of the head and your eye and brow. It does not explain your heel.',
    )
    expect(find(ranked, 'temporalis', 'left')!.reason).toBe(
      "Its usual pattern covers your temple and your eye and brow; it may also reach your back of the head. Travell & Simons' pain guide lists it second for your eye and brow. It does not explain your heel.",
    )
    expect(find(ranked, 'upper_trapezius', 'left')!.reason).toBe(
      "Its usual pattern covers your temple; it may also reach your back of the head and your eye and brow. Travell & Simons' pain guide lists it first for your temple and back of the head. It does not explain your heel.",
    )
    expect(find(ranked, 'soleus', 'left')!.reason).toMatch(
      /^Its usual pattern covers your heel\b.*It does not explain your temple, your back of the head and your eye and brow\.$/,
    )
    expect(rankMuscles([{ region: 'temple' }]).find((r) => r.muscle === 'masseter')!.reason).toBe(
      'Its pattern may reach your temple.',
    )
    const hip = rankMuscles([
      { region: 'lateral_thigh', side: 'left' },
      { region: 'lateral_hip_trochanter', side: 'left' },
    ])
    expect(find(hip, 'vastus_lateralis', 'left')!.reason).toBe(
      "Its usual pattern covers your outer thigh; it may also reach your side of the hip. Travell & Simons' pain guide lists it second for your outer thigh.",
    )
    expect(find(hip, 'tensor_fasciae_latae', 'left')!.reason).toBe(
      'Its usual pattern covers your side of the hip and outer thigh.',
    )
  })

  it('counts a little for a muscle whose usual pattern only borders a marked area, below every muscle that reaches it', () => {
    const ranked = rankMuscles([{ region: 'lateral_shoulder_deltoid', side: 'left' }])
    const reaching = ranked.filter((r) => r.essential.length + r.spillover.length > 0)
    const bordering = ranked.filter((r) => r.essential.length + r.spillover.length === 0 && r.nearby.length > 0)
    expect(bordering.length).toBeGreaterThan(0)
    for (const r of bordering) {
      expect(r.nearby).toEqual(['lateral_shoulder_deltoid'])
      expect(r.score).toBeLessThan(0.06)
      expect(r.reason).toBe('Its usual pattern lies next to your side of the shoulder.')
    }
    expect(ranked.indexOf(bordering[0]!)).toBe(reaching.length)
    // The infraspinatus refers to the front of the shoulder, which borders its side.
    expect(find(ranked, 'infraspinatus', 'left')!.nearby).toEqual(['lateral_shoulder_deltoid'])
    // Bordering counts on the mark's own side only.
    expect(
      rankMuscles([
        { region: 'lateral_shoulder_deltoid', side: 'left' },
        { region: 'heel', side: 'right' },
      ]).some((r) => r.muscle === 'infraspinatus' && r.side === 'right'),
    ).toBe(false)
  })

  it('counts less still for a muscle whose pattern only borders a marked area through its spillover zone', () => {
    const ranked = rankMuscles([{ region: 'lateral_shoulder_deltoid', side: 'left' }])
    const viaEssential = ranked.filter((r) => r.nearby.length > 0)
    const viaSpillover = ranked.filter((r) => r.nearSpillover.length > 0)
    expect(viaSpillover.length).toBeGreaterThan(0)
    for (const r of viaSpillover) {
      expect(r.essential.length + r.spillover.length + r.nearby.length).toBe(0)
      expect(r.nearSpillover).toEqual(['lateral_shoulder_deltoid'])
      expect(r.score).toBeLessThan(0.03)
      expect(r.reason).toBe('Its pattern may spread close to your side of the shoulder.')
      // Below every muscle whose usual (essential) pattern borders the mark.
      for (const e of viaEssential) expect(ranked.indexOf(r)).toBeGreaterThan(ranked.indexOf(e))
    }
    // Among muscles that reach the marks, it names where the pattern may spread in words too.
    const arm = rankMuscles([
      { region: 'lateral_elbow', side: 'left' },
      { region: 'thumb', side: 'left' },
    ])
    const brachialis = find(arm, 'brachialis', 'left')!
    expect(brachialis.essential).toEqual(['thumb'])
    expect(brachialis.nearSpillover).toEqual(['lateral_elbow'])
    expect(brachialis.reason).toBe(
      'Its usual pattern covers your thumb. Its pattern may also spread close to your outer elbow.',
    )
    // A muscle that reaches one mark and only borders the other's spillover outranks one that
    // reaches the same mark alone.
    expect(find(arm, 'adductor_pollicis', 'left')!.reason).toBe(
      'Its usual pattern covers your thumb. It does not explain your outer elbow.',
    )
    expect(arm.indexOf(brachialis)).toBeLessThan(arm.indexOf(find(arm, 'adductor_pollicis', 'left')!))
  })

  it('reads the bordering regions both ways and only between regions of the vocabulary', () => {
    for (const id of regionIds) {
      for (const n of neighboursOf(id)) {
        expect(regionIds).toContain(n)
        expect(n).not.toBe(id)
        expect(neighboursOf(n), `${id} - ${n}`).toContain(id)
      }
      expect(neighboursOf(id).length, id).toBeGreaterThan(0)
    }
    expect(neighboursOf('lateral_shoulder_deltoid')).toEqual([
      'upper_shoulder_top',
      'anterior_shoulder',
      'posterior_shoulder',
      'upper_arm_lateral',
    ])
  })
})

describe("rankMuscles against Travell & Simons' regional pain guides", () => {
  it('has at least 25 cases covering every guide, each with 2 to 4 distinct muscles', () => {
    expect(painGuideCases.length).toBeGreaterThanOrEqual(25)
    const guides = new Set(painGuideCases.map((c) => c.source.locator))
    expect(guides.size).toBe(7)
    for (const c of painGuideCases) {
      expect(c.muscles.length, c.area).toBeGreaterThanOrEqual(2)
      expect(c.muscles.length, c.area).toBeLessThanOrEqual(4)
      expect(new Set(c.muscles).size, c.area).toBe(c.muscles.length)
    }
  })

  it('puts the muscles each guide lists first in the top ten for that single mark (recall >= 90%)', () => {
    let found = 0
    let listed = 0
    let complete = 0
    const misses: string[] = []
    for (const c of painGuideCases) {
      const top = rankMuscles([{ region: c.region, side: 'left' }], { limit: 10 }).map((r) => r.muscle)
      const missing = c.muscles.filter((m) => !top.includes(m))
      listed += c.muscles.length
      found += c.muscles.length - missing.length
      if (missing.length === 0) complete++
      else misses.push(`${c.area} (${c.region}): ${missing.join(', ')} not in top 10 [${top.join(', ')}]`)
    }
    const recall = found / listed
    console.log(
      `pain-guide recall: ${found}/${listed} muscles (${(100 * recall).toFixed(1)}%), ${complete}/${painGuideCases.length} cases complete` +
        (misses.length > 0 ? `\nmisses:\n  ${misses.join('\n  ')}` : ''),
    )
    expect(recall).toBeGreaterThanOrEqual(0.9)
  })
})

describe("rankMuscles: Travell & Simons' guide order (the guide term)", () => {
  /** The share of the marks a ranked muscle explains, from its lists (unit weights), with the local-pain term. */
  const share = (r: RankedMuscle, marks: number) =>
    (r.essential.length +
      SPILLOVER_COVER * r.spillover.length +
      NEARBY_COVER * r.nearby.length +
      NEAR_SPILLOVER_COVER * r.nearSpillover.length +
      LOCAL_WEIGHT * r.local.length) /
    marks

  it('adds at most GUIDE_WEIGHT per mark, only for marks the zones reach, and says so in the reason', () => {
    const drawings: PainMark[][] = [
      ...regionIds.map((region) => [{ region, side: 'left' as const }]),
      [
        { region: 'temple', side: 'left' },
        { region: 'eye_orbit', side: 'left' },
        { region: 'occiput', side: 'left' },
      ],
      [
        { region: 'big_toe', side: 'left' },
        { region: 'sole', side: 'left' },
      ],
    ]
    for (const marks of drawings) {
      for (const r of rankMuscles(marks)) {
        const label = `${marks.map((m) => m.region).join('+')}: ${r.muscle}`
        for (const g of r.guide) expect([...r.essential, ...r.spillover], label).toContain(g)
        const extra = r.score - share(r, marks.length)
        expect(extra, label).toBeGreaterThanOrEqual(0)
        // Focus and prior together add at most 0.008; the guide term at most GUIDE_WEIGHT per listed mark.
        expect(extra, label).toBeLessThanOrEqual(0.008 + (GUIDE_WEIGHT * r.guide.length) / marks.length + 1e-12)
        if (r.guide.length > 0)
          expect(r.reason, label).toMatch(/Travell & Simons' pain guide lists it (first|second) for your /)
        else expect(r.reason, label).not.toMatch(/pain guide/)
      }
    }
  })

  it('never lifts a muscle over one whose zones reach a single mark more closely', () => {
    for (const region of regionIds) {
      const ranked = rankMuscles([{ region, side: 'left' }])
      const kind = (r: RankedMuscle) => (r.essential.length ? 3 : r.spillover.length ? 2 : r.nearby.length ? 1 : 0)
      for (let i = 1; i < ranked.length; i++)
        expect(kind(ranked[i - 1]!), `${region}: ${ranked[i]!.muscle}`).toBeGreaterThanOrEqual(kind(ranked[i]!))
    }
  })

  it("orders muscles that explain the mark equally by the guide's first two places", () => {
    // The guide for lateral epicondylar pain: supinator, brachioradialis, extensor carpi radialis longus, triceps.
    const ranked = rankMuscles([{ region: 'lateral_elbow', side: 'left' }])
    const supinator = find(ranked, 'supinator', 'left')!
    const brachioradialis = find(ranked, 'brachioradialis', 'left')!
    // First among the muscles whose usual pattern covers the outer elbow ...
    expect(ranked[0]).toBe(supinator)
    expect(supinator.guide).toEqual(['lateral_elbow'])
    expect(supinator.reason).toBe(
      "Its usual pattern covers your outer elbow. Travell & Simons' pain guide lists it first for your outer elbow.",
    )
    // ... and second-listed brachioradialis, which only spills over to it here, first among those that may reach it.
    expect(brachioradialis.spillover).toEqual(['lateral_elbow'])
    expect(ranked.find((r) => r.essential.length === 0)).toBe(brachioradialis)
    expect(brachioradialis.reason).toBe(
      "Its pattern may reach your outer elbow. Travell & Simons' pain guide lists it second for your outer elbow.",
    )
    // The third and fourth places, and muscles the guide does not list, get no guide term.
    for (const m of ['extensor_carpi_radialis_longus', 'triceps_brachii', 'anconeus'])
      expect(find(ranked, m, 'left')!.guide, m).toEqual([])
  })
})

describe("the outer elbow and the back of the forearm (the issue's worked example)", () => {
  it('names the left forearm extensors and supinator first, each with a reason, as the app ranks them', () => {
    const ranked = rankMuscles(
      [
        { region: 'lateral_elbow', side: 'left' },
        { region: 'forearm_posterior', side: 'left' },
      ],
      { limit: 10, evidence: studyEvidence(studyFindings) },
    )
    const forearm = [
      'supinator',
      'extensor_carpi_radialis_longus',
      'extensor_carpi_radialis_brevis',
      'extensor_digitorum',
      'brachioradialis',
      'extensor_carpi_ulnaris',
    ]
    for (const r of ranked.slice(0, 3)) {
      expect(forearm).toContain(r.muscle)
      expect(r.side).toBe('left')
      expect(r.reason).toMatch(/^Its (usual pattern covers|pattern may reach) your (outer elbow|back of the forearm)/)
    }
  })

  it('prefers, among equal explanations, the muscle whose pattern is concentrated on the marks', () => {
    const ranked = rankMuscles([
      { region: 'lateral_elbow', side: 'left' },
      { region: 'forearm_posterior', side: 'left' },
    ])
    const at = (m: string) => ranked.findIndex((r) => r.muscle === m)
    expect(at('supinator')).toBeLessThan(at('triceps_brachii'))
  })
})
