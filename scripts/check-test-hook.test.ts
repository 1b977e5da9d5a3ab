import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { checkTestHook, hookMarkers } from './check-test-hook.ts'

const made: string[] = []
/** A build folder with index.html and one script. */
function build(script: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'hook-check-'))
  made.push(dir)
  mkdirSync(join(dir, 'assets'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="/assets/index.js"></script>')
  writeFileSync(join(dir, 'assets', 'index.js'), script)
  return dir
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true })
})

const withHook = `window.${hookMarkers.join('=1;window.')}=1`

describe('the test-hook check', () => {
  it('passes a production build without the hook next to an e2e build with it', () => {
    expect(checkTestHook(build('console.log(1)'), build(withHook))).toEqual([])
  })
  it('fails a production build that carries the hook, naming the file and the name', () => {
    const problems = checkTestHook(build('window.__triggermap={}'), build(withHook))
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/production build carries the test hook: .*index\.js: __triggermap$/)
  })
  it('fails when the e2e build has no hook (the wrong folder, or a production build)', () => {
    expect(checkTestHook(build(''), build('')).length).toBe(hookMarkers.length)
  })
  it('fails when a folder holds no build', () => {
    expect(checkTestHook('/nonexistent-dist', build(withHook))).toEqual([
      '/nonexistent-dist: no build there (index.html missing)',
    ])
  })
})
