import { useEffect, useRef } from 'react'

/** Opens `d` as a modal; older engines (and jsdom) lack showModal, so a plain open dialog there. */
export function showModal(d: HTMLDialogElement): void {
  if (d.open) return
  if (typeof d.showModal === 'function') d.showModal()
  else d.setAttribute('open', '')
}

/** Closes `d` (firing its close event where the engine has one). */
export function closeDialog(d: HTMLDialogElement): void {
  if (!d.open) return
  if (typeof d.close === 'function') d.close()
  else d.removeAttribute('open')
}

/** A ref for a `<dialog>` that is shown as a modal while `open` is true and closed when it turns false. */
export function useModalDialog(open: boolean) {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const d = dialog.current
    if (!d) return
    if (open) showModal(d)
    else closeDialog(d)
  }, [open])
  return dialog
}
