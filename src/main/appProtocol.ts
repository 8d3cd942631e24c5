import { protocol } from 'electron'
import { readFile, stat } from 'node:fs/promises'
import { APP_SCHEME, appFilePath, appMime } from './rendererEntry'
import { CONTENT_SECURITY_POLICY } from './security'

/**
 * The app:// scheme the renderer is served from (issue 15). Privileged like https (standard, secure,
 * fetch, streaming, code cache), so module scripts, pdf.js's worker and fetch() of CMaps work as in
 * browser mode. Must be registered before the app is ready, together with the materials scheme.
 */
export const APP_SCHEME_PRIVILEGES = { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } }

/** Serves only files inside the built renderer folder, each with the app's CSP. */
export function handleAppScheme(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = appFilePath(request.url, root)
    if (!file) return new Response('not found', { status: 404 })
    try {
      if (!(await stat(file)).isFile()) return new Response('not found', { status: 404 })
      return new Response(new Uint8Array(await readFile(file)), {
        status: 200,
        headers: { 'content-type': appMime(file), 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache' },
      })
    } catch {
      return new Response('not found', { status: 404 })
    }
  })
}
