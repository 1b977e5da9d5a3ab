/**
 * The handout being printed: its sections (content, pictures, link back) and whether it is being
 * prepared. Its own small store, apart from the app's (which holds ids and flags only): the
 * pictures are large data URLs that belong to one print, not to the view.
 */
import { create } from 'zustand'
import type { HandoutContent } from './handoutContent.ts'

/** A body picture ready to print. */
export interface HandoutPicture {
  view: 'front' | 'back'
  url: string
  width: number
  height: number
}

/** One muscle's section of the handout. */
export interface HandoutSectionData {
  content: HandoutContent
  /** Front and back; empty where the browser cannot draw the body (no WebGL). */
  pictures: readonly HandoutPicture[]
  /** The link that reopens this muscle's view, also drawn as a QR code. */
  link: string
}

export interface HandoutState {
  /**
   * 'preparing' while the pictures are drawn: the screen shows a short status; 'failed' when the
   * muscles' clinical text could not be fetched (offline before it was ever loaded), said there too.
   */
  status: 'idle' | 'preparing' | 'failed'
  sections: readonly HandoutSectionData[]
}

export const useHandoutStore = create<HandoutState>()(() => ({ status: 'idle', sections: [] }))

/** Sets the sections to print (empty: nothing prepared, the print stylesheet prints the page). */
export function setHandoutSections(sections: readonly HandoutSectionData[]): void {
  useHandoutStore.setState({ sections })
}

export function setHandoutStatus(status: HandoutState['status']): void {
  useHandoutStore.setState({ status })
}
