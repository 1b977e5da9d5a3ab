import { useEffect, useMemo, useRef, useState } from 'react'
import { useFrame, useThree, type RootState } from '@react-three/fiber'
import {
  Color,
  DataTexture,
  Matrix4,
  Mesh,
  Vector2,
  Vector4,
  type BufferGeometry,
  type Object3D,
  type WebGLRenderer,
} from 'three'
import { boxOnScreen } from './boxOnScreen.ts'
import { createDrawnSkins, type DrawnSkins, type LighterSkin } from './drawnSkin.ts'
import { createFrameCopy, type FrameCopy } from './frameCopy.ts'
import type { ModelPart } from './modelPart.ts'
import { buildMotionBody, type MotionBody } from './motionBody.ts'
import { bareSkinError, maxError } from './motionLod.ts'
import { createMotionMaterial, type MotionMaterial } from './motionMaterial.ts'
import { movingFrameSize } from './motionResolution.ts'
import { coarsestWithin, pixelsPerMetre } from './screenScale.ts'

/**
 * What the canvas shows, for tests and the benchmark: whether the last frame drawn was the full
 * body (false while the lighter one stands in), whether the lighter body is built, and whether
 * this browser draws it while the camera moves. `holdLighter` (set only by the browser tests'
 * hook) keeps the lighter body on screen after the camera stops, so a test can look at it.
 */
export const motionViewStatus = { detailShown: true, lighterBuilt: false, lighterInUse: false, holdLighter: false }

/** A moving frame slower than this (ms) is too slow to follow a finger: about 20 frames a second. */
const slowFrameMs = 50
/** Moving frames in a row that must be slow before the lighter body takes over. */
const slowFramesToSwitch = 2
/**
 * How long (ms) the camera must hold still before the full body is drawn again: a finger that
 * only slowed down, or input that arrives late on a busy machine, does not stall the orbit on a
 * full frame.
 */
const stillForDetailMs = 200

/** A renderer that draws on the CPU (SwiftShader, llvmpipe, Microsoft's Basic Render Driver): every frame is slow. */
function softwareRasteriser(gl: WebGLRenderer): boolean {
  const context = gl.getContext()
  const info = context.getExtension('WEBGL_debug_renderer_info')
  const renderer = info ? String(context.getParameter(info.UNMASKED_RENDERER_WEBGL)) : ''
  return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(renderer)
}

const noRaycast = () => null

/**
 * While the camera moves on a browser that draws slowly, the canvas shows a lighter body: every
 * muscle in one mesh with a fifth of its triangles, or a coarser set of them where its error is
 * under half a pixel (the body seen whole: a fifteenth); the backdrop with an eighth of the skin's,
 * and the skin likewise but for the edges of whatever is drawn on it (drawnSkin.ts), or, while
 * nothing is, not at all: the muscles and the backdrop mix its veil in themselves. Drawn without
 * multisampling into a plain render target at one pixel per CSS
 * pixel or, on a large canvas, fewer (motionResolution.ts), and copied onto the canvas where the
 * body is. Once the camera has held still for 0.2 s the full body is
 * drawn again. Under a software rasteriser (a computer or phone whose GPU the browser will
 * not use; the browser tests) the full body costs about half a second a frame, most of it per
 * draw call and per triangle times the samples; the lighter one about a fifth of that, so the
 * body follows the finger. Where the full body moves smoothly it is drawn throughout: the
 * lighter one takes over only on a software rasteriser or after two moving frames slower than
 * 50 ms.
 *
 * It takes over drawing from React Three Fiber (a frame callback with priority 1), so every
 * frame passes through here; until the lighter body is built it draws the full one.
 */
interface MotionViewProps {
  skin: ModelPart
  /** Every muscle side by node name (the full meshes' names), and whether it lies under others. */
  muscles: readonly { name: string; part: ModelPart; deep: boolean }[]
}

