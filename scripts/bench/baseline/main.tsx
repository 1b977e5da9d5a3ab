/**
 * The frame benchmark's baseline: an empty React Three Fiber canvas made as the app makes its
 * own (frameloop "demand", the same camera, dpr and context flags), at the size of the app's
 * canvas (`?w=&h=` in CSS pixels). A tap on it changes React state and asks for a frame, as a
 * tap on a muscle does in the app, so the time from tap to painted frame can be compared.
 * It shows one line of text, its first contentful paint beside the app's first text. It exposes
 * the same `lastRender()` the app's test hook does, as `window.__baseline`, and `invalidate()`,
 * so the benchmark can time its frames while it redraws every frame.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { Canvas, useFrame, useThree } from '@react-three/fiber'

interface LastRender {
  at: number
  frame: number
  shows: string | null
}

function Hook() {
  const invalidate = useThree((s) => s.invalidate)
  const rendered = useRef<LastRender | null>(null)
  // Renders the frame itself (a positive priority takes over R3F's render), so it can note when
  // the render ended and what it showed, as the app's test hook does after each render.
  useFrame(({ gl, scene, camera }) => {
    gl.render(scene, camera)
    const shows = (scene.getObjectByName('trigger_points')?.userData.shows as string | null | undefined) ?? null
    rendered.current = { at: performance.now(), frame: gl.info.render.frame, shows }
  }, 1)
  useEffect(() => {
    ;(window as unknown as { __baseline: unknown }).__baseline = {
      lastRender: () => rendered.current,
      invalidate: () => invalidate(),
    }
  }, [invalidate])
  return null
}

function App() {
  const params = new URLSearchParams(location.search)
  const width = Number(params.get('w') ?? 860)
  const height = Number(params.get('h') ?? 660)
  const [taps, setTaps] = useState(0)
  return (
    <div style={{ width, height }}>
      {/* One line of text drawn by React, as the app draws its own: the baseline's first text (FCP). */}
      <p style={{ position: 'absolute', margin: 8, font: '16px sans-serif' }}>Empty canvas</p>
      <Canvas
        frameloop="demand"
        camera={{ fov: 30, near: 0.05, far: 20, position: [0, 0.9, 4] }}
        dpr={[1, 2]}
        gl={{ antialias: true, preserveDrawingBuffer: true }}
        onPointerMissed={() => setTaps((n) => n + 1)}
      >
        <group name="trigger_points" userData={{ shows: taps === 0 ? null : `tap_${taps}` }} />
        <Redraw taps={taps} />
        <Hook />
      </Canvas>
    </div>
  )
}

/** As the app's RedrawOnChange: a change asks for frames. */
function Redraw({ taps }: { taps: number }) {
  const invalidate = useThree((s) => s.invalidate)
  useLayoutEffect(() => {
    invalidate()
  }, [taps, invalidate])
  return null
}

createRoot(document.getElementById('root')!).render(<App />)
