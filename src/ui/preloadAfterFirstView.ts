import { useEffect } from 'react'
import { useAppStore } from '../state/store.ts'
import { qrEncoder } from './QrCode.tsx'
import { sourceCatalogue } from './sourceCatalogue.ts'

/**
 * Fetches the chunks the first view leaves out (the citations, the QR encoder) once the body is
 * drawn (`musclesLoaded`), or at once where there is no 3D body to wait for (`webgl` false): so
 * a panel's sources and a printed handout's QR code are there before anyone asks, while the
 * body's own downloads go first. A chunk that fails here is tried again where it is shown.
 */
export function usePreloadAfterFirstView(webgl: boolean): void {
  const bodyDrawn = useAppStore((s) => s.musclesLoaded)
  useEffect(() => {
    if (webgl && !bodyDrawn) return
    sourceCatalogue.load().catch(() => undefined)
    qrEncoder.load().catch(() => undefined)
  }, [webgl, bodyDrawn])
}
