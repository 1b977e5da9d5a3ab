import { useEffect } from 'react'
import { useThree } from '@react-three/fiber'
import { Box3, Mesh, Vector2, Vector3, type BufferGeometry } from 'three'
import { isMuscleId } from '../data/muscles.ts'
import { useAppStore } from '../state/store.ts'
import { bodyManifest, muscleNode } from './bodyManifest.ts'
import { cameraRigStatus } from './CameraRig.tsx'
import { motionViewStatus } from './MotionView.tsx'
import { bvhBuild } from './pickingBvh.ts'
import { precompileStatus } from './Precompile.tsx'
import { presentFlowStatus } from './PresentFlow.tsx'
import { referredPainLabels } from './referredPainZones.ts'
import { skinSurveyOf } from './skinSurveyOf.ts'

/**
 * What browser tests can ask the live scene. Only in the e2e build (`vite build --mode e2e`,
 * loaded by Scene.tsx) and there only under automation (navigator.webdriver); the production
 * build has none of it (`scripts/check-test-hook.ts` checks).
 */
export interface TriggerMapTestHook {
  /** Screen position (CSS pixels, page coordinates) of a muscle's centroid, through the live camera. */
  projectMuscle(muscle: string, side: 'left' | 'right'): { x: number; y: number } | null
  /** Screen position of any point of the model (metres). */
  projectPoint(point: readonly [number, number, number]): { x: number; y: number }
  /** Where a trigger point's marker sits on its muscle (metres), or null. */
  triggerPointAnchor(muscle: string, side: 'left' | 'right', trp: string): readonly [number, number, number] | null
  /** A point of the skin inside a region on one side (the manifest's region centre), or null. */
  regionCentroid(region: string, side: 'left' | 'right'): readonly [number, number, number] | null
  /**
   * The selected muscle's referred-pain pattern on screen: page pixels of every skin vertex of
   * its essential and spillover zones that faces the camera (null with nothing selected).
   */
  patternOnScreen(): { x: number; y: number }[] | null
  /** The tender-point rings in the scene: name (`tender_point_<id>_<side>`) and centre on the page. */
  tenderPointRings(): { name: string; x: number; y: number }[]
  /**
   * Keeps the lighter body drawn while the camera moves (MotionView.tsx) on screen after the
   * camera stops (true), or lets the full body return (false).
   */
  holdLighterView(hold: boolean): void
  /** Where the camera is (metres), for checking the framing. */
  cameraPosition(): [number, number, number]
  /** Resolves true once the last view request is applied and the camera held still for two frames. */
  cameraSettled(): Promise<boolean>
  /** three's count of renders so far, and what the last one drew (for the frame benchmark). */
  renderInfo(): { renders: number; calls: number; triangles: number }
  /**
   * The last render: when it ended (performance.now()), three's frame count, and the selection
   * its trigger-point markers showed (`muscle_side[_part]`, or null): the frame that paints a tap.
   */
  lastRender(): { at: number; frame: number; shows: string | null } | null
  /** The muscles, picking structures and ahead-of-time compiles: arrived, built or done, and how long they took. */
  loadInfo(): {
    /** The muscles' file has arrived and they are in the scene (the skin is drawn before). */
    musclesLoaded: boolean
    bvhBuilt: boolean
    bvhMs: number
    bvhTriangles: number
    precompiled: boolean
    precompileMs: number
    /** The lighter body drawn while the camera moves: built, and drawn in this browser (MotionView.tsx). */
    lighterBuilt: boolean
    lighterInUse: boolean
  }
  /**
   * Times hover picks (the raycast the pointer runs, over the whole scene) on a grid of
   * `columns` x `rows` points across the body's outline on screen, with the BVHs and, for
   * comparison, without them. Milliseconds per pick, each point picked `repeats` times (the
   * page's clock is coarse), over the points on the body (`onBody`) and over all (`all`).
   */
  pickTimes(
    columns: number,
    rows: number,
    repeats?: number,
  ): { picks: number; hits: number; bvh: PickStats; noBvh: PickStats; bvhAll: PickStats; noBvhAll: PickStats }
  /** Present's referral animation: running now, how many have started, paths drawn and for what. */
  presentFlow(): { animating: boolean; started: number; paths: number; shows: string | null }
  /** What a pointer at (x, y) page pixels hits, nearest first: object names and distances (metres). */
  pickAt(x: number, y: number): { name: string; distance: number }[]
}

