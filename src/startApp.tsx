/**
 * Starts the app in `#root`, replacing the first view that index.html shows until now (drawn at
 * build time: src/prerender.tsx). Loaded by main.ts once that view has painted.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'
import { whenAppMayRender } from './sceneFirst.ts'
import { startAppState } from './state/appState.ts'
// After the components' own style sheets, so the page's rules win a tie as they always have. The
// build makes one style sheet of them all (vite.config.ts), linked from index.html's head.
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no element with id "root" to draw the app in')

// The app runs: the page's own "still loading?" line (index.html) is no longer needed.
document.querySelector('.slow-start')?.remove()

// On a bare address the 3D view draws the body first (src/sceneFirst.ts); the first view stays
// until then, and the app adopts the view where it renders the stage.
void whenAppMayRender().then(() => {
  // The preferences and the link applied before the first render, so it shows what the link names.
  startAppState()
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
})
