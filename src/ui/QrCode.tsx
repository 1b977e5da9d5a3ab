import type qrcode from 'qrcode-generator'
import { useMemo } from 'react'
import { lazyModule } from '../state/lazyModule.ts'

/** The QR encoder, its own chunk: only the share dialog and the handout draw a code. */
export const qrEncoder = lazyModule(() => import('qrcode-generator').then((m) => m.default))

/** Light modules around the code, as the QR standard asks (ISO/IEC 18004: four modules). */
export const QUIET_ZONE = 4

/**
 * The dark modules of a QR code for `text` (medium error correction: it still scans with a
 * smudge or glare on a screen), or null when the text is too long for any QR code.
 */
export function qrModules(encoder: typeof qrcode, text: string): boolean[][] | null {
  try {
    const qr = encoder(0, 'M')
    qr.addData(text, 'Byte')
    qr.make()
    const n = qr.getModuleCount()
    return Array.from({ length: n }, (_, row) => Array.from({ length: n }, (__, col) => qr.isDark(row, col)))
  } catch {
    return null
  }
}

/** One SVG path for all dark modules, a run of dark modules in a row as one rectangle. */
function modulesPath(modules: boolean[][]): string {
  const parts: string[] = []
  modules.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue
      let run = 1
      while (row[x + run]) run++
      parts.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`)
      x += run - 1
    }
  })
  return parts.join('')
}

/**
 * A QR code drawn locally as SVG (no image service): black on white with its quiet zone, so it
 * scans from a phone across a desk whatever the page's colours. Its size comes from CSS. Until
 * the encoder's chunk is in (a moment, the first time) a blank square holds its place.
 */
export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const { value: encoder, failed } = qrEncoder.useModule()
  const drawing = useMemo(() => {
    const modules = encoder ? qrModules(encoder, text) : undefined
    if (modules === undefined) return undefined
    return modules ? { size: modules.length + 2 * QUIET_ZONE, path: modulesPath(modules) } : null
  }, [encoder, text])
  if (failed) return <p className="qr-too-long">The QR code could not be drawn; copy the link instead.</p>
  if (drawing === undefined)
    return (
      <svg className={className} viewBox="0 0 1 1" aria-hidden="true">
        <rect width="1" height="1" fill="#ffffff" />
      </svg>
    )
  if (!drawing) return <p className="qr-too-long">This link is too long for a QR code; copy it instead.</p>
  return (
    <svg
      className={className}
      viewBox={`0 0 ${drawing.size} ${drawing.size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={drawing.size} height={drawing.size} fill="#ffffff" />
      <path d={drawing.path} fill="#000000" />
    </svg>
  )
}
