/**
 * The body model as the scene loads it, in two files: the skin first (the body's outline on
 * screen as soon as possible), then the muscles (see models/generator/gltf.ts). drei's useGLTF
 * (meshopt decoder) plus one step of our own. The muscles ship without normals (a quarter of
 * the compressed bytes): theirs are the area-weighted vertex normals of their own triangles,
 * which three's `computeVertexNormals` gives back exactly, so they are computed here, once,
 * while the model loads, before any component sees it. The skin keeps its shipped normals:
 * its seams carry hand-made normals that recomputing would lose.
 */
import { useGLTF } from '@react-three/drei'
import { Mesh, type BufferGeometry } from 'three'
import type { GLTFLoader, GLTFLoaderPlugin } from 'three-stdlib'
import musclesUrl from '../../models/body-muscles.glb?url'
import skinUrl from '../../models/body-skin.glb?url'
import { inSlices } from './inSlices.ts'

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

/** The loaded skin's nodes by name (suspends while it loads). */
export function useSkinNodes(): Record<string, unknown> {
  return useGLTF(skinUrl, undefined, undefined, extendLoader).nodes
}

/** The loaded muscles' nodes by name (suspends while they load). */
export function useMuscleNodes(): Record<string, unknown> {
  return useGLTF(musclesUrl, undefined, undefined, extendLoader).nodes
}

/** Starts loading the skin before any component asks for it (the muscles follow once it is drawn). */
export function preloadSkin(): void {
  useGLTF.preload(skinUrl, undefined, undefined, extendLoader)
}