export function MotionView({ skin, muscles }: MotionViewProps) {
  const gl = useThree((s) => s.gl)
  const scene = useThree((s) => s.scene)
  const camera = useThree((s) => s.camera)
  const invalidate = useThree((s) => s.invalidate)
  // Built where it will be drawn: at once on a software rasteriser, else once moving frames prove slow.
  const [wanted, setWanted] = useState(() => softwareRasteriser(gl))
  const [lighter, setLighter] = useState<MotionBody | null>(null)
  useEffect(() => {
    if (!wanted) return
    const job = buildMotionBody(skin, muscles)
    let built: MotionBody | null = null
    void job.done.then((body) => {
      built = body
      setLighter(body)
    })
    return () => {
      job.cancel()
      built?.dispose()
      setLighter(null)
    }
  }, [wanted, skin, muscles])
  const motion = useMemo(() => (lighter ? createMotionMaterial(lighter.slotOf.size) : null), [lighter])
  useEffect(() => () => motion?.dispose(), [motion])
  const copy = useMemo(() => createFrameCopy(), [])
  useEffect(() => () => copy.dispose(), [copy])
  const drawnSkins = useMemo(() => (lighter ? createDrawnSkins(lighter) : null), [lighter])
  useEffect(() => () => drawnSkins?.dispose(), [drawnSkins])
  const lighterBody = useMemo(() => (lighter && drawnSkins ? { ...lighter, drawnSkins } : null), [lighter, drawnSkins])
  const merged = useMemo(() => {
    if (!lighter || !motion) return null
    const mesh = new Mesh(lighter.muscles, motion.material)
    mesh.name = 'muscles_in_motion'
    mesh.visible = false
    mesh.raycast = noRaycast
    return mesh
  }, [lighter, motion])
  const state = useRef({
    view: new Matrix4(),
    projection: new Matrix4(),
    stillSince: 0,
    lastMoveAt: 0,
    slowMoves: 0,
    useLighter: wanted,
    wake: undefined as ReturnType<typeof setTimeout> | undefined,
  })
  /**
   * A frame after `ms`, asked for from outside the frame loop: the canvas draws on demand, and
   * a frame must come to put the full body back once the camera has held still.
   */
  const wakeAfter = (ms: number) => {
    clearTimeout(state.current.wake)
    state.current.wake = setTimeout(() => invalidate(), ms)
  }
  useEffect(() => {
    const s = state.current
    return () => clearTimeout(s.wake)
  }, [])

  useEffect(() => {
    if (!merged || !lighter) return
    motionViewStatus.lighterBuilt = true
    motionViewStatus.lighterInUse = state.current.useLighter
    // Its programs compiled ahead, as the render target needs them, so the first move does not
    // stall on a shader.
    const body = scene.getObjectByName('body')
    let cancelled = false
    if (body) {
      const drawnInMotion = body.children.filter((child) => !lighter.slotOf.has(child.name))
      gl.setRenderTarget(copy.target)
      const compiled = Promise.all(drawnInMotion.map((object) => gl.compileAsync(object, camera, scene)))
      gl.setRenderTarget(null)
      void Promise.all([compiled, gl.compileAsync(copy.scene, copy.camera)]).then(() => {
        if (!cancelled) invalidate()
      })
    }
    return () => {
      cancelled = true
      motionViewStatus.lighterBuilt = false
      motionViewStatus.lighterInUse = false
      motionViewStatus.detailShown = true
    }
  }, [gl, scene, camera, merged, lighter, copy, invalidate])

  useFrame((root: RootState) => {
    const { gl, scene, camera } = root
    const s = state.current
    camera.updateMatrixWorld()
    const moved = !s.view.equals(camera.matrixWorld) || !s.projection.equals(camera.projectionMatrix)
    s.view.copy(camera.matrixWorld)
    s.projection.copy(camera.projectionMatrix)
    const drawFull = () => {
      gl.render(scene, camera)
      motionViewStatus.detailShown = true
    }
    const now = performance.now()
    if (!moved) {
      s.lastMoveAt = 0
      if (s.stillSince === 0) s.stillSince = now
      // Wait before the costly full frame: the finger may only have paused.
      const waited = now - s.stillSince
      if (!motionViewStatus.detailShown && motionViewStatus.holdLighter) return
      if (!motionViewStatus.detailShown && waited < stillForDetailMs) wakeAfter(stillForDetailMs - waited)
      else drawFull()
      return
    }
    s.stillSince = 0
    clearTimeout(s.wake)
    if (!s.useLighter) {
      // Timing consecutive moving frames drawn in full: two slow ones in a row, and the lighter
      // body is built and stands in from then on.
      s.slowMoves = s.lastMoveAt > 0 && now - s.lastMoveAt > slowFrameMs ? s.slowMoves + 1 : 0
      s.lastMoveAt = now
      s.useLighter = s.slowMoves >= slowFramesToSwitch
      if (s.useLighter) setWanted(true)
    }
    motionViewStatus.lighterInUse = s.useLighter
    // Until it is built, the full body it is.
    const body = s.useLighter ? scene.getObjectByName('body') : undefined
    if (!s.useLighter || !lighterBody || !motion || !merged || !body) {
      drawFull()
      return
    }
    drawLighter(root, body, lighterBody, motion, merged, copy)
    motionViewStatus.detailShown = false
    wakeAfter(stillForDetailMs)
  }, 1)

  return merged ? <primitive object={merged} /> : null
}

