/**
 * The body's layers and the app's modes: the choices the store holds (store.ts, which exports them
 * too) and the stored preferences keep (storedPreferences.ts), alone in a module without the
 * store, so the body's first paint (src/firstPaint.ts) reads the preferences before the store loads.
 */

/** The toggleable layers of the body. */
export const layers = ['skin', 'superficial', 'deep'] as const
export type LayerName = (typeof layers)[number]

/** What the body does when touched: show a muscle, or take pain marks. */
export const modes = ['explore', 'where_it_hurts'] as const
export type Mode = (typeof modes)[number]
