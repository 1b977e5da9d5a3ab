import { useEffect, useState, useSyncExternalStore } from 'react'
import { afterFirstView } from './afterFirstView.ts'
import { newVersionWaiting, onNewVersionWaiting, reloadToNewVersion, startServiceWorker } from './serviceWorker.ts'
import './update-notice.css'

/**
 * Sets up offline use once the first view is done (see afterFirstView) and, when a new version of
 * the app has been downloaded, says so politely with a Reload button. Nothing reloads by itself:
 * "Later" keeps this version until the next visit. The live region is always in the page, so a
 * screen reader announces the message when it appears.
 */
export function UpdateNotice({ modelUrl }: { modelUrl: string | null }) {
  const waiting = useSyncExternalStore(onNewVersionWaiting, newVersionWaiting, () => false)
  const [later, setLater] = useState(false)

  useEffect(() => {
    const firstView = afterFirstView(modelUrl)
    void firstView.done.then(startServiceWorker)
    return firstView.cancel
  }, [modelUrl])

  return (
    <div className="update-notice" role="status">
      {waiting && !later && (
        <p>
          <span>New version ready</span>
          <button type="button" className="update-reload" onClick={reloadToNewVersion}>
            Reload
          </button>
          <button type="button" onClick={() => setLater(true)}>
            Later
          </button>
        </p>
      )}
    </div>
  )
}
