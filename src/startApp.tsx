/**
 * Starts the app in `#root`, replacing the first view that index.html shows until now (the same
 * markup, drawn at build time: src/prerender.tsx). Loaded by main.ts once that view has painted.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no element with id "root" to draw the app in')

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
