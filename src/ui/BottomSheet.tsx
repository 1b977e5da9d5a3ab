import {
  useId,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type CSSProperties,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from 'react'
import { useAppStore } from '../state/store.ts'
import { useMedia } from './useMedia.ts'
import { dragHeight, nextSnap, snapAfterDrag, snapHeights, snapLabel, type Snap } from './sheetSnap.ts'

type Props = Omit<ComponentPropsWithoutRef<'aside'>, 'children'> & {
  /** The one line shown when the sheet is at peek (on phones only). */
  peek: ReactNode
  /**
   * A warning shown under the peek line, even at peek (phones only): the red-flag notice's title
   * when the results or the muscle's pattern can mimic something dangerous. The peek grows to fit it.
   */
  peekAlert?: ReactNode
  /** When this changes to a non-null value (a muscle chosen), the sheet opens to half. */
  openKey?: string | null
  /** The share of the space the sheet takes when half open (CSS and drag agree on it). */
  half?: number
  children: ReactNode
}

const PEEK_PX = 96
/** Extra peek height for `peekAlert` (two lines of text); kept in step with styles.css. */
const PEEK_ALERT_PX = 52

/**
 * The panel: beside the body on wide screens, a bottom sheet on phones (portrait) with three snap
 * points, moved by dragging its handle, by pressing it (peek → half → full) or by Arrow Up/Down.
 * On wide screens the handle and the peek line are hidden by CSS and only the content shows.
 */
export function BottomSheet({ peek, peekAlert, openKey = null, half = 0.5, children, className, ...rest }: Props) {
  const [snap, setSnap] = useState<Snap>('peek')
  const [dragPx, setDragPx] = useState<number | null>(null)
  const sheet = useRef<HTMLElement>(null)
  const drag = useRef<{ y: number; t: number; lastY: number; lastT: number; v: number; moved: boolean } | null>(null)
  const suppressClick = useRef(false)
  const bodyId = useId()
  // The handle and peek line exist only while the panel is a phone sheet, so wide screens have no
  // hidden copy of the muscle's name.
  const sheetLayout = useSheetLayout()

  // A new choice (openKey changes to a value) opens a closed sheet half way. Adjusted while
  // rendering, as React advises for state that follows a prop, rather than in an effect.
  const [openedFor, setOpenedFor] = useState<string | null>(null)
  // Present steps through muscles with the sheet hidden, then gives the first choice back: the
  // sheet stays as the person left it.
  const presenting = useAppStore((s) => s.presenting)
  if (openKey !== openedFor && !presenting) {
    setOpenedFor(openKey)
    if (openKey != null && snap === 'peek') setSnap('half')
  }

  const peekPx = PEEK_PX + (peekAlert ? PEEK_ALERT_PX : 0)
  const heights = () => snapHeights(sheet.current?.parentElement?.clientHeight ?? 600, peekPx, half)

  const onPointerDown = (e: PointerEvent<HTMLButtonElement>) => {
    if (e.button !== 0) return
    // A touch drag ends without a click (the tap is cancelled), so a flag left from the last drag
    // must not swallow this press.
    suppressClick.current = false
    e.currentTarget.setPointerCapture?.(e.pointerId)
    drag.current = { y: e.clientY, t: e.timeStamp, lastY: e.clientY, lastT: e.timeStamp, v: 0, moved: false }
  }
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current
    if (!d) return
    const dt = e.timeStamp - d.lastT
    if (dt > 0) d.v = (e.clientY - d.lastY) / dt
    d.lastY = e.clientY
    d.lastT = e.timeStamp
    if (Math.abs(e.clientY - d.y) > 6) d.moved = true
    if (d.moved) setDragPx(dragHeight(snap, e.clientY - d.y, heights()))
  }
  const onPointerUp = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current
    drag.current = null
    if (!d || !d.moved) return
    suppressClick.current = true
    setDragPx(null)
    setSnap(snapAfterDrag(snap, e.clientY - d.y, d.v, heights()))
  }
  const onPointerCancel = () => {
    drag.current = null
    setDragPx(null)
  }
  const onClick = () => {
    if (suppressClick.current) {
      suppressClick.current = false
      return
    }
    setSnap((s) => nextSnap(s, 'cycle'))
  }
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const move = e.key === 'ArrowUp' ? 'up' : e.key === 'ArrowDown' ? 'down' : null
    if (move) {
      e.preventDefault()
      setSnap((s) => nextSnap(s, move))
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault()
      setSnap(e.key === 'Home' ? 'peek' : 'full')
    }
  }

  return (
    <aside
      {...rest}
      ref={sheet}
      className={`panel sheet${className ? ` ${className}` : ''}`}
      data-snap={snap}
      data-dragging={dragPx != null || undefined}
      data-peek-alert={peekAlert ? '' : undefined}
      style={
        {
          '--sheet-half': `${half * 100}%`,
          ...(dragPx != null ? { height: `${dragPx}px`, maxHeight: 'none' } : {}),
        } as CSSProperties
      }
    >
      {sheetLayout && (
        <div className="sheet-bar">
          <button
            type="button"
            className="sheet-handle"
            aria-label={snapLabel(snap)}
            aria-expanded={snap !== 'peek'}
            aria-controls={bodyId}
            aria-keyshortcuts="ArrowUp ArrowDown"
            onClick={onClick}
            onKeyDown={onKeyDown}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={onPointerCancel}
          >
            <span className="sheet-grip" aria-hidden="true" />
          </button>
          <div className="sheet-peek">{peek}</div>
          {peekAlert && <div className="sheet-peek-alert">{peekAlert}</div>}
        </div>
      )}
      <div className="sheet-body" id={bodyId}>
        {children}
      </div>
      {sheetLayout && (
        <p className="visually-hidden sheet-status" aria-live="polite">
          {snapLabel(snap)}
        </p>
      )}
    </aside>
  )
}

/** The media query under which the panel is a bottom sheet (phone portrait); kept in step with styles.css. */
export const SHEET_QUERY = '(max-width: 720px) and (min-height: 501px)'

/**
 * True while the panel is shown as a phone bottom sheet. The first view drawn at build time has
 * the sheet's handle and peek line: styles.css hides them on wider screens, so that one markup
 * is right for a phone and a desktop until the app runs.
 */
export function useSheetLayout(): boolean {
  return useMedia(SHEET_QUERY, true)
}