/** Milliseconds per pick. */
export interface PickStats {
  median: number
  p95: number
  mean: number
}

declare global {
  interface Window {
    __triggermap?: TriggerMapTestHook
  }
}

/** Exposes `window.__triggermap` to end-to-end tests; absent for real users. */
export default function TestHook() {
  const camera = useThree((s) => s.camera)
  const gl = useThree((s) => s.gl)
  const scene = useThree((s) => s.scene)
  const raycaster = useThree((s) => s.raycaster)
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    if (!navigator.webdriver) return
    let last: { at: number; frame: number; shows: string | null } | null = null
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the scene as `this`; restored later
    const previous = scene.onAfterRender
    scene.onAfterRender = (...args) => {
      previous.apply(scene, args)
      const shows = (scene.getObjectByName('trigger_points')?.userData.shows as string | null | undefined) ?? null
      last = { at: performance.now(), frame: gl.info.render.frame, shows }
    }
    const pickTimes = (columns: number, rows: number, repeats = 10) => {
      const body = scene.getObjectByName('body')
      if (!body) throw new Error('pickTimes: the scene has no body yet')
      const box = new Box3().setFromObject(body)
      // The body's outline on screen, in normalised device coordinates.
      const ndc = new Box3()
      for (const x of [box.min.x, box.max.x])
        for (const y of [box.min.y, box.max.y])
          for (const z of [box.min.z, box.max.z]) {
            ndc.expandByPoint(new Vector3(x, y, z).project(camera))
          }
      const points: Vector2[] = []
      for (let i = 0; i < columns; i++)
        for (let j = 0; j < rows; j++) {
          points.push(
            new Vector2(
              ndc.min.x + ((i + 0.5) / columns) * (ndc.max.x - ndc.min.x),
              ndc.min.y + ((j + 0.5) / rows) * (ndc.max.y - ndc.min.y),
            ),
          )
        }
      const onBody = points.map((p) => {
        raycaster.setFromCamera(p, camera)
        return raycaster.intersectObjects(scene.children, true).length > 0
      })
      const hits = onBody.filter(Boolean).length
      const stats = (t: number[]): PickStats => {
        const sorted = [...t].sort((a, b) => a - b)
        if (sorted.length === 0) return { median: 0, p95: 0, mean: 0 }
        // floor(n * q) < n for q < 1, so each quantile is a time measured.
        const quantile = (q: number) => sorted[Math.floor(sorted.length * q)] ?? Number.NaN
        return {
          median: quantile(0.5),
          p95: quantile(0.95),
          mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
        }
      }
      const run = (reps: number): [PickStats, PickStats] => {
        const t = points.map((p) => {
          const s = performance.now()
          for (let k = 0; k < reps; k++) {
            raycaster.setFromCamera(p, camera)
            raycaster.intersectObjects(scene.children, true)
          }
          return (performance.now() - s) / reps
        })
        return [stats(t.filter((_, i) => onBody[i])), stats(t)]
      }
      run(1) // warm up
      const [bvh, bvhAll] = run(repeats)
      const trees = new Map<BufferGeometry, BufferGeometry['boundsTree']>()
      body.traverse((o) => {
        const g = (o as Mesh).geometry as BufferGeometry | undefined
        if (g?.boundsTree && !trees.has(g)) {
          trees.set(g, g.boundsTree)
          g.boundsTree = undefined
        }
      })
      let noBvh: PickStats, noBvhAll: PickStats
      try {
        // Slow enough that the clock needs fewer repeats.
        ;[noBvh, noBvhAll] = run(2)
      } finally {
        for (const [g, tree] of trees) g.boundsTree = tree
      }
      return { picks: points.length, hits, bvh, noBvh, bvhAll, noBvhAll }
    }
    const projectPoint = (p: readonly [number, number, number]) => {
      const v = new Vector3(...p).project(camera)
      const rect = gl.domElement.getBoundingClientRect()
      return { x: rect.left + ((v.x + 1) / 2) * rect.width, y: rect.top + ((1 - v.y) / 2) * rect.height }
    }
    window.__triggermap = {
      projectPoint,
      cameraPosition: () => camera.position.toArray(),
      tenderPointRings: () => {
        const centre = new Vector3()
        const rings: { name: string; x: number; y: number }[] = []
        scene.getObjectByName('tender_points')?.traverseVisible((o) => {
          if (o instanceof Mesh) rings.push({ name: o.name, ...projectPoint(o.getWorldPosition(centre).toArray()) })
        })
        return rings
      },
      patternOnScreen: () => {
        const { selected } = useAppStore.getState()
        const skin = scene.getObjectByName('skin')
        if (!selected || !(skin instanceof Mesh)) return null
        const survey = skinSurveyOf(skin.geometry as BufferGeometry, skin.matrixWorld)
        if (!survey) return null
        const states = referredPainLabels(selected.muscle, selected.side, selected.part)
        const points: { x: number; y: number }[] = []
        const p = new Vector3()
        const n = new Vector3()
        states.forEach((state, label) => {
          if (state === 0) return
          for (const v of survey.vertices[label] ?? []) {
            p.fromArray(survey.positions, v * 3)
            n.fromArray(survey.normals, v * 3)
            if (n.dot(camera.position.clone().sub(p)) > 0) points.push(projectPoint([p.x, p.y, p.z]))
          }
        })
        return points
      },
      cameraSettled: async () => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
        const before = camera.position.toArray().join()
        await frame()
        const { cameraRequest, freeCanvas } = useAppStore.getState()
        // The request is applied, for the free part of the canvas the page shows now.
        const handled =
          cameraRigStatus.handledId === (cameraRequest?.id ?? 0) && cameraRigStatus.free === JSON.stringify(freeCanvas)
        // And the full body drawn again, not the lighter one shown while the camera moved.
        return handled && camera.position.toArray().join() === before && motionViewStatus.detailShown
      },
      projectMuscle: (muscle, side) => (isMuscleId(muscle) ? projectPoint(muscleNode(muscle, side).centroid) : null),
      triggerPointAnchor: (muscle, side, trp) =>
        isMuscleId(muscle) ? (muscleNode(muscle, side).triggerPoints[trp]?.position ?? null) : null,
      regionCentroid: (region, side) =>
        bodyManifest.skin.regionCentres[`${region}_${side === 'left' ? 'l' : 'r'}`] ?? null,
      renderInfo: () => ({
        renders: gl.info.render.frame,
        calls: gl.info.render.calls,
        triangles: gl.info.render.triangles,
      }),
      lastRender: () => last,
      loadInfo: () => ({
        musclesLoaded: useAppStore.getState().musclesLoaded,
        bvhBuilt: bvhBuild.done,
        bvhMs: bvhBuild.ms,
        bvhTriangles: bvhBuild.triangles,
        precompiled: precompileStatus.done,
        precompileMs: precompileStatus.ms,
        lighterBuilt: motionViewStatus.lighterBuilt,
        lighterInUse: motionViewStatus.lighterInUse,
      }),
      pickTimes,
      presentFlow: () => ({ ...presentFlowStatus }),
      holdLighterView: (hold) => {
        motionViewStatus.holdLighter = hold
        invalidate()
      },
      pickAt: (x, y) => {
        const rect = gl.domElement.getBoundingClientRect()
        raycaster.setFromCamera(
          new Vector2(((x - rect.left) / rect.width) * 2 - 1, 1 - ((y - rect.top) / rect.height) * 2),
          camera,
        )
        return raycaster
          .intersectObjects(scene.children, true)
          .map((h) => ({ name: h.object.name, distance: h.distance }))
      },
    }
    return () => {
      scene.onAfterRender = previous
      delete window.__triggermap
    }
  }, [camera, gl, scene, raycaster, invalidate])
  return null
}
