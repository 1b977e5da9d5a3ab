/**
 * Runs before every unit test file. Most files run in plain Node (no DOM, see vite.config.ts);
 * only the component tests and the few others that need a document get jsdom, and only they
 * load Testing Library and its matchers, which would cost every pure file a second or more.
 */
import { afterEach } from 'vitest'

if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest')
  const { cleanup } = await import('@testing-library/react')
  afterEach(() => cleanup())
}
