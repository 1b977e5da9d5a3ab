/**
 * The body model as the scene loads it, in two files: the skin first (the body's outline on
 * screen as soon as possible), then the muscles (see models/generator/gltf.ts). drei's useGLTF
 * (meshopt decoder) plus one step of our own. The muscles ship without normals (a quarter of
 * the compressed bytes): theirs are the area-weighted vertex normals of their own triangles,
 * which three's `computeVertexNormals` gives back exactly, so they are computed here, once,
 * while the model loads, before any component sees it. The skin keeps its shipped normals:
 * its seams carry hand-made normals that recomputing would lose.
 *
 * The skin is loaded outside Suspense (`lazyModule`): the scene renders the body once it is in,
 * rather than suspending. When the scene mounted before the skin had been decoded, the body
 * suspended, and React then held the skin back for up to 300 ms after it was ready (Suspense's
 * fallback throttle), as long as the whole wait on a fast machine.
 */
import type { ReactNode } from 'react'
import { useGLTF } from '@react-three/drei'
import { buildGraph } from '@react-three/fiber'
import { Mesh, type BufferGeometry } from 'three'
import { GLTFLoader, MeshoptDecoder, type GLTFLoaderPlugin } from 'three-stdlib'
import { lazyModule } from '../state/lazyModule.ts'
import musclesUrl from '../../models/body-muscles.glb?url'
import { inSlices } from './inSlices.ts'
import { skinFileBytes } from './skinFile.ts'

/** Gives every mesh that came without normals its area-weighted vertex normals. */
const normalsOnLoad = (): GLTFLoaderPlugin & { name: string } => ({
  // The loader refuses a plugin without a name (three-stdlib's type leaves it out).
  name: 'triggermap_normals_on_load',
  afterRoot: (gltf) => {
    const bare: BufferGeometry[] = []
    gltf.scene.traverse((object) => {
      if (object instanceof Mesh && !(object.geometry as BufferGeometry).hasAttribute('normal'))
        bare.push(object.geometry as BufferGeometry)
    })
    // 100 to 200 ms for the whole body on a slow machine: in slices, so no long task.
    return inSlices(bare, (geometry) => geometry.computeVertexNormals()).done
  },
})

/** One loader set-up for every caller: useGLTF caches by URL, so they must all agree on it. */
function extendLoader(loader: GLTFLoader): void {
  loader.register(normalsOnLoad)
}

/** The skin's file, loaded once (as drei's useGLTF would: the meshopt decoder, our plugin). */
const skinModel = lazyModule(async () => {
  const loader = new GLTFLoader()
  extendLoader(loader)
  loader.setMeshoptDecoder(typeof MeshoptDecoder === 'function' ? MeshoptDecoder() : MeshoptDecoder)
  // The file as the first paint fetched it (skinFile.ts): it holds everything, nothing to resolve.
  const gltf = await loader.parseAsync(await skinFileBytes(), '')
  // Every named object by name, as drei's useGLTF gives them (R3F's own graph of the scene).
  return buildGraph(gltf.scene).nodes
})

/** Renders `children` once the skin is in (nothing until then); a failed load goes to the error boundary. */
export function WhenSkinLoaded({ children }: { children: ReactNode }) {
  return skinModel.useLoaded('the body’s model') ? children : null
}

/** Whether the skin is in (anywhere: the scene's canvas holds its frames until then, Scene.tsx). */
export function useSkinLoaded(): boolean {
  return skinModel.useModule().value !== null
}

/** The loaded skin's nodes by name; only inside `WhenSkinLoaded`. */
export function useSkinNodes(): Record<string, unknown> {
  const { value } = skinModel.useModule()
  if (!value) throw new Error('useSkinNodes is for components inside WhenSkinLoaded')
  return value
}

/** The loaded muscles' nodes by name (suspends while they load). */
export function useMuscleNodes(): Record<string, unknown> {
  return useGLTF(musclesUrl, undefined, undefined, extendLoader).nodes
}

/** Starts loading the skin before any component asks for it (the muscles follow once it is drawn). */
export function preloadSkin(): void {
  // A failure shows where the body would be (WhenSkinLoaded).
  skinModel.load().catch(() => undefined)
}
