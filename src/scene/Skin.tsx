import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { useThree, type ThreeEvent } from '@react-three/fiber'
import { Vector3, type BufferAttribute } from 'three'
import { acceleratedRaycast } from 'three-mesh-bvh'
import { regionIds } from '../data/regions.ts'
import { applyBrush, beginStroke } from '../state/painMarks.ts'
import { usePainComposite } from '../state/painComposite.ts'
import { useAppStore } from '../state/store.ts'
import type { ModelPart } from './modelPart.ts'
import { buildSkinGraph, labelsWithinBrush, type SkinGraph } from './brush.ts'
import {
  createReferredPainMaterial,
  createZoneTexture,
  writeCompareStates,
  writeSkinStates,
} from './referredPainShader.ts'
import { skinOpacity } from './skinLook.ts'
import { labelCount, painHeatLabels, painMarkLabels, referredPainLabels } from './referredPainZones.ts'

const noZones = new Uint8Array(labelCount)
/** Outside "Where does it hurt" the skin takes no pointer events: clicks reach the muscles. */
const ignoreRaycast = () => null

/** The brush's graph of the skin, built once per model (the glb stores positions quantised). */
const skinGraphs = new WeakMap<ModelPart['geometry'], SkinGraph>()
function skinGraph(part: ModelPart): SkinGraph {
  const cached = skinGraphs.get(part.geometry)
  if (cached) return cached
  const pos = part.geometry.getAttribute('position') as BufferAttribute
  const lab = part.geometry.getAttribute('_region') as BufferAttribute
  const positions = new Float32Array(pos.count * 3)
  const labels = new Uint16Array(pos.count)
  const v = new Vector3()
  for (let i = 0; i < pos.count; i++) {
    v.fromBufferAttribute(pos, i).applyMatrix4(part.matrix)
    positions.set([v.x, v.y, v.z], i * 3)
    labels[i] = lab.getX(i)
  }
  const indices = part.geometry.index?.array ?? Uint32Array.from({ length: pos.count }, (_, i) => i)
  const graph = buildSkinGraph({ positions, labels, indices })
  skinGraphs.set(part.geometry, graph)
  return graph
}

/** Labels -> marks (region and side); a label past the regions (skin no region claims) marks nothing. */
const marksOf = (labels: readonly number[]) =>
  labels.flatMap((label) => {
    const region = regionIds[label >> 1]
    return region ? [{ region, side: label & 1 ? ('right' as const) : ('left' as const) }] : []
  })

/**
 * The skin: the selected muscle's referred-pain zones (or, while comparing, every muscle of the
 * patient list in its own colour), the person's pain marks and the heat of their saved drawings;
 * a canvas in paint mode.
 */
export function Skin({ part }: { part: ModelPart }) {
  const zones = useMemo(() => createZoneTexture(), [])
  const compare = useMemo(() => createZoneTexture(), [])
  const material = useMemo(() => createReferredPainMaterial(zones, compare), [zones, compare])
  const selected = useAppStore((s) => s.selected)
  const comparing = useAppStore((s) => s.comparing)
  const patientList = useAppStore((s) => s.patientList)
  const composite = usePainComposite()
  const painMarks = useAppStore((s) => s.painMarks)
  const painting = useAppStore((s) => s.mode === 'where_it_hurts')
  const skinVisible = useAppStore((s) => s.visibleLayers.skin)
  const dpr = useThree((s) => s.viewport.dpr)
  // The canvas draws on demand: a texture or uniform written here needs a frame to show.
  const invalidate = useThree((s) => s.invalidate)
  const surface = useMemo(() => (painting ? skinGraph(part) : null), [painting, part])
  const stroking = useRef(false)

  // In the same commit as the markers, so a selection's zones and X's appear in one frame.
  useLayoutEffect(() => {
    // While comparing, the list's patterns are drawn instead of the selection's own red.
    const zoneStates =
      selected && !comparing ? referredPainLabels(selected.muscle, selected.side, selected.part) : noZones
    const heat = painHeatLabels(composite.drawings, composite.areas)
    writeSkinStates(zones, zoneStates, painMarkLabels(painMarks), heat)
    writeCompareStates(compare, comparing ? patientList.map((m) => referredPainLabels(m.muscle, m.side)) : [])
    invalidate()
  }, [zones, compare, selected, comparing, patientList, painMarks, composite, invalidate])

  useEffect(() => {
    material.uniforms.uSkinOpacity.value = skinOpacity(painting, skinVisible)
    material.uniforms.uDotSpacing.value = 7 * dpr
    invalidate()
  }, [material, skinVisible, painting, dpr, invalidate])

  useEffect(
    () => () => {
      material.dispose()
      zones.dispose()
      compare.dispose()
    },
    [material, zones, compare],
  )

  const paint = (e: ThreeEvent<PointerEvent>) => {
    if (!surface || e.face == null) return
    // The hit point in model space, where the graph's positions are.
    const point = e.object.worldToLocal(e.point.clone()).applyMatrix4(part.matrix)
    const { brush } = useAppStore.getState()
    const labels = labelsWithinBrush(
      surface,
      { point: [point.x, point.y, point.z], face: [e.face.a, e.face.b, e.face.c] },
      brush.radius,
    )
    applyBrush(marksOf(labels), brush.tool)
  }

  const handlers = painting
    ? {
        onPointerDown: (e: ThreeEvent<PointerEvent>) => {
          if (e.button !== 0) return
          e.stopPropagation()
          stroking.current = true
          beginStroke()
          paint(e)
        },
        onPointerMove: (e: ThreeEvent<PointerEvent>) => {
          if (!stroking.current) return
          e.stopPropagation()
          paint(e)
        },
        onPointerUp: () => {
          stroking.current = false
        },
        onPointerLeave: () => {
          stroking.current = false
        },
      }
    : {}

  return (
    <mesh
      name="skin"
      geometry={part.geometry}
      matrix={part.matrix}
      matrixAutoUpdate={false}
      material={material}
      raycast={painting ? acceleratedRaycast : ignoreRaycast}
      renderOrder={1}
      {...handlers}
    />
  )
}
