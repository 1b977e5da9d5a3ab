import { useEffect, useMemo } from 'react'
import { Color, ShaderMaterial, Vector4 } from 'three'
import { useAppStore } from '../state/store.ts'
import type { ModelPart } from './modelPart.ts'
import { backdropColor, backdropInset, skinLightGlsl } from './skinLook.ts'

const noRaycast = () => null

/**
 * The body behind the muscles: the skin's own surface pulled 7 mm in, in one flat pale colour,
 * drawn first and without writing depth, so it shows only where no muscle covers it. Without
 * it the écorché has holes: the face (its muscles have no skull behind them), the gaps
 * between bellies, the midline. It never takes a click, and it goes when every muscle layer
 * is hidden.
 */
export function BodyBackdrop({ part }: { part: ModelPart }) {
  const anyMuscles = useAppStore((s) => s.visibleLayers.superficial || s.visibleLayers.deep)
  const material = useMemo(
    () =>
      new ShaderMaterial({
        uniforms: {
          uColor: { value: new Color(backdropColor) },
          uInset: { value: backdropInset },
          // The skin over it while the body turns without drawing the skin (MotionView.tsx).
          uVeil: { value: new Vector4(0, 0, 0, 0) },
        },
        vertexShader: /* glsl */ `
          uniform float uInset;
          varying vec3 vNormal;
          void main() {
            // The node matrix carries the de-quantisation, a uniform scale: normals keep their direction.
            vec4 world = modelMatrix * vec4(position, 1.0);
            vec3 n = normalize(mat3(modelMatrix) * normal);
            vNormal = normalMatrix * normal;
            gl_Position = projectionMatrix * viewMatrix * vec4(world.xyz - n * uInset, 1.0);
          }`,
        fragmentShader: /* glsl */ `
          ${skinLightGlsl}
          uniform vec3 uColor;
          uniform vec4 uVeil;
          varying vec3 vNormal;
          void main() { gl_FragColor = vec4(mix(uColor, uVeil.rgb * skinLight(vNormal), uVeil.a), 1.0); }`,
        depthWrite: false,
      }),
    [],
  )
  useEffect(() => () => material.dispose(), [material])
  if (!anyMuscles) return null
  return (
    <mesh
      name="body_backdrop"
      geometry={part.geometry}
      matrix={part.matrix}
      matrixAutoUpdate={false}
      material={material}
      renderOrder={-1}
      raycast={noRaycast}
    />
  )
}
