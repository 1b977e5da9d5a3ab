/**
 * The built page's Content-Security-Policy, written into index.html as a <meta> at build time
 * (`vite build`, so also `vite preview` and `npm start`), never in `vite dev`: the dev server's
 * hot reload runs an inline script (React Refresh's preamble) that this policy forbids.
 *
 * What each directive allows, and why:
 * - scripts: this origin's files only. No inline scripts, no eval. 'wasm-unsafe-eval' lets the
 *   meshopt decoder (three-stdlib, through drei's useGLTF) compile its WebAssembly, which the
 *   compressed body model needs; it allows WebAssembly only, never JavaScript eval.
 * - styles: this origin's style sheets. React's style props go through the CSSOM, which a
 *   policy does not govern; no library here injects <style> elements (checked in the e2e suite,
 *   which fails on any violation).
 * - images: this origin, data: (the handout's pictures of the body, drawn from the canvas) and
 *   blob: (a pain-record drawing downloaded as a picture).
 * - connect: this origin (the model, the service worker's precache); workers and the web app
 *   manifest: this origin (the service worker). No blob: workers: the decoder runs on the page.
 * - no plugins, no <base> elsewhere, forms post only here.
 * A <meta> policy cannot carry frame-ancestors (nor report-uri): a host that wants to forbid
 * framing sends `Content-Security-Policy: frame-ancestors 'none'` as a header (see README).
 */
import type { Plugin } from 'vite'

export const contentSecurityPolicy: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
}

/** The policy as one header value: `directive source source; directive ...`. */
export function policyText(policy: Readonly<Record<string, readonly string[]>> = contentSecurityPolicy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ')
}

/**
 * Vite plugin: the policy right after <meta charset> (which must stay first), before any script
 * or style sheet of the built page, so it governs all of them.
 */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'triggermap:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const charset = /<meta charset="[^"]*" \/>/i
        if (!charset.test(html)) throw new Error('index.html has no <meta charset="..." />: where does the policy go?')
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policyText()}" />`
        return html.replace(charset, (m) => `${m}\n    ${meta}`)
      },
    },
  }
}
