import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.glb': 'model/gltf-binary',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
}

/**
 * The e2e build served as a host serves a deployed app, with a second version to deploy: after
 * `nextVersion()`, its service worker script differs (as it does whenever any file of the app
 * changes, its precache list carrying each file's revision), so browsers find an update. The
 * suite's `vite preview` cannot change what it serves during a run, hence this small server.
 */
export interface VersionedServer {
  url: string
  /** Deploys the next version. */
  nextVersion: () => void
  close: () => Promise<void>
}

export async function startVersionedServer(): Promise<VersionedServer> {
  // The build the rest of the suite is served from (playwright.config.ts): the e2e build, whose
  // test hook waitForBody waits on. The production build (dist) has none.
  const root = resolve(fileURLToPath(new URL('../..', import.meta.url)), process.env.E2E_DIST ?? 'dist-e2e')
  let version = 1
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname))
      const file = path === '/' || extname(path) === '' ? 'index.html' : path.slice(1)
      try {
        let body = await readFile(join(root, file))
        if (file === 'sw.js' && version > 1) body = Buffer.concat([body, Buffer.from(`\n// version ${version}\n`)])
        res.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-cache',
        })
        res.end(body)
      } catch {
        res.writeHead(404).end()
      }
    })()
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    nextVersion: () => {
      version++
    },
    close: () => new Promise((done) => server.close(() => done())),
  }
}
