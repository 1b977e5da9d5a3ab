import { lazy, Suspense, useId, useLayoutEffect, useRef } from 'react'
import { Canvas, useThree, type RootState } from '@react-three/fiber'
import type { WebGLRendererParameters } from 'three'
import { clearSelection, hoverMuscle, useAppStore } from '../state/store.ts'
import { Body } from './Body.tsx'
import { useSkinLoaded, WhenSkinLoaded } from './bodyModel.ts'
import { CameraLight } from './CameraLight.tsx'
import { CameraRig } from './CameraRig.tsx'
import { canvasDpr } from './drawingBuffer.ts'
import { useEarlyRenderer } from './earlyRenderer.ts'
import { makeRenderer } from './sceneRenderer.ts'
import { sceneCamera } from './sceneCamera.ts'
import { KeyboardOrbit } from './KeyboardOrbit.tsx'
import { PresentFlow } from './PresentFlow.tsx'
import { RedrawOnChange } from './RedrawOnChange.tsx'

/**
 * `window.__triggermap` for browser tests and the benchmark: only in the e2e build
 * (`vite build --mode e2e`). Vite writes the mode in at build time, so the production build
 * folds this to null and neither the import nor the hook's chunk ships.
 */
const TestHook = import.meta.env.MODE === 'e2e' ? lazy(() => import('./TestHook.tsx')) : null

/** What the canvas is, for screen readers: its role description and name. */
const BODY_MAP_ROLE = '3D body map'
const BODY_MAP_NAME = 'The body'

/**
 * How to use the body map, in words: what it shows, its keys (those of `KeyboardOrbit`), and the
 * text alternative for the current mode, which does everything the map does.
 */
function bodyMapHelp(painting: boolean): string {
  const shows = painting
    ? 'The body in 3D with the areas you marked as painful. Tap or drag over the skin to mark where it hurts.'
    : 'The muscles of the body in 3D; a chosen muscle shows its trigger points and where their pain is felt. ' +
      'Click or tap a muscle to choose it.'
  const keys =
    'With the keyboard: arrow keys turn the body, Shift with the arrows moves it, plus and minus zoom, ' +
    'Escape clears the chosen muscle.'
  const instead = painting
    ? 'Without the map: mark areas from the list in the panel, where the muscles most likely involved are listed.'
    : 'Without the map: find a muscle with the search above; its details open in the panel.'
  return `${shows} ${keys} ${instead}`
}

/**
 * Starts the canvas's frames once the skin is in (mounted with it). Until then the canvas draws
 * nothing (Scene's `frameloop`): a frame without the skin would wipe the body painted before the
 * scene's code loaded (src/firstPaint.ts), and would show nothing anyway. Whichever of this and the
 * Canvas's own prop comes first, the frame with the skin is asked for.
 */
function StartFrames() {
  const get = useThree((s) => s.get)
  useLayoutEffect(() => {
    const state = get()
    if (state.frameloop === 'never') state.setFrameloop('demand')
    state.invalidate()
  }, [get])
  return null
}

/**
 * The 3D view: lights, the generated body and the camera. Loaded lazily by the app, which only
 * checked that the browser has WebGL 2 at all; `onNoContext` says when it will not give this
 * canvas a context (a blocklisted graphics card, WebGL switched off), so the app shows the text
 * version instead.
 */
export default function Scene({ onNoContext }: { onNoContext: () => void }) {
  const painting = useAppStore((s) => s.mode === 'where_it_hurts')
  const helpId = useId()
  // R3F passes its props to the wrapping div, but the canvas is what takes focus (KeyboardOrbit
  // makes it tabbable), so the name goes on the canvas itself. "application": its arrow keys are
  // its own, so a screen reader hands them over instead of reading on.
  const nameCanvas = ({ gl }: RootState) => {
    const canvas = gl.domElement
    canvas.setAttribute('role', 'application')
    canvas.setAttribute('aria-roledescription', BODY_MAP_ROLE)
    canvas.setAttribute('aria-label', BODY_MAP_NAME)
    canvas.setAttribute('aria-describedby', helpId)
  }
  const skinLoaded = useSkinLoaded()
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const earlyRenderer = useEarlyRenderer(canvasRef, makeRenderer)
  const renderer = ({ canvas }: WebGLRendererParameters) => {
    try {
      return earlyRenderer.take() ?? makeRenderer(canvas as HTMLCanvasElement)
    } catch (error) {
      // three throws when the context cannot be made; the canvas then reports it to the error
      // boundary too, but the app's own text version is the one to show.
      onNoContext()
      throw error
    }
  }
  return (
    <Canvas
      ref={canvasRef}
      className="scene-canvas"
      frameloop={skinLoaded ? 'demand' : 'never'}
      camera={sceneCamera}
      dpr={canvasDpr}
      // The canvas's size as its resize observer reports it, at once: R3F's default waits 50 ms
      // more (a debounce meant for page scrolling), which held back the body's first frame. No
      // scroll tracking: the canvas never scrolls with the page, and pointer events use offsets.
      resize={{ scroll: false, debounce: 0 }}
      gl={renderer}
      onPointerMissed={() => clearSelection()}
      onPointerLeave={() => hoverMuscle(null)}
      onCreated={nameCanvas}
      // Inside the canvas element: never drawn while WebGL works, but read as its description.
      fallback={<p id={helpId}>{bodyMapHelp(painting)}</p>}
    >
      <hemisphereLight args={['#ffffff', '#b8b0a8', 1.2]} />
      <directionalLight position={[1.5, 3, 2.5]} intensity={1.2} />
      <directionalLight position={[-2, 1.5, -2.5]} intensity={0.5} />
      <CameraLight />
      <WhenSkinLoaded>
        <StartFrames />
        <Body />
        {/* Mounted once the skin has loaded, so the first framing sees the final layout. */}
        <CameraRig />
      </WhenSkinLoaded>
      <KeyboardOrbit />
      <RedrawOnChange />
      <PresentFlow />
      {TestHook && (
        <Suspense fallback={null}>
          <TestHook />
        </Suspense>
      )}
    </Canvas>
  )
}
