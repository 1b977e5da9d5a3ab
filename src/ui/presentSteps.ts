/**
 * Present mode's steps and keys, as pure functions (tested without a browser): which muscles
 * are stepped through, where a key, a clicker button or a swipe moves, and why Present cannot
 * start.
 */
import type { AppState, MuscleOnSide } from '../state/store.ts'

/**
 * The muscles Present steps through: the patient list in its order, or, with an empty list,
 * the selected muscle alone (its part kept); none when there is neither.
 */
export function presentSteps(s: Pick<AppState, 'patientList' | 'selected'>): MuscleOnSide[] {
  if (s.patientList.length > 0) return [...s.patientList]
  return s.selected ? [s.selected] : []
}

/** Why Present cannot start now, in words for the person at the desk; null when it can. */
export function presentUnavailableReason(s: Pick<AppState, 'patientList' | 'selected'>): string | null {
  return presentSteps(s).length > 0
    ? null
    : 'To present, choose a muscle first (tap it or search), or add muscles to the patient list.'
}

/**
 * The step shown first: the selected muscle when it is in the list (the clinician was just
 * talking about it), otherwise the first.
 */
export function firstStep(steps: readonly MuscleOnSide[], selected: MuscleOnSide | null): number {
  if (!selected) return 0
  const i = steps.findIndex((m) => m.muscle === selected.muscle && m.side === selected.side)
  return Math.max(0, i)
}

/** What a press asks of the presentation. */
export type PresentAction = 'next' | 'previous' | 'first' | 'last' | 'leave'

/**
 * The presentation's keys: arrows, Page Down / Page Up (what presentation clickers send) and
 * Space step; Home / End go to the first / last muscle; Escape leaves. Other keys: null.
 */
export function presentKeyAction(key: string, shiftKey = false): PresentAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next'
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous'
    case ' ':
      // Shift+Space goes back, as in slide software.
      return shiftKey ? 'previous' : 'next'
    case 'Home':
      return 'first'
    case 'End':
      return 'last'
    case 'Escape':
      return 'leave'
    default:
      return null
  }
}

/** The step after an action, kept within the list (the last step stays put on "next"). */
export function stepAfter(index: number, action: Exclude<PresentAction, 'leave'>, count: number): number {
  const last = Math.max(0, count - 1)
  const to = { next: index + 1, previous: index - 1, first: 0, last }[action]
  return Math.min(last, Math.max(0, to))
}

/** Shortest horizontal travel (CSS pixels) that counts as a swipe. */
export const SWIPE_MIN_PX = 50

/**
 * A swipe's step: to the left (finger moving right to left) is "next", as pages turn; it must be
 * mostly horizontal, so a vertical scroll-like drag does nothing.
 */
export function swipeAction(dx: number, dy: number): 'next' | 'previous' | null {
  if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < Math.abs(dy) * 1.5) return null
  return dx < 0 ? 'next' : 'previous'
}
