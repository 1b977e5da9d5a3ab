/**
 * Colours one part of a multi-part muscle apart from the rest: the muscle's meshes carry a
 * `_part` vertex label (the generator's `_PART`), and this patch to the standard material
 * paints the vertices of every other part in `uOtherColor` while `uPart` names a part
 * (-1: the whole muscle in one colour). One material per muscle side, no extra draw calls.
 */
import { Color, type MeshStandardMaterial } from 'three'

export interface PartHighlight {
  /** Part index to stand out, or -1 for none. */
  setPart(index: number): void
  /** Colour of the muscle's other parts while one stands out. */
  otherColor: Color
}

export function addPartHighlight(material: MeshStandardMaterial): PartHighlight {
  const uniforms = { uPart: { value: -1 }, uOtherColor: { value: new Color() } }
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms)
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nattribute float _part;\nvarying float vPart;')
      .replace('#include <begin_vertex>', '#include <begin_vertex>\nvPart = _part;')
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', '#include <common>\nuniform float uPart;\nuniform vec3 uOtherColor;\nvarying float vPart;')
      // Labels are whole numbers; 0.5 absorbs interpolation noise.
      .replace('#include <color_fragment>', '#include <color_fragment>\nif (uPart >= 0.0 && abs(vPart - uPart) > 0.5) diffuseColor.rgb = uOtherColor;')
  }
  // Shares one compiled program between every muscle that has the patch.
  material.customProgramCacheKey = () => 'part-highlight'
  return {
    setPart: (index) => { uniforms.uPart.value = index },
    otherColor: uniforms.uOtherColor.value,
  }
}
