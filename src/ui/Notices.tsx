import { dismissNotice, useAppStore } from '../state/store.ts'

/** Messages about something that went wrong (a broken link), each dismissible. */
export function Notices() {
  const notices = useAppStore((s) => s.notices)
  if (notices.length === 0) return null
  return (
    <div className="notices" role="status">
      {notices.map((n) => (
        <p key={n} className="notice">
          <span>{n}</span>
          <button type="button" onClick={() => dismissNotice(n)} aria-label="Dismiss message">
            OK
          </button>
        </p>
      ))}
    </div>
  )
}
