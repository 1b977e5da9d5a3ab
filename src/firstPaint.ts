/**
 * The body's first paint (issue 13): on a bare address, the body is drawn with plain WebGL as soon
 * as the skin's file is in, before three.js, React Three Fiber and the scene have loaded and run
 * (about 0.4 MB of code, a quarter of a second and more of a phone's time). It is what the scene's
 * own first frame shows, from the same file, camera and arithmetic (src/scene/firstPaint/), on a
 * canvas laid exactly where the scene's will be. The scene takes that canvas and its context over
 * (src/scene/firstPaint/handOver.ts); until then it never takes a pointer, and it goes if the stage
 * changes size under it.
 *
 * Nothing is painted where the first frame would differ or could not be matched: a link (it opens
 * on a muscle or a drawing: src/sceneFirst.ts), no WebGL 2, a file it does not expect, or the
 * scene already drawn. The scene then draws the body as before.
 */
import { MeshoptDecoder } from 'meshoptimizer/decoder'
import { preferencesKey } from './state/storedPreferences.ts'
import { canvasCovers, freeInsets } from './ui/freeCanvas.ts'
import { canvasDpr, drawingBufferFor, sizeCanvas } from './scene/drawingBuffer.ts'
import { frameMarked, isFrameMarked, whenFrameMarked } from './scene/frameMarked.ts'
import { frameMarks } from './scene/frameMarks.ts'
import { freeNdcRect, viewBasis, wholeBodyView } from './scene/framing.ts'
import { presetAzimuth } from './scene/presetAzimuth.ts'
import { sceneCamera } from './scene/sceneCamera.ts'
import { skinFileBytes } from './scene/skinFile.ts'
import { firstLook } from './scene/firstPaint/firstLook.ts'
import { offerPainted, sceneHasStarted, withdrawPainted } from './scene/firstPaint/handOver.ts'
import { paintSkin } from './scene/firstPaint/paintSkin.ts'
import { readSkinGlb } from './scene/firstPaint/skinGlb.ts'

/** The stored preferences' text, or null where there are none or storage is blocked. */
function storedPreferences(): string | null {
  try {
    return localStorage.getItem(preferencesKey)
  } catch {
    return null
  }
}

/**
 * Where the scene's canvas is, or will be, in `stage`: its own box once it is there, else the box
 * an element of its class takes in the stage's layout (styles.css: the whole stage on a phone,
 * the stage above the view strip on a wide screen), measured on a stand-in put there for the
 * measurement and taken out again.
 */
function sceneCanvasBox(stage: Element, anchor: Element): DOMRect {
  const placed = stage.querySelector('.scene-canvas')
  if (placed) return placed.getBoundingClientRect()
  const standIn = document.createElement('div')
  standIn.className = 'scene-canvas'
  // R3F's own style on its canvas's container.
  Object.assign(standIn.style, { width: '100%', height: '100%', overflow: 'hidden' })
  anchor.before(standIn)
  const box = standIn.getBoundingClientRect()
  standIn.remove()
  return box
}

/** Paints the body in `placeholder`'s stage (the first view's "Loading the body…") if it can. */
export async function paintBodyFirst(placeholder: Element): Promise<void> {
  const stage = placeholder.closest('.stage')
  const workspace = stage?.parentElement
  if (!stage || !workspace) return
  const look = firstLook(storedPreferences())
  if (look.skinOpacity === 0 && !look.backdrop) return
  const [bytes] = await Promise.all([skinFileBytes(), MeshoptDecoder.ready])
  const skin = readSkinGlb(bytes, MeshoptDecoder)
  // Painted at once, not in an animation frame: it reaches the screen with the next frame all the
  // same, and a frame's callbacks ran behind the scene's code, which arrives in the same moments.
  // Unless too late: the scene has made its own canvas's renderer (or drawn already).
  if (sceneHasStarted() || isFrameMarked(frameMarks.skin) || !stage.isConnected) return

  const anchor = placeholder.isConnected ? placeholder : stage.querySelector('.scene-host')
  if (!anchor) return
  const box = sceneCanvasBox(stage, anchor)
  const buffer = drawingBufferFor(box.width, box.height, canvasDpr, window.devicePixelRatio)
  if (!buffer) return
  const canvas = document.createElement('canvas')
  canvas.className = 'first-paint'
  canvas.setAttribute('aria-hidden', 'true')
  sizeCanvas(canvas, buffer)
  const stageBox = stage.getBoundingClientRect()
  canvas.style.left = `${box.left - stageBox.left - stage.clientLeft}px`
  canvas.style.top = `${box.top - stageBox.top - stage.clientTop}px`
  // As the scene's renderer asks for its context (Scene.tsx), so edges are smoothed alike.
  const gl = canvas.getContext('webgl2', {
    alpha: true,
    antialias: true,
    depth: true,
    stencil: false,
    powerPreference: 'high-performance',
    premultipliedAlpha: true,
    preserveDrawingBuffer: import.meta.env.MODE === 'e2e',
  })
  if (!gl) return
  // After the scene's place: the view's controls, later in the stage, stay over it.
  anchor.after(canvas)

  const fovY = (sceneCamera.fov * Math.PI) / 180
  const aspect = box.width / box.height
  const rect = freeNdcRect(box.width, box.height, freeInsets(box, canvasCovers(stage, workspace)))
  const fit = wholeBodyView(skin.bounds, presetAzimuth.front, fovY, aspect, rect)
  const camera = { position: fit.position, basis: viewBasis(presetAzimuth.front, Math.PI / 2) }
  const hidden = placeholder instanceof HTMLElement ? placeholder : null
  /** Takes the paint off the page, its context with it, and shows "Loading the body…" again. */
  const undo = () => {
    canvas.remove()
    gl.getExtension('WEBGL_lose_context')?.loseContext()
    if (hidden) hidden.style.visibility = ''
  }
  try {
    paintSkin(gl, skin, { ...camera, fovY, aspect, near: sceneCamera.near, far: sceneCamera.far }, look)
  } catch (error) {
    undo()
    throw error
  }
  if (hidden) hidden.style.visibility = 'hidden'
  performance.mark(frameMarks.painted)
  frameMarked(frameMarks.painted)

  // The scene takes the canvas over (handOver.ts) when it makes its renderer. Until then, the
  // paint goes once the stage changes size (a phone turned, a window resized): it would no longer
  // lie where the scene draws. Gone too if the scene drew the skin on a canvas of its own.
  const painted = { canvas, context: gl }
  if (!offerPainted(painted)) {
    undo()
    return
  }
  const size = `${stageBox.width}x${stageBox.height}`
  const resized = new ResizeObserver(() => {
    const now = stage.getBoundingClientRect()
    if (`${now.width}x${now.height}` !== size) clear()
  })
  let stopWaiting = () => {}
  const clear = () => {
    stopWaiting()
    resized.disconnect()
    if (withdrawPainted(painted)) undo()
  }
  stopWaiting = whenFrameMarked(frameMarks.skin, clear)
  resized.observe(stage)
}
