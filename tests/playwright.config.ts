import { defineConfig } from '@playwright/test'
import { chromiumArgs } from '../scripts/chromium-args.ts'

/**
 * Browser tests: the e2e build (`npm run build:e2e`: the production build plus the test hook,
 * `vite build --mode e2e --outDir dist-e2e`) served by `vite preview`, driven in Debian's
 * Chromium (no browser download), WebGL through SwiftShader.
 */
const port = Number(process.env.E2E_PORT ?? 4180)
// Several people (or helpers) can run the suite at once on one machine: each with its own port,
// build folder (`vite build --outDir`) and results folder.
const dist = process.env.E2E_DIST ?? 'dist-e2e'
const results = process.env.E2E_RESULTS ?? '../test-results'
export default defineConfig({
  testDir: './e2e',
  outputDir: results,
  // Generous: a test's first wait is for the body's first frame (see BODY_BUDGET_MS in fixtures),
  // which a busy machine can stretch to a minute or more. Waits end on the app's own signals.
  timeout: 240_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    // The app's service worker would precache the whole app (megabytes) in every test: blocked
    // here, allowed only in offline.spec.ts, which tests it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${dist}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
