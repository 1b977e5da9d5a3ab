import { useMemo, useRef } from 'react'
import type { RedFlagId } from '../data/red-flags.ts'
import { explainers, type ExplainerId } from '../data/explainers.ts'
import { redFlagsForMuscles } from '../lookup/redFlags.ts'
import {
  clearSelection,
  setAudience,
  switchSide,
  useAppStore,
  useComparedMuscles,
  type MuscleOnSide,
} from '../state/store.ts'
import { BottomSheet, useSheetLayout } from './BottomSheet.tsx'
import { ExplainerLink } from './ExplainerLink.tsx'
import { muscleOnSideName } from './labels.ts'
import { MuscleDetails } from './MuscleDetails.tsx'
import { PartSwitch } from './PartSwitch.tsx'
import { PrintHandoutButton } from './PrintHandoutButton.tsx'
import { PainLegend } from './PainLegend.tsx'
import { RedFlagNotice, RedFlagPeek } from './RedFlagNotice.tsx'
import { TenderPointList } from './TenderPointList.tsx'
import { AddToPatientList } from './AddToPatientList.tsx'
import { CompareSwatch } from './CompareSwatch.tsx'
import { PatientList } from './PatientList.tsx'
import { useFocusBelowOverlay, useScrolledPast, type StuckAtTop } from './panelScroll.ts'
import { SHORT_SCREEN_QUERY, useMedia } from './useMedia.ts'

/** The side panel (a bottom sheet on phones): the selected muscle, or how to start. */
export function MusclePanel() {
  const selected = useAppStore((s) => s.selected)
  const tenderPoints = useAppStore((s) => s.tenderPoints)
  const comparing = useAppStore((s) => s.comparing)
  const listLength = useAppStore((s) => s.patientList.length)
  // On phones the sheet's peek carries the name and the notice's title, so the controls come first
  // in the sheet; beside the body, the name and the notice come first (MuscleDetails' `controls`).
  const sheetLayout = useSheetLayout()
  // The muscles whose patterns are on the body: the chosen one, and the patient list when compared.
  const compared = useComparedMuscles()
  const comparedFlags = useMemo(() => redFlagsForMuscles(compared), [compared])
  const flags = useMemo(() => redFlagsForMuscles(selected ? [selected, ...compared] : compared), [selected, compared])
  return (
    <>
      <BottomSheet
        aria-label="Muscle details"
        openKey={selected ? `${selected.muscle}:${selected.side}` : null}
        peekAlert={flags.length > 0 ? <RedFlagPeek ids={flags} /> : undefined}
        peek={
          selected ? (
            <p className="peek-line">
              <strong className="peek-name">{muscleOnSideName(selected.muscle, selected.side)}</strong>
              <PeekLegend />
            </p>
          ) : (
            <p className="peek-line">
              {comparing ? (
                <ComparePeek count={listLength} />
              ) : tenderPoints ? (
                'Tender points on: open for names.'
              ) : (
                'Tap a muscle, or search by name.'
              )}
            </p>
          )
        }
      >
        {/* Beside the body a patient list sits above the chosen muscle, and could push its warning out
            of view: the warning's title then comes first (the full notice follows the name). */}
        {!sheetLayout && listLength > 0 && flags.length > 0 && <RedFlagPeek ids={flags} />}
        <PatientList />
        {/* Compared, the list is the patterns' legend: their notices follow it in full. */}
        <RedFlagNotice ids={comparedFlags} level={3} />
        {selected ? (
          <>
            {sheetLayout && <MuscleControls selected={selected} />}
            <MuscleDetails
              muscle={selected.muscle}
              side={selected.side}
              part={selected.part}
              shownRedFlags={comparedFlags}
              controls={sheetLayout ? undefined : <MuscleControls selected={selected} besideBody redFlags={flags} />}
            />
          </>
        ) : (
          <div className="panel-intro">
            {tenderPoints && <TenderPointList />}
            <h2>Find where pain comes from</h2>
            <p>
              Click or tap a muscle on the body, or search for it by name. You will see its trigger points, where their
              pain is felt, and what can help.
            </p>
            <p>
              Trigger points are tender spots in a tight band of muscle. They can send pain to somewhere else: this is
              called referred pain.
            </p>
            <h3 className="learn-title">Learn more</h3>
            <ul className="learn">
              {(Object.keys(explainers) as ExplainerId[]).map((id) => (
                <li key={id}>
                  <ExplainerLink id={id} />
                </li>
              ))}
            </ul>
          </div>
        )}
      </BottomSheet>
      {/* One short line for screen readers on each selection (the panel itself is not live: it would read it all). */}
      <p className="visually-hidden" role="status" aria-live="polite">
        {selected ? `${muscleOnSideName(selected.muscle, selected.side)} selected.` : ''}
      </p>
    </>
  )
}

