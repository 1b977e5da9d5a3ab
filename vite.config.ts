/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'
import { contentSecurityPolicyPlugin } from './scripts/vite/contentSecurityPolicy.ts'
import { skinPreloadPlugin } from './scripts/vite/skinPreload.ts'
import { muscleTextSplitPlugin } from './scripts/vite/muscleTextSplit.ts'
import { prerenderFirstViewPlugin } from './scripts/vite/prerenderFirstView.ts'

/**
 * Offline and installable: a web app manifest and a Workbox service worker (generateSW) that
 * precaches the whole app, the body model included, so that after one visit the app opens, draws
 * the body and searches with no network. `registerType: 'prompt'`: a new version waits until the
 * user chooses Reload (src/ui/UpdateNotice.tsx registers it from the bundle; no inline script,
 * which the page's CSP forbids). Workbox's runtime is a file of this origin (no CDN).
 */
function offline() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: null,
    manifest: {
      id: '/',
      name: 'TriggerMap',
      short_name: 'TriggerMap',
      description: 'A 3D body map of myofascial trigger points, their referred pain and the treatments that fit.',
      lang: 'en',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      // The page's own ground (--bg in src/styles.css), so the splash and title bar match it.
      background_color: '#f4f4f1',
      theme_color: '#f4f4f1',
      categories: ['medical', 'health', 'education'],
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      // Everything the build emits: the shell, every JS/CSS chunk (lazy ones too), the model
      // (.glb), any decoder as its own file (.wasm) and the icons; the plugin adds the manifest.
      globPatterns: ['**/*.{html,js,css,glb,wasm,svg,png}'],
      // The model and the largest chunk are 1 to 2 MB each; Workbox's default skips files over 2 MiB.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
    },
    // The icons are in globPatterns already (public/ is copied into the build).
    includeManifestIcons: false,
  })
}

export default defineConfig({
  plugins: [
    react(),
    muscleTextSplitPlugin(),
    prerenderFirstViewPlugin(),
    contentSecurityPolicyPlugin(),
    skinPreloadPlugin(),
    offline(),
  ],
  // The model lives in models/ (generated, committed); let the app import it as an asset.
  assetsInclude: ['**/*.glb'],
  build: {
    chunkSizeWarningLimit: 1500,
    // One style sheet, linked from index.html's head: the first view drawn into the page at build
    // time (src/prerender.tsx) needs the components' styles too, before the app's code loads.
    cssCodeSplit: false,
  },
  test: {
    setupFiles: ['src/test-setup.ts'],
    // Component tests that type through user-event take 3 to 5 s on a busy 2-core machine: the
    // default 5 s made them flaky there. A real hang still fails.
    testTimeout: 30_000,
    // The default summary's Duration line, then one plain line: wall time and slowest files.
    reporters: ['default', './src/test-wall-time.ts'],
    // jsdom costs about a second a file: only the component tests (*.test.tsx) get it; the rest
    // run in plain Node, and a .ts test that needs a document says `@vitest-environment jsdom`.
    // The Node tests share one module graph (isolate: false): each file no longer pays a second
    // or more to start a process and load the data again. They restore what they change (the
    // store, timers, spies); one that replaces a module (vi.mock) is named *.isolated.test.ts
    // and runs in a fresh graph (src/test-isolation.test.ts checks this).
    projects: [
      { extends: true, test: { name: 'dom', environment: 'jsdom', include: ['src/**/*.test.tsx'] } },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'models/**/*.test.ts'],
          exclude: ['**/*.isolated.test.ts'],
          isolate: false,
          // A folder where the first file that needs the built body model leaves it for the rest.
          globalSetup: ['models/generator/test-model.setup.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'node-isolated', environment: 'node', include: ['{src,scripts,models}/**/*.isolated.test.ts'] },
      },
    ],
  },
})
