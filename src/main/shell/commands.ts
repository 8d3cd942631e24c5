/**
 * Commands main sends the page (menu items, a second launch): the page carries them out, because it
 * knows whether something is unsaved and asks first. `switch:<folder>` opens that workspace.
 */
export type ShellCommand = 'new' | 'open' | 'close' | `switch:${string}`

export function parseShellCommand(raw: string): { kind: 'new' | 'open' | 'close' } | { kind: 'switch'; path: string } | null {
  if (raw === 'new' || raw === 'open' || raw === 'close') return { kind: raw }
  if (raw.startsWith('switch:') && raw.length > 'switch:'.length) return { kind: 'switch', path: raw.slice('switch:'.length) }
  return null
}
