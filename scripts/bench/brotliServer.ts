/**
 * A static server for the first-view figures that compresses as a real host does: text, code,
 * JSON, wasm and the model are sent brotli-compressed (quality 11, as precompressed files are;
 * `vite preview` only gzips), everything else as it is. Compressed bodies are made once per file
 * and kept, so the server's own work never shows in the page's timings. Unknown paths get
 * index.html, as a single-page app's host answers.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { brotliCompressSync, constants } from 'node:zlib'
import { freePort } from './previewServer.ts'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.glb': 'model/gltf-binary',
  '.txt': 'text/plain; charset=utf-8',
}

/** Whether a host compresses this type (images are compressed already). */
export function compressible(type: string): boolean {
  return /text|javascript|json|xml|svg|wasm|gltf/.test(type)
}

export interface BrotliServer {
  url: string
  close(): Promise<void>
}

/** Serves `dir` on 127.0.0.1 (preferring `wantedPort`), brotli where the browser accepts it. */
export async function startBrotliServer(dir: string, wantedPort: number): Promise<BrotliServer> {
  const root = resolve(dir)
  const compressed = new Map<string, Buffer>()
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    let file = normalize(join(root, path))
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html')
    const type = types[extname(file)] ?? 'application/octet-stream'
    let body: Buffer = readFileSync(file)
    const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'no-cache' }
    if (compressible(type) && /\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let br = compressed.get(file)
      if (!br) {
        br = brotliCompressSync(body, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
        })
        compressed.set(file, br)
      }
      body = br
      headers['Content-Encoding'] = 'br'
      headers.Vary = 'Accept-Encoding'
    }
    headers['Content-Length'] = String(body.length)
    res.writeHead(200, headers)
    res.end(req.method === 'HEAD' ? undefined : body)
  })
  const port = await freePort(wantedPort)
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done))
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  }
}
