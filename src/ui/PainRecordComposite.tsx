import { useEffect, useMemo, useState } from 'react'
import { isMidline, regions } from '../data/regions.ts'
import { redFlagsForMarks } from '../lookup/redFlags.ts'
import { aboutPercent, compositeOf, placesOf } from '../record/composite.ts'
import { clearPainComposite, showPainComposite } from '../state/painComposite.ts'
import { useSkinSurface } from '../state/skinSurface.ts'
import { markedAreaName } from './MarkedAreas.tsx'
import { openRecordView, usePainRecord } from './PainRecordData.ts'
import { PainRecordHeatLegend } from './PainRecordHeatLegend.tsx'
import { RedFlagNotice } from './RedFlagNotice.tsx'
import { compositeKeptOnBody, keepCompositeOnBody, releaseCompositeOnBody } from './PainRecordOnBody.tsx'

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`

/**
 * "Where it hurt most" over a chosen range of days: each area with how many drawings marked it,
 * as a bar, and the pain extent as a share of the body's surface (the skin measured on the body).
 */
export function PainRecordComposite() {
  const records = usePainRecord((s) => s.records)
  const surface = useSkinSurface((s) => s.surface)
  const days = records.map((r) => r.date.slice(0, 10)).sort()
  const [from, setFrom] = useState(days[0] ?? '')
  const [to, setTo] = useState(days[days.length - 1] ?? '')
  const c = useMemo(
    () => compositeOf(records, { from: from || undefined, to: to || undefined }, surface),
    [records, from, to, surface],
  )
  // The person's own pain, added up: where it can mimic danger, the notice sits with it.
  const flags = useMemo(() => redFlagsForMarks(placesOf(c.areas)), [c.areas])
  // Published for the body's heat map while this view is open, and after it closes only when
  // the person asked to see it on the body.
  useEffect(() => {
    releaseCompositeOnBody()
    showPainComposite(c.drawings, c.areas)
    return () => {
      if (!compositeKeptOnBody()) clearPainComposite()
    }
  }, [c])
  if (records.length === 0) return <p>No drawings saved yet.</p>
  return (
    <div className="record-composite">
      <div className="record-pickers">
        <div>
          <label htmlFor="composite-from">From</label>
          <input id="composite-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div>
          <label htmlFor="composite-to">To</label>
          <input id="composite-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
      </div>
      <p className="record-extent">
        {c.drawings} {c.drawings === 1 ? 'drawing' : 'drawings'} in this range.{' '}
        {c.surface === null ? (
          <>
            Pain extent: {c.areas.length} {c.areas.length === 1 ? 'area' : 'areas'} marked at least once.
          </>
        ) : (
          <>
            Pain extent: <strong>{aboutPercent(c.surface)}</strong> of your body’s surface was marked at least once
            <span className="record-extent-areas">
              {' '}
              ({c.areas.length === 1 ? '1 area' : `${c.areas.length} areas`})
            </span>
            .
          </>
        )}
      </p>
      {c.surface === null && (
        <p className="hint">
          The share of your body’s surface is measured on the 3D body: it shows once the body has loaded.
        </p>
      )}
      <RedFlagNotice ids={flags} level={3} />
      <PainRecordHeatLegend drawings={c.drawings} />
      {c.drawings > 0 && (
        <div className="button-row">
          <button
            type="button"
            onClick={() => {
              keepCompositeOnBody()
              openRecordView('closed')
            }}
          >
            See it on the body
          </button>
        </div>
      )}
      <ol className="record-bars" aria-label="Areas, most often marked first">
        {c.areas.map((a) => {
          const name =
            a.side === null || isMidline(a.region)
              ? regions[a.region].label
              : markedAreaName({ region: a.region, side: a.side })
          return (
            <li key={`${a.region}:${a.side ?? 'mid'}`}>
              <span className="record-bar-label">
                {name}: {a.count} of {c.drawings}
              </span>
              <span className="record-bar" aria-hidden="true">
                <span style={{ width: percent(a.count / Math.max(1, c.drawings)) }} />
              </span>
            </li>
          )
        })}
      </ol>
    </div>
  )
}
