import { useEffect, useId, useRef, useState } from 'react'
import { layers, type AppState, type LayerName } from '../state/store.ts'
import { shareableState } from '../state/urlSync.ts'
import { muscleOnSideLabel } from './labels.ts'
import { showModal } from './modalDialog.ts'
import { QrCode } from './QrCode.tsx'

const layerWords: Record<LayerName, string> = { skin: 'skin', superficial: 'surface muscles', deep: 'deep muscles' }
const viewWords = { front: 'front view', back: 'back view', left: 'left side view', right: 'right side view' } as const

/** What the link reproduces, in words, so the person can check before sending it. */
export function viewSummary(state: AppState): string[] {
  const view = shareableState(state)
  const lines: string[] = []
  lines.push(view.selected ? muscleOnSideLabel(view.selected) : 'No muscle selected')
  lines.push(view.mode === 'where_it_hurts' ? '“Where does it hurt?”' : 'Exploring muscles')
  const marks = view.painMarks.length
  if (marks > 0) lines.push(`${marks} marked ${marks === 1 ? 'area' : 'areas'} of pain`)
  lines.push(view.audience === 'clinician' ? 'Clinical terms' : 'Plain words')
  const hidden = layers.filter((l) => !view.visibleLayers?.[l])
  if (hidden.length > 0) lines.push(`Hidden: ${hidden.map((l) => layerWords[l]).join(', ')}`)
  if (view.view) lines.push(`The ${viewWords[view.view]}`)
  const list = view.patientList ?? []
  if (list.length > 0) {
    const names = list.map((m) => muscleOnSideLabel(m)).join(', ')
    lines.push(view.comparing ? `Compared on the body: ${names}` : `Patient list: ${names}`)
  }
  return lines
}

type CopyState = 'idle' | 'copied' | 'refused'

/**
 * The share dialog: the link in a read-only field, Copy, the system share sheet where the
 * browser has one, and a QR code to open the same view on another device. Escape or Close
 * ends it; the opener gets focus back (ShareButton).
 */
export function ShareDialog({
  link,
  summary,
  onClose,
}: {
  link: string
  summary: readonly string[]
  onClose: () => void
}) {
  const dialog = useRef<HTMLDialogElement>(null)
  const field = useRef<HTMLInputElement>(null)
  const copyButton = useRef<HTMLButtonElement>(null)
  const [copy, setCopy] = useState<CopyState>('idle')
  const fieldId = useId()
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function'

  useEffect(() => {
    const d = dialog.current
    if (!d) return
    showModal(d)
    copyButton.current?.focus()
    return () => {
      if (d.open && typeof d.close === 'function') d.close()
    }
  }, [])

  // The modal dialog makes the rest of the page inert: it must be closed before the opener
  // can take focus back.
  const close = () => {
    const d = dialog.current
    if (d?.open && typeof d.close === 'function') d.close()
    onClose()
  }

  const selectLink = () => {
    field.current?.focus()
    field.current?.select()
  }

  const copyLink = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard')
      await navigator.clipboard.writeText(link)
      setCopy('copied')
    } catch {
      // Refused (no permission, an insecure page, an old browser): the person copies by hand.
      selectLink()
      setCopy('refused')
    }
  }

  const shareLink = async () => {
    try {
      await navigator.share({ title: 'TriggerMap', text: summary[0], url: link })
    } catch {
      // Cancelled by the person, or refused by the system: nothing to report, the link is here.
    }
  }

  return (
    <dialog
      ref={dialog}
      className="share-dialog"
      aria-labelledby={`${fieldId}-title`}
      onClose={onClose}
      onCancel={(e) => {
        // Escape: close here (React re-renders), not through the browser's own close.
        e.preventDefault()
        close()
      }}
      onKeyDown={(e) => {
        // Also where the browser has no modal dialog to cancel (older engines, jsdom).
        if (e.key === 'Escape') {
          e.preventDefault()
          e.stopPropagation()
          close()
        }
      }}
    >
      <header className="share-header">
        <h2 id={`${fieldId}-title`}>Share this view</h2>
        <button type="button" onClick={close}>
          Close
        </button>
      </header>
      <p className="share-intro">The link opens TriggerMap as it is now:</p>
      <ul className="share-summary">
        {summary.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <label className="share-label" htmlFor={fieldId}>
        Link
      </label>
      <input
        id={fieldId}
        ref={field}
        className="share-link"
        type="text"
        readOnly
        value={link}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="share-actions">
        <button ref={copyButton} type="button" className="share-primary" onClick={() => void copyLink()}>
          Copy link
        </button>
        {canShare && (
          <button type="button" onClick={() => void shareLink()}>
            Share…
          </button>
        )}
      </div>
      <p className="share-status" role="status">
        {copy === 'copied' && 'Link copied.'}
        {copy === 'refused' &&
          'This browser did not let the page copy. The link is selected: ' +
            'copy it with Ctrl+C (⌘C on a Mac), or press and hold it on a phone.'}
      </p>
      <figure className="share-qr">
        <QrCode text={link} label="QR code of the link" className="qr-code" />
        <figcaption>Scan with a phone camera to open this view there.</figcaption>
      </figure>
      <p className="share-privacy">
        Anyone with the link sees the marked areas. Nothing is sent anywhere until you share it.
      </p>
    </dialog>
  )
}
