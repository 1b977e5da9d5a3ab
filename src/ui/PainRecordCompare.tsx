import { useState } from 'react'
import { compareRecords } from '../record/compare.ts'
import type { PainRecord } from '../record/schema.ts'
import { areaNames, recordDate } from './PainRecordAreas.ts'
import { markedAreaName } from './MarkedAreas.tsx'
import { usePainRecord } from './PainRecordData.ts'

/** Two saved drawings side by side: the areas in each, what went, what is new, what changed. */
export function PainRecordCompare() {
  const records = usePainRecord((s) => s.records)
  // The list is newest first: by default compare the two latest, the earlier on the left.
  const [earlierId, setEarlierId] = useState(records[1]?.id ?? '')
  const [laterId, setLaterId] = useState(records[0]?.id ?? '')
  const [newest, previous] = records
  if (!newest || !previous) return <p>Save at least two drawings to compare them.</p>
  const earlier = records.find((r) => r.id === earlierId) ?? previous
  const later = records.find((r) => r.id === laterId) ?? newest
  const c = compareRecords(earlier, later)
  return (
    <div className="record-compare">
      <div className="record-pickers">
        <Picker
          id="compare-earlier"
          label="Earlier drawing"
          records={records}
          value={earlier.id}
          onChange={setEarlierId}
        />
        <Picker id="compare-later" label="Later drawing" records={records} value={later.id} onChange={setLaterId} />
      </div>
      <div className="record-columns">
        <Column title={recordDate(earlier.date)} record={earlier} />
        <Column title={recordDate(later.date)} record={later} />
      </div>
      <h3>What changed</h3>
      <ul className="record-changes">
        <li>New: {areaNames(c.added).join(', ') || 'nothing'}</li>
        <li>Gone: {areaNames(c.gone).join(', ') || 'nothing'}</li>
        <li>In both: {areaNames(c.both).join(', ') || 'nothing'}</li>
        {c.intensityChanged.map((ch) => (
          <li key={`${ch.mark.region}:${ch.mark.side}`}>
            {markedAreaName(ch.mark)}: pain {ch.before} then {ch.after} of 10
          </li>
        ))}
        {c.overall.before !== undefined && c.overall.after !== undefined && (
          <li>
            Overall pain: {c.overall.before} then {c.overall.after} of 10
          </li>
        )}
      </ul>
    </div>
  )
}

function Picker(props: {
  id: string
  label: string
  records: readonly PainRecord[]
  value: string
  onChange: (id: string) => void
}) {
  return (
    <div>
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.records.map((r) => (
          <option key={r.id} value={r.id}>
            {recordDate(r.date)}
          </option>
        ))}
      </select>
    </div>
  )
}

function Column({ title, record }: { title: string; record: PainRecord }) {
  const names = areaNames(record.marks)
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      {record.intensity !== undefined && <p>Pain {record.intensity} of 10</p>}
      <ul>
        {names.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </section>
  )
}
