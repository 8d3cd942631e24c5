/**
 * Commands main sends the page (menu items, a second launch): the page carries them out, because it
 * knows whether something is unsaved and asks first. `switch:<folder>` opens that workspace;
 * `package:<file>` is a package file the OS or a launch handed over (issue 11: a .wbexp is opened
 * through openPackageDialog); `score:<uploadId>` a .wbscore main already staged in the open workspace's
 * uploads, for the page to import.
 */
export type ShellCommand = 'new' | 'open' | 'close' | `switch:${string}` | `package:${string}` | `score:${string}`

export function parseShellCommand(raw: string): { kind: 'new' | 'open' | 'close' } | { kind: 'switch' | 'package' | 'score'; path: string } | null {
  if (raw === 'new' || raw === 'open' || raw === 'close') return { kind: raw }
  if (raw.startsWith('switch:') && raw.length > 'switch:'.length) return { kind: 'switch', path: raw.slice('switch:'.length) }
  if (raw.startsWith('package:') && raw.length > 'package:'.length) return { kind: 'package', path: raw.slice('package:'.length) }
  if (/^score:[A-Za-z0-9_-]{1,80}$/.test(raw)) return { kind: 'score', path: raw.slice('score:'.length) }
  return null
}
