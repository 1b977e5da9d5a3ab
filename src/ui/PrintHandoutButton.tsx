import { useAppStore } from '../state/store.ts'
import { printHandout } from '../print/printHandout.ts'

/**
 * "Print handout": the selected muscle's handout for the patient to take home (or save as a
 * PDF from the print dialog), with its pictures drawn at print resolution on the device.
 */
export function PrintHandoutButton() {
  const selected = useAppStore((s) => s.selected)
  if (!selected) return null
  return (
    <button type="button" className="print-handout" onClick={() => void printHandout([selected])}>
      Print handout
    </button>
  )
}
