/**
 * Where the person's preferences are kept in localStorage (preferences.ts), alone in a module
 * without the app's store: the body's first paint (src/firstPaint.ts) reads them before the
 * store has loaded.
 */
export const preferencesKey = 'triggermap.preferences'
