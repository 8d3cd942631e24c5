import type { PickedFile } from '../../api'

/**
 * The hook the package import (expert / score packages) attaches to: a .wbexp / .wbscore dropped on
 * the window is handed to it. Without one, the user is told this version cannot import packages.
 */
export type PackageDropHandler = (raw: File, stage: () => Promise<PickedFile>) => void
let handler: PackageDropHandler | null = null

export function setPackageDropHandler(h: PackageDropHandler | null): void {
  handler = h
}
export function packageDropHandler(): PackageDropHandler | null {
  return handler
}
