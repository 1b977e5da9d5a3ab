import { useRef, useState } from 'react'
import { useAppStore } from '../state/store.ts'
import { shareLink } from '../state/urlSync.ts'
import { ShareDialog, viewSummary } from './ShareDialog.tsx'

/** "Share" in the app bar: opens the share dialog for the view as it is now. */
export function ShareButton() {
  const [shared, setShared] = useState<{ link: string; summary: string[] } | null>(null)
  const button = useRef<HTMLButtonElement>(null)
  const close = () => {
    setShared(null)
    button.current?.focus()
  }
  return (
    <>
      <button
        ref={button}
        type="button"
        className="share-button"
        aria-haspopup="dialog"
        onClick={() => setShared({ link: shareLink(), summary: viewSummary(useAppStore.getState()) })}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" className="share-icon">
          <path
            d="M12 3v12M7 8l5-5 5 5M5 13v7h14v-7"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <span className="share-word">Share</span>
      </button>
      {shared && <ShareDialog link={shared.link} summary={shared.summary} onClose={close} />}
    </>
  )
}
