/**
 * The files the body model ships as, in models/: the skin, which the app draws first, and the
 * muscles, which follow it (see gltf.ts), beside the manifest.
 */
import { resolve } from 'node:path'

export type ModelFile = 'skin' | 'muscles'
export const modelFiles: readonly ModelFile[] = ['skin', 'muscles']

/** The folder the generator writes to and the app imports from. */
export const modelsDir = resolve(import.meta.dirname, '..')

/** Each file's path in models/. */
export const modelFilePaths: Readonly<Record<ModelFile, string>> = {
  skin: resolve(modelsDir, 'body-skin.glb'),
  muscles: resolve(modelsDir, 'body-muscles.glb'),
}

export const manifestPath = resolve(modelsDir, 'body.manifest.json')
