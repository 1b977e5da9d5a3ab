import { Suspense } from 'react'
import { Canvas } from '@react-three/fiber'
import { clearSelection, hoverMuscle } from '../state/store.ts'
import { Body } from './Body.tsx'
import { CameraLight } from './CameraLight.tsx'
import { CameraRig } from './CameraRig.tsx'
import { KeyboardOrbit } from './KeyboardOrbit.tsx'
import { Precompile } from './Precompile.tsx'
import { RedrawOnChange } from './RedrawOnChange.tsx'
import { TestHook } from './TestHook.tsx'

/** The 3D view: lights, the generated body and the camera. Loaded lazily by the app. */
export default function Scene() {
  return (
    <Canvas
      className="scene-canvas"
      frameloop="demand"
      camera={{ fov: 30, near: 0.05, far: 20, position: [0, 0.9, 4] }}
      dpr={[1, 2]}
      gl={{ antialias: true, preserveDrawingBuffer: navigator.webdriver === true }}
      onPointerMissed={() => clearSelection()}
      onPointerLeave={() => hoverMuscle(null)}
      aria-label="3D body. Click or tap a muscle to select it. Arrow keys orbit, Shift and arrows pan, plus and minus zoom."
      role="img"
    >
      <hemisphereLight args={['#ffffff', '#b8b0a8', 1.2]} />
      <directionalLight position={[1.5, 3, 2.5]} intensity={1.2} />
      <directionalLight position={[-2, 1.5, -2.5]} intensity={0.5} />
      <CameraLight />
      <Suspense fallback={null}>
        <Body />
        {/* Mounted once the body has loaded, so the first framing sees the final layout. */}
        <CameraRig />
        <Precompile />
      </Suspense>
      <KeyboardOrbit />
      <RedrawOnChange />
      <TestHook />
    </Canvas>
  )
}
