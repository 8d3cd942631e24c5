import { dirname, normalize, sep } from 'node:path'

/**
 * Where the app's own page comes from, decided once in main and used for loading, the IPC sender check
 * and the navigation guard. The built renderer is served by the privileged app:// scheme (issue 15), so
 * pdf.js's worker, CMaps and fonts load from one secure origin exactly as from the bridge in browser
 * mode; file: is never trusted. Kept free of the electron import so a unit test can assert it.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'workbench'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

export type RendererEntry = { kind: 'app'; root: string; url: string } | { kind: 'dev'; url: string }

/**
 * ELECTRON_RENDERER_URL (electron-vite's dev server) is honoured only in an unpackaged app: a packaged
 * app started with that variable set still loads its own index.html and trusts nothing else.
 */
export function rendererEntry(opts: { isPackaged: boolean; env: Record<string, string | undefined>; indexHtml: string }): RendererEntry {
  const dev = opts.env.ELECTRON_RENDERER_URL
  if (!opts.isPackaged && dev) {
    try {
      const u = new URL(dev)
      if (u.protocol === 'http:' || u.protocol === 'https:') return { kind: 'dev', url: u.href }
    } catch {
      // not a URL: fall back to the packaged page
    }
  }
  return { kind: 'app', root: dirname(opts.indexHtml), url: `${APP_ORIGIN}/index.html` }
}

/**
 * Is `url` the app's own page? For the app entry: exactly app://workbench/index.html (hash and query
 * aside, the router lives in the hash), never another page of the scheme nor any file: URL. For the
 * dev entry: the dev server's origin.
 */
export function isAppUrl(url: string, entry: RendererEntry): boolean {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return false
  }
  if (entry.kind === 'dev') return (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === new URL(entry.url).origin
  return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.port === '' && u.pathname === '/index.html'
}

/**
 * The file an app:// request names inside the built renderer folder, or null: another host, a
 * malformed escape, or a path that leaves the folder (`..`, an encoded separator) resolves to nothing.
 */
export function appFilePath(url: string, root: string): string | null {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return null
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null
  let rel: string
  try {
    rel = decodeURIComponent(u.pathname)
  } catch {
    return null
  }
  if (rel.includes('\0') || rel.includes('\\')) return null
  rel = rel.replace(/^\/+/, '') || 'index.html'
  const base = normalize(root)
  const file = normalize(`${base}${sep}${rel}`)
  return file.startsWith(base.endsWith(sep) ? base : base + sep) ? file : null
}

const MIME: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  pfb: 'application/octet-stream',
  bcmap: 'application/octet-stream',
  wasm: 'application/wasm',
}

/** The content type of an app file by its extension (module scripts need text/javascript). */
export function appMime(path: string): string {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase()
  return MIME[ext] ?? 'application/octet-stream'
}
