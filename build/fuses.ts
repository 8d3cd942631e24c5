import { FuseV1Options, FuseVersion } from '@electron/fuses'

/**
 * Electron fuses for the shipped app (issue 15; Electron's security checklist): flipped in the packed
 * binary by build/afterPack.ts, before signing. Every fuse is named, so an Electron upgrade that adds
 * one fails the build (strictlyRequireAllFuses) until someone decides it.
 */
export const PRODUCTION_FUSES = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  // the binary cannot be started as plain Node (ELECTRON_RUN_AS_NODE)
  [FuseV1Options.RunAsNode]: false,
  // cookies and local storage encrypted with the OS key store
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS and --inspect cannot inject code into the main process
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar is checked against the hash embedded at build time (macOS, Windows), and only it is loaded
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // the page comes from app://, so file: needs none of its old extra privileges
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  [FuseV1Options.WasmTrapHandlers]: true,
} as const

/** The packed Electron binary electron-builder left in appOutDir, per platform. */
export function packedBinary(ctx: { platform: string; appOutDir: string; productFilename: string; executableName: string }): string {
  const sep = ctx.platform === 'win32' ? '\\' : '/'
  if (ctx.platform === 'darwin' || ctx.platform === 'mas') return `${ctx.appOutDir}${sep}${ctx.productFilename}.app`
  if (ctx.platform === 'win32') return `${ctx.appOutDir}${sep}${ctx.productFilename}.exe`
  return `${ctx.appOutDir}${sep}${ctx.executableName}`
}
