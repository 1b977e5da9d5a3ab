/**
 * Fits the skin's figures to the reference pack (run by hand: `npx tsx models/scripts/fit-skin.ts`).
 * Reads ../shared/anatomy-reference (skin.glb, skeleton.glb) and writes
 * models/generator/figures/skin.json (lofted segments: axes and rings of radii) and
 * models/generator/figures/landmarks.json (bony landmarks). Those figures are measurements of
 * BodyParts3D (CC BY-SA); no vertex or triangle of the reference is copied.
 * Only the outer layer of the reference skin is measured (models/scripts/reference-outer-skin.ts).
 * The segments and what each owns: models/scripts/fit-skin-specs.ts; one segment's fit:
 * models/scripts/fit-skin-segment.ts; the landmarks: models/scripts/fit-skin-landmarks.ts.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { loadReference } from './reference.ts'
import { measureLandmarks, scapulaOutline } from './fit-skin-landmarks.ts'
import { outerSkin } from './reference-outer-skin.ts'
import { segmentSpecs } from './fit-skin-specs.ts'
import { fitSegment, mm } from './fit-skin-segment.ts'
import type { SkinSegmentFigure } from '../generator/skin-figures.ts'

const figuresDir = resolve(import.meta.dirname, '../generator/figures')

/** JSON with one ring (or one landmark) per line: readable diffs, modest size. */
function formatSkin(segments: SkinSegmentFigure[]): string {
  const seg = segments.map((s) => {
    const head = `    "name": ${JSON.stringify(s.name)}, "symmetry": ${JSON.stringify(s.symmetry)}, "around": ${s.around},\n    "origin": ${JSON.stringify(s.origin)}, "axis": ${JSON.stringify(s.axis)}, "e1": ${JSON.stringify(s.e1)},`
    const arrays = `    "t": ${JSON.stringify(s.t)},\n    "cu": ${JSON.stringify(s.cu)},\n    "cv": ${JSON.stringify(s.cv)},`
    const r = `    "r": [\n${s.r.map((row) => `      ${JSON.stringify(row)}`).join(',\n')}\n    ]`
    return `  {\n${head}\n${arrays}\n${r}\n  }`
  })
  return `{\n"version": 1,\n"about": "Skin of TriggerMap's body model: lofted segments fitted to the BodyParts3D skin (see README.md in this folder). Metres; +Y up, +Z anterior, +X the body's left. Paired segments are the left limb; midline segments list the left half of each ring.",\n"segments": [\n${seg.join(',\n')}\n]\n}\n`
}

function formatLandmarks(points: Record<string, readonly number[]>, outline: [number, number][]): string {
  const rows = Object.entries(points).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v.map(mm))}`)
  return `{\n"version": 1,\n"about": "Bony landmarks measured on the BodyParts3D skeleton (and a few on its skin: eye, ear, nose tip, nipple, head top), left side or midline, metres. See README.md in this folder.",\n"points": {\n${rows.join(',\n')}\n},\n"scapulaOutline": ${JSON.stringify(outline.map((q) => q.map(mm)))}\n}\n`
}

/**
 * Overall measurements of a skin (extents in a few boxes), printed for models/generator/skin.test.ts,
 * which checks the generated skin against these figures. Same boxes as the test.
 */
function measurements(P: ArrayLike<number>, I: ArrayLike<number>): Record<string, number> {
  const used = new Set(Array.from(I))
  const boxes: Record<string, { axis: 0 | 1 | 2; y: [number, number]; x?: [number, number] }> = {
    stature: { axis: 1, y: [-1, 3] },
    span: { axis: 0, y: [-1, 3] },
    shoulders: { axis: 0, y: [1.25, 1.4] },
    chestDepth: { axis: 2, y: [1.2, 1.23], x: [-0.15, 0.15] },
    waist: { axis: 0, y: [1.0, 1.02], x: [-0.165, 0.165] },
    hips: { axis: 0, y: [0.78, 0.82], x: [-0.2, 0.2] },
    headWidth: { axis: 0, y: [1.5, 1.6] },
    headDepth: { axis: 2, y: [1.5, 1.6] },
    footLength: { axis: 2, y: [-1, 0.05], x: [0, 1] },
  }
  const out: Record<string, number> = {}
  for (const [name, box] of Object.entries(boxes)) {
    let lo = Infinity,
      hi = -Infinity
    for (const v of used) {
      const x = P[v * 3]!,
        y = P[v * 3 + 1]!
      if (y < box.y[0] || y > box.y[1] || (box.x && (x < box.x[0] || x > box.x[1]))) continue
      lo = Math.min(lo, P[v * 3 + box.axis]!)
      hi = Math.max(hi, P[v * 3 + box.axis]!)
    }
    out[name] = Math.round((hi - lo) * 10000) / 10000
  }
  return out
}

async function main() {
  const both = [...(await loadReference('skin.glb')).values()][0]
  if (!both) throw new Error('skin.glb has no mesh')
  const skin = outerSkin(both)
  const skeleton = await loadReference('skeleton.glb')
  const landmarks = measureLandmarks(skeleton, skin)
  const outline = scapulaOutline(skeleton)
  const started = performance.now()
  const segments = segmentSpecs(landmarks).map((spec) => fitSegment(skin, spec))
  writeFileSync(resolve(figuresDir, 'skin.json'), formatSkin(segments))
  writeFileSync(resolve(figuresDir, 'landmarks.json'), formatLandmarks(landmarks, outline))
  let numbers = 0
  for (const s of segments) {
    const n = s.t.length * 3 + s.r.reduce((a, r) => a + r.length, 0) + 9
    numbers += n
    console.log(
      `${s.name.padEnd(14)} rings ${String(s.t.length).padStart(3)}  around ${String(s.around).padStart(2)}  numbers ${n}`,
    )
  }
  console.log(
    `skin figures: ${numbers} numbers; landmarks: ${Object.keys(landmarks).length * 3 + outline.length * 2} numbers; fitted in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
  console.log(
    'reference measurements (metres, for skin.test.ts):',
    JSON.stringify(measurements(skin.positions, skin.indices)),
  )
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
