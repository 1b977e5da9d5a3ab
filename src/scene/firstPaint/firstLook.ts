/**
 * What the 3D view's first frame will show on a bare address, from the stored preferences alone
 * (src/state/preferences.ts restores them before the view draws): the skin's opacity and whether
 * the body behind the muscles is drawn. Read here without the app's store, which the first paint
 * must not wait for; firstLook.test.ts checks it against what the store restores.
 */
import { skinOpacity } from '../skinLook.ts'
import type { PaintLook } from './paintSkin.ts'

/** The layers as the app starts without preferences: all shown. */
const shownByDefault = { skin: true, superficial: true, deep: true }

/** The first frame's look for the stored preferences' text (null: nothing stored). */
export function firstLook(stored: string | null): PaintLook {
  let data: unknown = null
  try {
    data = stored ? JSON.parse(stored) : null
  } catch {
    // Unreadable: the app ignores it too.
  }
  const d =
    typeof data === 'object' && data !== null && (data as { v?: unknown }).v === 1
      ? (data as Record<string, unknown>)
      : {}
  const l = d.visibleLayers as Record<string, unknown> | null | undefined
  const layers =
    typeof l === 'object' && l !== null && Object.keys(shownByDefault).every((k) => typeof l[k] === 'boolean')
      ? (l as typeof shownByDefault)
      : shownByDefault
  return {
    skinOpacity: skinOpacity(d.mode === 'where_it_hurts', layers.skin),
    backdrop: layers.superficial || layers.deep,
  }
}
