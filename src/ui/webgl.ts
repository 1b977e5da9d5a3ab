/**
 * Whether this browser has WebGL 2 (which three.js needs) at all: a look at the global, with no
 * context made to ask (making one cost about 200 ms before the first text). Whether this page
 * really gets a context (a blocklisted graphics card, WebGL switched off by policy) shows when
 * the 3D view makes its own: Scene's `onNoContext`, after which the app shows the same text.
 */
export function hasWebGL2(win: { WebGL2RenderingContext?: unknown } = globalThis): boolean {
  return typeof win.WebGL2RenderingContext !== 'undefined'
}
