/**
 * The headers every material response carries, from either viewer door: the bridge's /attachments/ route
 * and Electron's wb-attachment: scheme. A material is hostile input (docs/design/hostile-inputs.md): an
 * HTML or SVG file opened directly must not run script or reach the app, so it gets a sandboxing CSP,
 * no type sniffing, no caching, and shows inline under its own (encoded) name.
 * Kept free of the electron import so a unit test can assert it and the bridge can share it.
 */
export const ATTACHMENT_CSP = "default-src 'none'; sandbox"

/** RFC 5987/8187 ext-value: percent-encoded UTF-8, where also ' ( ) * ! are escaped. */
function encodeExtValue(s: string): string {
  return encodeURIComponent(s).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** The file's display name without folders or control characters ('' when nothing is left). */
function displayName(name: string | undefined): string {
  const base = (name ?? '').split(/[/\\]/).pop() ?? ''
  // eslint-disable-next-line no-control-regex -- stripping control characters from a file name is the point
  return base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 255)
}

/** `inline; filename*=UTF-8''…` — shown in place, never a download prompt, the name safe in any byte. */
export function contentDisposition(name?: string): string {
  const n = displayName(name)
  return n ? `inline; filename*=UTF-8''${encodeExtValue(n)}` : 'inline'
}

/** Headers for a material response (content type, length and range are the caller's). */
export function attachmentHeaders(file: { name?: string }): Record<string, string> {
  return {
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': ATTACHMENT_CSP,
    'content-disposition': contentDisposition(file.name),
  }
}
