import { readFile, writeFile, rename, mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { z } from 'zod'

/** Window size and position, remembered between launches (issue 15). Kept free of the electron import. */
export const WindowStateSchema = z.object({
  kind: z.literal('window-state'),
  schemaVersion: z.literal(1),
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean().default(false),
})
export type WindowState = z.infer<typeof WindowStateSchema>
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export const DEFAULT_SIZE = { width: 1440, height: 900 }
export const MIN_SIZE = { width: 1100, height: 700 }

/**
 * The bounds to open with: the saved ones when at least a good part of the window (its title bar
 * region) lies on a display that exists now — a laptop undocked from its second screen must not open
 * off-screen — and never smaller than the minimum nor larger than that display. Otherwise: centred default.
 */
export function restoreBounds(saved: WindowState | null, displays: Rect[]): { bounds: Partial<Rect> & { width: number; height: number }; maximized: boolean } {
  const fallback = { bounds: { ...DEFAULT_SIZE }, maximized: false }
  if (!saved) return fallback
  const visible = displays.find((d) => {
    const left = Math.max(saved.x, d.x)
    const right = Math.min(saved.x + saved.width, d.x + d.width)
    const top = Math.max(saved.y, d.y)
    const bottom = Math.min(saved.y + 40, d.y + d.height)
    return right - left >= 100 && bottom - top >= 20
  })
  if (!visible) return { bounds: { width: Math.max(MIN_SIZE.width, Math.min(saved.width, DEFAULT_SIZE.width)), height: Math.max(MIN_SIZE.height, Math.min(saved.height, DEFAULT_SIZE.height)) }, maximized: saved.maximized }
  const width = Math.min(Math.max(saved.width, MIN_SIZE.width), visible.width)
  const height = Math.min(Math.max(saved.height, MIN_SIZE.height), visible.height)
  return { bounds: { x: saved.x, y: saved.y, width, height }, maximized: saved.maximized }
}

export const WINDOW_STATE_FILE = 'window-state.json'

export async function readWindowState(dir: string): Promise<WindowState | null> {
  try {
    return WindowStateSchema.parse(JSON.parse(await readFile(join(dir, WINDOW_STATE_FILE), 'utf8')))
  } catch {
    return null
  }
}

export async function writeWindowState(dir: string, bounds: Rect, maximized: boolean): Promise<void> {
  const file = join(dir, WINDOW_STATE_FILE)
  const state: WindowState = { kind: 'window-state', schemaVersion: 1, ...roundRect(bounds), maximized }
  await mkdir(dirname(file), { recursive: true })
  await writeFile(`${file}.tmp`, JSON.stringify(state))
  await rename(`${file}.tmp`, file)
}

function roundRect(r: Rect): Rect {
  return { x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) }
}
