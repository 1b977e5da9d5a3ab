import { useEffect } from 'react'
import { useThree } from '@react-three/fiber'

/** When the programs were compiled ahead, and how long it took (ms), for tests and the benchmark. */
export const precompileStatus = { done: false, ms: 0 }

/**
 * Compiles every material in the scene ahead, once, after the muscles' first frame: what that
 * frame drew is compiled already, and what it did not (the trigger-point marker, kept hidden
 * in the scene until a selection shows it) is compiled now, so the first tap on a muscle
 * draws at once instead of stalling on a shader. Uses KHR_parallel_shader_compile where the
 * browser has it (WebGLRenderer.compileAsync). Mounted with the muscles, once they have arrived (Body.tsx).
 */
export function Precompile() {
  const gl = useThree((s) => s.gl)
  const scene = useThree((s) => s.scene)
  const camera = useThree((s) => s.camera)
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    let cancelled = false
    // Two animation frames: the first one after mounting draws the body.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        if (cancelled) return
        const start = performance.now()
        void gl.compileAsync(scene, camera).then(() => {
          precompileStatus.ms = performance.now() - start
          precompileStatus.done = true
          if (!cancelled) invalidate()
        })
      })
    })
    return () => {
      cancelled = true
      cancelAnimationFrame(frame)
    }
  }, [gl, scene, camera, invalidate])
  return null
}
