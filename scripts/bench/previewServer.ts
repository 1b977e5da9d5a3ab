import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { resolve } from 'node:path'

/** A running `vite preview` of the built app. */
export interface PreviewServer {
  url: string
  /** Stops the server (and anything it started); safe to call twice. */
  close(): void
}

/** A port nobody listens on right now, preferring `wanted` (others may run tests on fixed ports). */
export async function freePort(wanted: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((done) => {
      const s = createServer()
      s.once('error', () => done(null))
      s.listen(port, '127.0.0.1', () => {
        const got = (s.address() as { port: number }).port
        s.close(() => done(got))
      })
    })
  return (await tryPort(wanted)) ?? (await tryPort(0))!
}

/**
 * Serves the build in `outDir` with `vite preview` on a free port (preferring `wantedPort`) and
 * resolves once it answers. The
 * server runs in its own process group so close() also ends its children; it is also stopped
 * when this process exits, so an error or Ctrl-C never leaves it behind.
 */
export async function startPreview(root: string, outDir: string, wantedPort = 4240): Promise<PreviewServer> {
  const port = await freePort(wantedPort)
  const vite = resolve(root, 'node_modules/vite/bin/vite.js')
  const child = spawn(
    process.execPath,
    [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir],
    {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  )
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString()
  })
  let exited = false
  child.once('exit', () => {
    exited = true
  })

  const close = () => {
    process.off('exit', close)
    process.off('SIGINT', interrupted)
    process.off('SIGTERM', interrupted)
    if (exited || child.pid === undefined) return
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      /* already gone */
    }
    exited = true
  }
  const interrupted = () => {
    close()
    process.exit(130)
  }
  process.on('exit', close)
  process.once('SIGINT', interrupted)
  process.once('SIGTERM', interrupted)

  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (exited) {
      close()
      throw new Error(`vite preview stopped: ${stderr.trim()}`)
    }
    try {
      if ((await fetch(url)).ok) return { url, close }
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  close()
  throw new Error(`vite preview did not answer on ${url} within 30 s: ${stderr.trim()}`)
}
