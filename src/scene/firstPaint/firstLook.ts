/**
 * What the 3D view's first frame will show on a bare address, from the stored preferences alone
 * (src/state/preferences.ts restores them before the view draws): the skin's opacity and whether
 * the body behind the muscles is drawn. Read without the app's store, which the first paint must
 * not wait for; firstLook.test.ts checks it against what the store restores.
 */
import { parsePreferences } from '../../state/storedPreferences.ts'
import { skinOpacity } from '../skinLook.ts'
import type { PaintLook } from './paintSkin.ts'

/** The layers as the app starts without preferences: all shown. */
const shownByDefault = { skin: true, superficial: true, deep: true }

/** The first frame's look for the stored preferences' text (null: nothing stored). */
export function firstLook(stored: string | null): PaintLook {
  const { mode, visibleLayers = shownByDefault } = parsePreferences(stored)
  return {
    skinOpacity: skinOpacity(mode === 'where_it_hurts', visibleLayers.skin),
    backdrop: visibleLayers.superficial || visibleLayers.deep,
  }
}
