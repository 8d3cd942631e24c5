import { pathToFileURL } from 'node:url'

/**
 * Where the app's own page comes from, decided once in main and used for loading, the IPC sender check
 * and the navigation guard. Kept free of the electron import so a unit test can assert it.
 */
export type RendererEntry = { kind: 'file'; path: string; url: string } | { kind: 'dev'; url: string }

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
      // not a URL: fall back to the packaged file
    }
  }
  return { kind: 'file', path: opts.indexHtml, url: pathToFileURL(opts.indexHtml).href }
}

/**
 * Is `url` the app's own page? For the file entry: exactly that index.html (hash and query aside, the
 * router lives in the hash), never another file: URL. For the dev entry: the dev server's origin.
 */
export function isAppUrl(url: string, entry: RendererEntry): boolean {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return false
  }
  if (entry.kind === 'dev') return (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === new URL(entry.url).origin
  if (u.protocol !== 'file:' || u.host !== '') return false
  const own = new URL(entry.url)
  return decodeURIComponent(u.pathname) === decodeURIComponent(own.pathname)
}
