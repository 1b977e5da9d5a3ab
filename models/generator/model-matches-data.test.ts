// @vitest-environment node
/**
 * Checks that the fitting tables, the figures and the built model agree with the data (the
 * fidelity against BodyParts3D itself is in anatomy-fidelity.test.ts).
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { describedMuscles } from '../fit/described.ts'
import { partSpecs } from '../fit/parts.ts'
import { muscleCatalogue as muscles } from '../../src/data/muscle-catalogue.ts'
import { tenderPoints } from '../../src/data/tender-points.ts'
import type { Muscle } from '../../src/data/types.ts'
import { muscleNodeName } from './body-model.ts'
import { figures } from './figures.ts'
import type { BodyManifest } from './manifest.ts'
import { modelFilePaths } from './model-files.ts'

const data: Record<string, Muscle> = muscles
const modelsDir = resolve(import.meta.dirname, '..')

describe('the fitting tables match the data', () => {
  it('every data part with an FMA id is fitted to that id, and every other part is shaped from description', () => {
    const described = new Set(describedMuscles.map((d) => d.muscle))
    for (const [id, muscle] of Object.entries(data)) {
      for (const part of muscle.parts) {
        const spec = partSpecs.find((s) => s.muscle === id && s.part === part.id)
        if (part.fma)
          expect(spec?.fma, `${id}.${part.id}: models/fit/parts/ fits the left FMA id of the data`).toBe(part.fma.left)
        else {
          expect(spec, `${id}.${part.id} has no FMA id but a fitted spec`).toBeUndefined()
          expect(
            described.has(id),
            `${id}.${part.id} has no FMA id: it needs a recipe in models/fit/described.ts`,
          ).toBe(true)
        }
      }
      // A figure is measured exactly when every part of the muscle has a reference mesh.
      expect(figures.muscles[id]?.measured, `${id}: measured flag`).toBe(muscle.parts.every((p) => p.fma))
    }
    for (const spec of partSpecs)
      expect(
        data[spec.muscle]?.parts.some((p) => p.id === spec.part),
        `${spec.muscle}.${spec.part} is fitted but not in the data`,
      ).toBe(true)
  })
})

describe('models/ matches the data', () => {
  const manifestPath = resolve(modelsDir, 'body.manifest.json')

  it('the manifest has both sides of every data muscle and an anchor for every trigger point', () => {
    expect(existsSync(manifestPath), 'models/body.manifest.json (run npm run build:model)').toBe(true)
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as BodyManifest
    for (const [id, muscle] of Object.entries(data)) {
      const entry = manifest.muscles[id]
      expect(entry, `manifest entry for ${id}`).toBeDefined()
      expect(entry!.layer).toBe(muscle.layer)
      expect(entry!.measured, `${id} measured`).toBe(figures.muscles[id]!.measured)
      for (const side of ['left', 'right'] as const) {
        expect(entry![side].node).toBe(muscleNodeName(id, side))
        const { min, max } = entry![side].bounds
        for (const trp of muscle.triggerPoints) {
          const anchor = entry![side].triggerPoints[trp.id]
          expect(anchor, `${id}.${trp.id} ${side}`).toBeDefined()
          expect(Math.hypot(...anchor!.normal)).toBeCloseTo(1, 3)
          // Left anchors lie on the body's left (x > 0), right ones on its right.
          expect(Math.sign(anchor!.position[0]), `${id}.${trp.id} ${side}`).toBe(side === 'left' ? 1 : -1)
          // On the muscle: inside its bounds (0.1 mm of rounding either way).
          for (let k = 0; k < 3; k++) {
            expect(anchor!.position[k], `${id}.${trp.id} ${side} inside the muscle's bounds`).toBeGreaterThanOrEqual(
              min[k]! - 1e-4,
            )
            expect(anchor!.position[k], `${id}.${trp.id} ${side} inside the muscle's bounds`).toBeLessThanOrEqual(
              max[k]! + 1e-4,
            )
          }
        }
      }
    }
  })

  it('the manifest has an anchor on each side for every tender point, inside its marker muscle', () => {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as BodyManifest
    expect(Object.keys(manifest.tenderPoints ?? {}).sort()).toEqual(Object.keys(tenderPoints).sort())
    for (const [id, tp] of Object.entries(tenderPoints)) {
      for (const side of ['left', 'right'] as const) {
        const anchor = manifest.tenderPoints[id]![side]
        expect(Math.hypot(...anchor.normal), `${id} ${side}`).toBeCloseTo(1, 3)
        expect(Math.sign(anchor.position[0]), `${id} ${side}`).toBe(side === 'left' ? 1 : -1)
        const { min, max } = manifest.muscles[tp.marker.muscle]![side].bounds
        for (let k = 0; k < 3; k++) {
          expect(anchor.position[k], `${id} ${side} inside ${tp.marker.muscle}'s bounds`).toBeGreaterThanOrEqual(
            min[k]! - 1e-4,
          )
          expect(anchor.position[k], `${id} ${side} inside ${tp.marker.muscle}'s bounds`).toBeLessThanOrEqual(
            max[k]! + 1e-4,
          )
        }
      }
    }
  })

  it('the skin file has the skin (with _REGION); the muscles file a node for each side of every data muscle', () => {
    // glb: 12-byte header, then the JSON chunk (length, type, text).
    const jsonOf = (path: string) => {
      const glb = readFileSync(path)
      return JSON.parse(glb.subarray(20, 20 + glb.readUInt32LE(12)).toString('utf8')) as {
        scenes: { name: string }[]
        nodes: { name: string; mesh?: number }[]
        meshes: { primitives: { attributes: Record<string, number> }[] }[]
      }
    }
    const skinJson = jsonOf(modelFilePaths.skin)
    const skin = skinJson.nodes.find((n) => n.name === 'skin')
    expect(skin?.mesh).toBeDefined()
    expect(Object.keys(skinJson.meshes[skin!.mesh!]!.primitives[0]!.attributes)).toContain('_REGION')
    const musclesJson = jsonOf(modelFilePaths.muscles)
    const names = new Set(musclesJson.nodes.map((n) => n.name))
    expect(names.has('skin'), 'the skin is in its own file only').toBe(false)
    // The app finds nodes by name among every object of a file, its scene too.
    for (const json of [skinJson, musclesJson])
      for (const scene of json.scenes) expect(names.has(scene.name) || scene.name === 'skin', scene.name).toBe(false)
    for (const id of Object.keys(data))
      for (const side of ['left', 'right'] as const)
        expect(names.has(muscleNodeName(id, side)), muscleNodeName(id, side)).toBe(true)
  })
})
