/**
 * Vitest global setup: a folder for this run in which the first test file that needs the built
 * body model leaves it for the others (see test-model.ts), removed when the run ends. Building
 * takes 5 to 10 s on a busy 2-core machine; three test files check the built model.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where this run keeps the built body model (test-model.ts). */
    builtModelDir: string
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'triggermap-model-'))
  project.provide('builtModelDir', dir)
  return () => rmSync(dir, { recursive: true, force: true })
}
