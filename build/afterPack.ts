import { flipFuses } from '@electron/fuses'
import type { AfterPackContext } from 'electron-builder'
import { packedBinary, PRODUCTION_FUSES } from './fuses'

/** arm64 in builder-util's Arch enum */
const ARM64 = 3

/** electron-builder's afterPack hook: flips the production fuses in the packed binary (before signing). */
export default async function afterPack(context: AfterPackContext): Promise<void> {
  const platform = context.electronPlatformName
  const binary = packedBinary({
    platform,
    appOutDir: context.appOutDir,
    productFilename: context.packager.appInfo.productFilename,
    // the Linux packager names the binary after `executableName`; others after the product
    executableName: (context.packager as { executableName?: string }).executableName ?? context.packager.appInfo.productFilename,
  })
  await flipFuses(binary, { ...PRODUCTION_FUSES, resetAdHocDarwinSignature: platform === 'darwin' && context.arch === ARM64 })
}
