/**
 * "Print handout": draws each muscle's front and back pictures from the live scene at print
 * resolution, fills the hidden handout (one section per muscle) and opens the browser's print
 * dialog, where it can also be saved as a PDF. Nothing leaves the device.
 *
 * Each muscle is selected in turn so the scene draws its zones and X markers exactly as on
 * screen; the view the person had (selection, hover, compare) is put back afterwards. The
 * selection only rewrites the current history entry, so Back is unchanged.
 */
import { maxPatientList, selectMuscle, useAppStore, type MuscleOnSide } from '../state/store.ts'
import { shareLink } from '../state/urlSync.ts'
import { bodyCanvas } from '../ui/PainRecordPicture.ts'
import { qrEncoder } from '../ui/QrCode.tsx'
import { clinicalText } from '../ui/clinicalText.ts'
import { sourceCatalogue } from '../ui/sourceCatalogue.ts'
import { handoutContent } from './handoutContent.ts'
import { setHandoutSections, setHandoutStatus, useHandoutStore, type HandoutSectionData } from './handoutStore.ts'
import { cssPixelsFor, pictureMm, picturePixels } from './printSizes.ts'

type PrintViews = typeof import('../scene/printViews.ts')

// three and the scene load lazily; the renderer's module with them, once, on first use.
let views: Promise<PrintViews> | null = null
let loadedViews: PrintViews | null = null
export function loadPrintViews(): Promise<PrintViews> {
  views ??= import('../scene/printViews.ts').then((m) => (loadedViews = m))
  return views
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve))

/** `muscle_side[_part]`: what the scene's markers say they show (see TriggerPointMarkers). */
export function showsKey(t: MuscleOnSide): string {
  return `${t.muscle}_${t.side}${t.part ? `_${t.part}` : ''}`
}

/** Waits (a few seconds at most) until the scene draws `target`'s zones and markers. */
async function untilShown(m: PrintViews, canvas: HTMLCanvasElement, target: MuscleOnSide): Promise<boolean> {
  const started = performance.now()
  while (performance.now() - started < 5000) {
    await nextFrame()
    // One more frame after the markers move, so the zone texture written with them is uploaded.
    if (m.sceneShows(canvas) === showsKey(target)) {
      await nextFrame()
      return true
    }
  }
  return false
}

/** The pictures of what the scene shows now, or none where there is no live 3D body. */
function pictures(m: PrintViews | null, canvas: HTMLCanvasElement | null, target: MuscleOnSide) {
  if (!m || !canvas) return []
  return (
    m.renderPrintPictures(canvas, target, picturePixels.width, picturePixels.height, cssPixelsFor(pictureMm.width)) ??
    []
  )
}

/** Waits until every handout picture is decoded, so the print dialog never shows a blank one. */
async function picturesReady(doc: Document): Promise<void> {
  await nextFrame()
  const images = [...doc.querySelectorAll<HTMLImageElement>('.handout img')]
  await Promise.all(images.map((img) => img.decode().catch(() => undefined)))
}

/**
 * Prepares the handout for `list` (up to four muscles, one section each, each on a new page)
 * and opens the print dialog. Resolves false when there is nothing to print, a print is already
 * being prepared, or the muscles' clinical text cannot be fetched.
 */
export async function printHandout(list: readonly MuscleOnSide[], win: Window = window): Promise<boolean> {
  if (list.length === 0 || useHandoutStore.getState().status === 'preparing') return false
  setHandoutStatus('preparing')
  // The clinical text is its own chunk, preloaded once the body is drawn; without it, no handout
  // (the status line says so).
  const clinical = await clinicalText.load().catch(() => null)
  if (!clinical) {
    setHandoutStatus('failed')
    return false
  }
  const { selected, hovered, comparing } = useAppStore.getState()
  const sections: HandoutSectionData[] = []
  try {
    const canvas = bodyCanvas(win.document)
    const m = canvas ? await loadPrintViews() : null
    useAppStore.setState({ hovered: null, comparing: false })
    for (const target of list.slice(0, maxPatientList)) {
      selectMuscle(target)
      const shown = m && canvas ? await untilShown(m, canvas, target) : false
      sections.push({
        content: handoutContent(target, clinical),
        pictures: shown ? pictures(m, canvas, target) : [],
        link: shareLink(win),
      })
    }
  } finally {
    useAppStore.setState({ selected, hovered, comparing, navigation: 'replace' })
  }
  // The sources and the QR code come in their own chunks (usually long since preloaded).
  await Promise.all([sourceCatalogue.load(), qrEncoder.load()]).catch(() => undefined)
  setHandoutSections(sections)
  await picturesReady(win.document)
  setHandoutStatus('idle')
  win.print()
  return true
}

/**
 * For Ctrl/Cmd+P without the button (the `beforeprint` event, which cannot wait): the handout of
 * the muscle on screen, drawn at once from what the scene shows. False where nothing is selected,
 * a handout is already prepared, or the clinical text has not loaded yet (the print stylesheet
 * then prints the page without its controls); before the renderer has loaded, without pictures.
 */
export function prepareSelectedNow(win: Window = window): boolean {
  const { selected } = useAppStore.getState()
  const clinical = clinicalText.peek()
  if (!selected || !clinical || useHandoutStore.getState().sections.length > 0) return false
  const canvas = bodyCanvas(win.document)
  const shown = !!(loadedViews && canvas && loadedViews.sceneShows(canvas) === showsKey(selected))
  setHandoutSections([
    {
      content: handoutContent(selected, clinical),
      pictures: shown ? pictures(loadedViews, canvas, selected) : [],
      link: shareLink(win),
    },
  ])
  return true
}