/**
 * How far (metres) a lighter skin is lifted off the body: what its simplification lets it stray
 * by (motionLod.ts) and what the muscles' lets them (at least as much again): the lighter skin
 * may sink by its own error and a muscle rise by its own, so less would let muscles poke through
 * the skin in patches where the full skin lies just over them.
 */
const outsetFor = (skinError: number, musclesError: number) => skinError + Math.max(skinError, musclesError)

/** The skin material's uniforms (the referred-pain shader); other materials have none of its names. */
const uniformsOf = (mesh: Mesh) =>
  (mesh.material as { uniforms?: Record<string, { value: unknown } | undefined> }).uniforms ?? {}

/**
 * The lighter geometry a moving frame draws this mesh with: the bare skin for the backdrop (one
 * flat colour); for the skin, what drawnSkin.ts says for its state textures.
 */
function lighterSkinFor(mesh: Mesh, lighter: LighterBody): LighterSkin {
  const { uZones, uCompare } = uniformsOf(mesh)
  if (!(uZones?.value instanceof DataTexture) || !(uCompare?.value instanceof DataTexture))
    return { geometry: lighter.bareSkin, error: bareSkinError }
  return lighter.drawnSkins.skinFor([uZones.value, uCompare.value])
}

type LighterBody = MotionBody & { drawnSkins: DrawnSkins }

/**
 * How far (metres) a deep muscle of a coarser set is pushed back along the line of sight: the
 * muscles over and under it may each stray by the set's error, so it could otherwise come
 * through the muscle over it, a dark fleck on the turning body.
 */
const deepPushFor = (error: number) => 2 * error
/** The most a moving frame's coarser muscles may stray on it, in its pixels. */
const coarseMostPixels = 0.5

/** The skin's colour (linear) and opacity into `veil`, or opacity 0 when `skin` is null. */
function setVeil(veil: Vector4, skin: Mesh | null): void {
  const { uSkinColor, uSkinOpacity } = skin ? uniformsOf(skin) : {}
  if (uSkinColor?.value instanceof Color)
    veil.set(uSkinColor.value.r, uSkinColor.value.g, uSkinColor.value.b, Number(uSkinOpacity?.value ?? 0))
  else veil.set(0, 0, 0, 0)
}

function setUniform(mesh: Mesh, name: string, value: number): void {
  const uniform = uniformsOf(mesh)[name]
  if (uniform) uniform.value = value
}

/**
 * The backdrop (BodyBackdrop.tsx) writes its colour's linear value to the canvas as it is; through
 * the render target that value is encoded once more by the copy, so while it is drawn there its
 * colour is decoded once first, and it looks the same. Returns the colour to put back after.
 */
function decodeBackdropColour(mesh: Mesh): (() => void) | null {
  const colour = uniformsOf(mesh).uColor?.value
  if (!(colour instanceof Color)) return null
  const saved = colour.clone()
  colour.convertSRGBToLinear()
  return () => colour.copy(saved)
}

/**
 * How far round the body's box on screen the copy reaches (a share of the canvas): the trigger
 * point markers stand a little off the skin.
 */
const rectMargin = 0.02

/** The canvas's size in CSS pixels, read each moving frame into one vector. */
const cssSize = new Vector2()

