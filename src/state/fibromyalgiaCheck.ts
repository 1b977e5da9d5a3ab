/**
 * Whether the fibromyalgia check is open, and the WPI areas it opens with. Kept apart from the
 * app store: the check's answers never enter the link or the history (they are health answers;
 * they stay on the page until it closes).
 */
import { create } from 'zustand'
import type { WpiArea } from '../data/wpi-areas.ts'

interface FibromyalgiaCheckState {
  open: boolean
  /** Areas ticked when the check opens (from the pain marks), for the person to review. */
  prefill: readonly WpiArea[]
}

export const useFibromyalgiaCheck = create<FibromyalgiaCheckState>()(() => ({ open: false, prefill: [] }))

/** Opens the check, optionally with areas already ticked. */
export function openFibromyalgiaCheck(prefill: readonly WpiArea[] = []): void {
  useFibromyalgiaCheck.setState({ open: true, prefill })
}

/** Closes the check; its answers are dropped. */
export function closeFibromyalgiaCheck(): void {
  useFibromyalgiaCheck.setState({ open: false, prefill: [] })
}
