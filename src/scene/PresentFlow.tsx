import { useEffect, useMemo, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { CatmullRomCurve3, MeshBasicMaterial, SphereGeometry, TubeGeometry, Vector3, type Mesh } from 'three'
import { useAppStore, type MuscleOnSide } from '../state/store.ts'
import { referralPaths } from './presentPaths.ts'

/**
 * What the flow is doing, for browser tests (read through TestHook): whether it animates now,
 * how many animations have started since the page loaded, the paths drawn and for what.
 */
export const presentFlowStatus = { animating: false, started: 0, paths: 0, shows: null as string | null }

/** One pass of the line growing from the X to the zone. */
const PASS_MS = 1400
/** Passes before the line stays still (the canvas then stops drawing). */
const PASSES = 3
const TUBE_SEGMENTS = 96
const TUBE_SIDES = 8
const TUBE_RADIUS = 0.0035
const PULSE_RADIUS = 0.009
/** The X's ink (markerMaterial): the path reads as drawn from the X, and red stays the pain's. */
const INK = '#1d1d1f'

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true
const easeInOut = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2)

/**
 * Present's animation: a line grows from each trigger point's X to its essential zone, with a
 * dot at its tip, a few times, then stays drawn still. Under prefers-reduced-motion the lines are
 * drawn still from the start. Only while presenting.
 */
export function PresentFlow() {
  const presenting = useAppStore((s) => s.presenting)
  const selected = useAppStore((s) => s.selected)
  return presenting && selected ? <Flow target={selected} /> : null
}

/**
 * Draws each line up to `progress` (0..1) of its length with its dot at the tip, or (null) whole
 * and still, without dots.
 */
function drawPaths(
  tubes: readonly TubeGeometry[],
  curves: readonly CatmullRomCurve3[],
  dots: readonly (Mesh | null)[],
  progress: number | null,
): void {
  tubes.forEach((tube, i) => {
    tube.setDrawRange(0, progress === null ? Infinity : Math.round(progress * TUBE_SEGMENTS) * TUBE_SIDES * 6)
    const dot = dots[i]
    if (!dot) return
    dot.visible = progress !== null
    if (progress !== null) curves[i]?.getPointAt(progress, dot.position)
  })
}

function Flow({ target }: { target: MuscleOnSide }) {
  const invalidate = useThree((s) => s.invalidate)
  const { muscle, side, part } = target
  const curves = useMemo(
    () => referralPaths(muscle, side, part).map((p) => new CatmullRomCurve3(p.points.map((v) => new Vector3(...v)))),
    [muscle, side, part],
  )
  const tubes = useMemo(
    () => curves.map((c) => new TubeGeometry(c, TUBE_SEGMENTS, TUBE_RADIUS, TUBE_SIDES, false)),
    [curves],
  )
  const pulse = useMemo(() => new SphereGeometry(PULSE_RADIUS, 12, 8), [])
  // Drawn over the body, as the X is, and under the X (render order 10), so the line starts at it.
  const material = useMemo(
    () => new MeshBasicMaterial({ color: INK, transparent: true, opacity: 0.85, depthTest: false, depthWrite: false }),
    [],
  )
  useEffect(() => () => tubes.forEach((t) => t.dispose()), [tubes])
  useEffect(
    () => () => {
      pulse.dispose()
      material.dispose()
    },
    [pulse, material],
  )

  const pulses = useRef<(Mesh | null)[]>([])
  const started = useRef<number | null>(null)

  useEffect(() => {
    presentFlowStatus.paths = tubes.length
    presentFlowStatus.shows = `${muscle}_${side}${part ? `_${part}` : ''}`
    if (reducedMotion() || tubes.length === 0) {
      drawPaths(tubes, curves, pulses.current, null)
      invalidate()
      return
    }
    started.current = performance.now()
    presentFlowStatus.animating = true
    presentFlowStatus.started++
    drawPaths(tubes, curves, pulses.current, 0)
    invalidate()
    return () => {
      started.current = null
      presentFlowStatus.animating = false
    }
  }, [tubes, curves, invalidate, muscle, side, part])
  useEffect(
    () => () => {
      presentFlowStatus.paths = 0
      presentFlowStatus.shows = null
    },
    [],
  )

  // The canvas draws on demand: ask for the next frame while a pass runs, none after the last.
  useFrame(() => {
    if (started.current === null) return
    const t = (performance.now() - started.current) / PASS_MS
    if (t >= PASSES) {
      started.current = null
      presentFlowStatus.animating = false
      drawPaths(tubes, curves, pulses.current, null)
    } else drawPaths(tubes, curves, pulses.current, easeInOut(t % 1))
    invalidate()
  })

  return (
    <group name="present_flow">
      {tubes.map((t) => (
        <mesh key={t.uuid} geometry={t} material={material} renderOrder={9} raycast={() => null} />
      ))}
      {tubes.map((t, i) => (
        <mesh
          key={`${t.uuid}-dot`}
          ref={(m) => {
            pulses.current[i] = m
          }}
          geometry={pulse}
          material={material}
          renderOrder={9}
          visible={false}
          raycast={() => null}
        />
      ))}
    </group>
  )
}