/** Draws one frame of the lighter body, then puts the scene back as it was. */
function drawLighter(
  { gl, scene, camera }: RootState,
  body: Object3D,
  lighter: LighterBody,
  motion: MotionMaterial,
  merged: Mesh,
  copy: FrameCopy,
): void {
  const texels = motion.palette.image.data as Float32Array
  texels.fill(0)
  const hidden: Object3D[] = []
  const swapped: { mesh: Mesh; geometry: BufferGeometry }[] = []
  const restores: (() => void)[] = []
  // The target has at most one pixel per CSS pixel (motionResolution.ts): the skin's stipple,
  // spaced in device pixels, is drawn at the same size on screen by spacing it in the target's.
  const css = gl.getSize(cssSize)
  const target = movingFrameSize(css.x, css.y)
  const pixelRatio = Math.max(1, gl.getPixelRatio()) / target.scale
  const skin = body.getObjectByName('skin')
  // The coarsest muscles whose error is under half a pixel of the frame (motionLod.ts).
  const box = lighter.skin.boundingBox
  const scale = skin && box ? pixelsPerMetre(camera, box, skin.matrixWorld, target.height) : Infinity
  const coarser = coarsestWithin(lighter.coarserMuscles, scale, coarseMostPixels)
  merged.geometry = coarser?.geometry ?? lighter.muscles
  const musclesError = coarser?.error ?? maxError
  const dotSpacing = skin instanceof Mesh ? Number(uniformsOf(skin as Mesh).uDotSpacing?.value ?? 0) : 0
  // Two renders make one frame: three's frame count and draw totals count it once.
  const frame = gl.info.render.frame
  gl.info.reset()
  gl.info.autoReset = false
  // A skin showing nothing is a veil of one colour: the muscles and the backdrop mix it in
  // themselves, and the skin's pass (its whole outline again) is left out.
  const skinMesh = skin instanceof Mesh ? (skin as Mesh) : null
  const skinLighter = skinMesh ? lighterSkinFor(skinMesh, lighter) : null
  const veiled = !!skinMesh && skinLighter?.geometry === lighter.bareSkin
  setVeil(motion.veil, veiled ? skinMesh : null)
  try {
    for (const child of body.children) {
      const slot = lighter.slotOf.get(child.name)
      if (slot !== undefined && child instanceof Mesh && child.visible) {
        // The full mesh's own colour (rest, hover, selection) is the one its slot shows.
        const { color } = child.material as { color: { r: number; g: number; b: number } }
        const push = coarser && lighter.deepSlots.has(slot) ? deepPushFor(coarser.error) : 0
        texels.set([color.r, color.g, color.b, 1 + push], slot * 4)
        child.visible = false
        hidden.push(child)
      } else if (veiled && child === skinMesh && child.visible) {
        child.visible = false
        hidden.push(child)
      } else if ((child.name === 'skin' || child.name === 'body_backdrop') && child instanceof Mesh) {
        const mesh = child as Mesh
        swapped.push({ mesh, geometry: mesh.geometry })
        const { geometry, error } = (child === skinMesh ? skinLighter : null) ?? lighterSkinFor(mesh, lighter)
        mesh.geometry = geometry
        setUniform(mesh, 'uOutset', outsetFor(error, musclesError))
        const restore = decodeBackdropColour(mesh)
        if (restore) restores.push(restore)
        const { uVeil, uInset } = uniformsOf(mesh)
        if (veiled && uVeil?.value instanceof Vector4 && uInset) {
          // The veiled backdrop at the skin's surface, not under it: the body's outline, which the
          // skin's pass would draw over the page, is then where the skin's is.
          const veil = uVeil.value
          const inset = uInset.value
          veil.copy(motion.veil)
          uInset.value = 0
          restores.push(() => {
            veil.set(0, 0, 0, 0)
            uInset.value = inset
          })
        }
        // A whole number of target pixels: the dots then fall on the same texels in every cell,
        // and stay round when the frame is stretched.
        setUniform(mesh, 'uDotSpacing', Math.max(3, Math.round(dotSpacing / pixelRatio)))
      }
    }
    motion.palette.needsUpdate = true
    merged.visible = true
    if (skin && box) copy.setRect(boxOnScreen(box, skin.matrixWorld, camera, rectMargin))
    // Not a phone's two or three pixels per CSS pixel: that would cost four to nine times as much.
    if (copy.target.width !== target.width || copy.target.height !== target.height)
      copy.target.setSize(target.width, target.height)
    gl.setRenderTarget(copy.target)
    gl.render(scene, camera)
    gl.setRenderTarget(null)
    gl.render(copy.scene, copy.camera)
  } finally {
    gl.setRenderTarget(null)
    gl.info.autoReset = true
    gl.info.render.frame = frame + 1
    merged.visible = false
    for (const object of hidden) object.visible = true
    for (const restore of restores) restore()
    for (const { mesh, geometry } of swapped) {
      mesh.geometry = geometry
      setUniform(mesh, 'uOutset', 0)
      setUniform(mesh, 'uDotSpacing', dotSpacing)
    }
  }
}