/**
 * What sticks at the top of a scrolled panel (see useFocusBelowOverlay): beside a tall body the
 * buttons with the title hanging under them; on a short screen the title alone.
 */
const STUCK: Record<'tall' | 'short', StuckAtTop> = {
  tall: { bar: '.panel-tools', covers: '.panel-tools, .panel-tools > .red-flag-peek' },
  short: { bar: '.stuck-alert', covers: '.stuck-alert > .red-flag-peek' },
}

interface MuscleControlsProps {
  selected: MuscleOnSide
  /** In the panel beside the body, not the phone's sheet (which has its own peek). */
  besideBody?: boolean
  /** The notices of the patterns on the body, whose title hangs at the top once the full notice is out of sight. */
  redFlags?: readonly RedFlagId[]
}

/**
 * The chosen muscle's controls: side, wording, close, part, patient list, handout, legend.
 * Beside the body the side, wording and close buttons stay at the top of the panel as it scrolls
 * (not on a short screen, where they would fill it). Once the full "Check first" notice above
 * them has scrolled away, the notice's title stays at the top too: under the buttons, or on a
 * short screen alone once the buttons have gone. The pattern stays on the body, so its warning
 * stays in sight.
 */
function MuscleControls({ selected, besideBody = false, redFlags = [] }: MuscleControlsProps) {
  const audience = useAppStore((s) => s.audience)
  const comparing = useAppStore((s) => s.comparing)
  const shortScreen = useMedia(SHORT_SCREEN_QUERY)
  // Before the buttons beside a tall body (once it is past, they are stuck and the notice above is
  // gone); after them on a short screen (they scroll away first, then the title takes the top).
  const marker = useRef<HTMLDivElement>(null)
  const layoutKey = `${selected.muscle}:${selected.side}:${selected.part ?? ''}:${redFlags.join()}:${shortScreen}`
  const past = useScrolledPast(marker, besideBody, layoutKey)
  useFocusBelowOverlay(marker, STUCK[shortScreen ? 'short' : 'tall'], past)
  const title = past && redFlags.length > 0 && <RedFlagPeek ids={redFlags} repeated />
  const markerElement = <div ref={marker} className="tools-marker" />
  return (
    <>
      {!shortScreen && markerElement}
      <div className="panel-tools">
        <div className="side-switch" role="group" aria-label="Side">
          {(['left', 'right'] as const).map((side) => (
            <button
              key={side}
              type="button"
              aria-pressed={selected.side === side}
              onClick={(e) => {
                // The other side's notice may differ (the heart's is left-sided) and move these
                // buttons beside the body: keep the pressed one in view.
                const pressed = e.currentTarget
                switchSide(side)
                requestAnimationFrame(() => pressed.scrollIntoView?.({ block: 'nearest' }))
              }}
            >
              {side === 'left' ? 'Left' : 'Right'}
            </button>
          ))}
        </div>
        <div className="audience-switch" role="group" aria-label="Wording">
          <button type="button" aria-pressed={audience === 'patient'} onClick={() => setAudience('patient')}>
            Plain words
          </button>
          <button type="button" aria-pressed={audience === 'clinician'} onClick={() => setAudience('clinician')}>
            Clinical terms
          </button>
        </div>
        <button type="button" className="close" onClick={clearSelection} aria-label="Close muscle details">
          Close
        </button>
        {!shortScreen && title}
      </div>
      {shortScreen && markerElement}
      {shortScreen && title && <div className="stuck-alert">{title}</div>}
      <PartSwitch muscle={selected.muscle} part={selected.part} />
      <div className="muscle-actions">
        <AddToPatientList target={selected} />
        <PrintHandoutButton />
      </div>
      {!comparing && <PainLegend />}
    </>
  )
}

/** While comparing, the peek's line: each compared muscle's swatch and how many there are. */
function ComparePeek({ count }: { count: number }) {
  return (
    <>
      <span className="peek-swatches" aria-hidden="true">
        {Array.from({ length: count }, (_, i) => (
          <CompareSwatch key={i} index={i} />
        ))}
      </span>{' '}
      {count} muscles compared
    </>
  )
}

/** The legend in one line, for the sheet's peek: the full legend with its words is in the sheet. */
export function PeekLegend() {
  return (
    <span className="peek-legend">
      <span aria-hidden="true">
        <span className="legend-x">✕</span> <span className="peek-word">point</span>
      </span>
      <span aria-hidden="true">
        <span className="zone-swatch essential" /> <span className="peek-word">most</span>
      </span>
      <span aria-hidden="true">
        <span className="zone-swatch spillover" /> <span className="peek-word">some</span>
      </span>
      <span className="visually-hidden">
        Legend: a cross marks a trigger point; solid red, where nearly everyone feels its pain; red dots, where some do.
      </span>
    </span>
  )
}
