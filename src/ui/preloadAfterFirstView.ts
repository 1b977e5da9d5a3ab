import { useEffect } from 'react'
import { useAppStore } from '../state/store.ts'
import { clinicalText } from './clinicalText.ts'
import { qrEncoder } from './QrCode.tsx'
import { sourceCatalogue } from './sourceCatalogue.ts'
import { studyEvidenceModule } from './studyEvidence.ts'

/**
 * Fetches the chunks the first view leaves out (the clinical text, the citations, the QR
 * encoder, the study findings) once the body is drawn (`musclesLoaded`), or at once where there
 * is no 3D body to wait for (`webgl` false), or as soon as a muscle is selected (its panel shows
 * its text and sources, and Ctrl/Cmd+P prints its handout at once, with no time to wait): so they
 * are there before anyone asks, while on a plain first visit the body's own downloads go first.
 * A chunk that fails here is tried again where shown.
 */
export function usePreloadAfterFirstView(webgl: boolean): void {
  const bodyDrawn = useAppStore((s) => s.musclesLoaded)
  const chosen = useAppStore((s) => s.selected !== null)
  useEffect(() => {
    if (webgl && !bodyDrawn && !chosen) return
    clinicalText.load().catch(() => undefined)
    sourceCatalogue.load().catch(() => undefined)
    qrEncoder.load().catch(() => undefined)
    studyEvidenceModule.load().catch(() => undefined)
  }, [webgl, bodyDrawn, chosen])
}
