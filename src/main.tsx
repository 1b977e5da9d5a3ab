import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no element with id "root" to draw the app in')

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
