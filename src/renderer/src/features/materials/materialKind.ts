/** How the viewer shows a material, from the type the core sniffed at import (never from the name). */
export type MaterialKind = 'pdf' | 'image' | 'svg' | 'video' | 'audio' | 'docx' | 'office' | 'other'

const OFFICE = 'application/vnd.openxmlformats-officedocument.'

export function materialKind(mime: string): MaterialKind {
  const m = mime.toLowerCase()
  if (m === 'application/pdf') return 'pdf'
  // SVG can carry script: never rendered, whatever let it in (docs/design/hostile-inputs.md "refuse SVG")
  if (m === 'image/svg+xml') return 'svg'
  if (m.startsWith('image/')) return 'image'
  if (m.startsWith('video/')) return 'video'
  if (m.startsWith('audio/')) return 'audio'
  if (m === `${OFFICE}wordprocessingml.document` || m === 'application/msword') return 'docx'
  if (m.startsWith(OFFICE) || m.startsWith('application/vnd.ms-')) return 'office'
  return 'other'
}

/**
 * A material's identity in lists: its bytes and its name. Two files with the same bytes and different
 * names are two materials sharing one blob (issue 9 item 12), so the hash alone is not a key.
 */
export function materialKey(m: { sha256: string; name: string }): string {
  return `${m.sha256}/${m.name}`
}
