/**
 * The drawing now on the body as a PNG picture, with the date and the marked areas written
 * under it, for the person to keep or show a clinician. Made in the browser; nothing is sent.
 *
 * The 3D canvas keeps no copy of its last frame for real users (preserveDrawingBuffer is off,
 * which is faster), so a plain read gives a blank image. Instead this asks the body for fresh
 * frames (any store change does, see src/scene/RedrawOnChange.tsx) and copies the canvas in an
 * animation-frame callback queued after the renderer's own, in the same frame, before the
 * browser presents and clears it.
 */
import { useAppStore } from '../state/store.ts'
import type { RecordMark } from '../record/schema.ts'
import { areaNames } from './PainRecordAreas.ts'

/** The body's WebGL canvas, or null (no WebGL, or not drawn yet). */
export function bodyCanvas(doc: Document = document): HTMLCanvasElement | null {
  return doc.querySelector<HTMLCanvasElement>('.scene-canvas canvas')
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve))

/** Copies the body's canvas right after the renderer draws a frame. */
async function copyAfterRender(source: HTMLCanvasElement, target: CanvasRenderingContext2D, y: number): Promise<void> {
  // A store change asks the scene for a few frames; its frame callback is queued before ours.
  useAppStore.setState({})
  await nextFrame()
  await new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      target.drawImage(source, 0, y, source.width, source.height)
      resolve()
    }),
  )
}

/** Wraps words into lines no wider than `width` pixels. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word
    if (ctx.measureText(next).width > width && line) {
      lines.push(line)
      line = word
    } else line = next
  }
  if (line) lines.push(line)
  return lines
}

/** The picture as a PNG blob, or null where there is no body to draw. */
export async function drawingPicture(marks: readonly RecordMark[], now: Date = new Date()): Promise<Blob | null> {
  const source = bodyCanvas()
  if (!source || source.width === 0) return null
  const scale = source.width / Math.max(1, source.clientWidth || source.width)
  const pad = Math.round(16 * scale)
  const font = Math.round(18 * scale)
  const out = document.createElement('canvas')
  const measure = out.getContext('2d')
  if (!measure) return null
  measure.font = `${font}px system-ui, sans-serif`
  const names = areaNames(marks)
  const text = [
    `TriggerMap pain drawing, ${now.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`,
    ...wrap(measure, `Marked: ${names.join(', ') || 'nothing'}`, source.width - 2 * pad),
  ]
  out.width = source.width
  out.height = source.height + pad * 2 + text.length * Math.round(font * 1.4)
  const ctx = out.getContext('2d')
  if (!ctx) return null
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, out.width, out.height)
  await copyAfterRender(source, ctx, 0)
  ctx.fillStyle = '#1c1f22'
  ctx.font = `${font}px system-ui, sans-serif`
  ctx.textBaseline = 'top'
  text.forEach((line, i) => ctx.fillText(line, pad, source.height + pad + i * Math.round(font * 1.4)))
  return new Promise((resolve) => out.toBlob(resolve, 'image/png'))
}

/** Downloads the picture; says false where there was nothing to draw. */
export async function downloadDrawingPicture(marks: readonly RecordMark[], doc: Document = document): Promise<boolean> {
  const now = new Date()
  const blob = await drawingPicture(marks, now)
  if (!blob) return false
  const url = URL.createObjectURL(blob)
  const a = doc.createElement('a')
  a.href = url
  a.download = `triggermap-pain-drawing-${now.toISOString().slice(0, 10)}.png`
  doc.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 0)
  return true
}
