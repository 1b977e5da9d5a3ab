/** Whether this browser can draw the 3D body (WebGL 2, which three.js needs). */
export function hasWebGL2(doc: Document = document): boolean {
  try {
    const canvas = doc.createElement('canvas')
    return canvas.getContext('webgl2') !== null
  } catch {
    return false
  }
}
