/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
  // The model lives in models/ (generated, committed); let the app import it as an asset.
  assetsInclude: ['**/*.glb'],
  build: { chunkSizeWarningLimit: 1500 },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
    // Component tests that type through user-event take 3 to 5 s on a busy 2-core machine: the
    // default 5 s made them flaky there. A real hang still fails.
    testTimeout: 30_000,
  },
})
