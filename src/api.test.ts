import { describe, expect, it } from 'vitest'
import {
  explainers,
  muscleIds,
  muscles,
  rankMuscles,
  regionIds,
  regions,
  sources,
  studyEvidence,
  studyFindings,
  treatments,
  type Muscle,
  type MuscleId,
  type PainMark,
  type RankedMuscle,
  type RegionId,
  type Side,
  type Source,
  type SourceId,
  type StudyFinding,
  type Treatment,
  type TreatmentId,
  type TriggerPoint,
} from './api.ts'

describe('public API', () => {
  it('exposes the muscle catalogue with its ids', () => {
    expect(muscleIds.length).toBeGreaterThanOrEqual(100)
    expect(Object.keys(muscles)).toEqual(muscleIds)
    const infraspinatus: Muscle = muscles.infraspinatus
    const first: TriggerPoint = infraspinatus.triggerPoints[0]!
    expect(infraspinatus.name).toBe('Infraspinatus')
    expect(first.essentialZone.length).toBeGreaterThan(0)
  })

  it('exposes regions, treatments, sources and explainers that the muscles point at', () => {
    expect(Object.keys(regions)).toEqual(regionIds)
    for (const id of muscleIds) {
      for (const t of muscles[id].triggerPoints) {
        for (const r of [...t.essentialZone, ...t.spilloverZone]) expect(regionIds).toContain(r)
      }
      for (const t of muscles[id].treatments) {
        const treatment: Treatment = treatments[t.id]
        expect(treatment.name.length).toBeGreaterThan(0)
      }
      for (const ref of muscles[id].sources) {
        const source: Source = sources[ref.source]
        expect(source.citation.length).toBeGreaterThan(0)
      }
    }
    expect(Object.keys(explainers).length).toBeGreaterThan(0)
    const bookId: SourceId = 'simons_travell_vol1_1999'
    expect(sources[bookId].kind).toBe('book')
    const heat: TreatmentId = 'heat'
    expect(treatments[heat].group).toBe('home')
  })

  it('ranks the muscles likely to refer marked pain, with reasons', () => {
    const side: Side = 'left'
    const region: RegionId = 'lateral_elbow'
    const marks: PainMark[] = [{ region, side }]
    const ranked: RankedMuscle[] = rankMuscles(marks, { limit: 10 })
    expect(ranked.length).toBeGreaterThan(0)
    expect(ranked.length).toBeLessThanOrEqual(10)
    const supinator = ranked.find((r) => r.muscle === 'supinator')!
    expect(supinator.side).toBe('left')
    expect(supinator.essential).toEqual(['lateral_elbow'])
    expect(supinator.reason).toBe(
      "Its usual pattern covers your outer elbow. Travell & Simons' pain guide lists it first for your outer elbow.",
    )
    const id: MuscleId = ranked[0]!.muscle
    expect(
      muscles[id].triggerPoints.some((t) => t.essentialZone.includes(region) || t.spilloverZone.includes(region)),
    ).toBe(true)
  })

  it('ranks as the app does with the study findings, each traced to its study', () => {
    const findings: readonly StudyFinding[] = studyFindings
    const ranked = rankMuscles([{ region: 'lateral_elbow', side: 'left' }], {
      limit: 10,
      evidence: studyEvidence(findings),
    })
    const first = ranked[0]!
    expect(first.studies.length).toBeGreaterThan(0)
    for (const count of first.studies) {
      expect(count.sources).toHaveLength(count.found)
      for (const ref of count.sources) expect(sources[ref.source].citation.length).toBeGreaterThan(0)
    }
    expect(first.reason).toMatch(/studies of people with pain in your outer elbow, trigger points were found in it/)
  })
})
