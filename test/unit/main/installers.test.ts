import { describe, expect, it } from 'vitest'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { FuseV1Options, FuseVersion } from '@electron/fuses'
import config, { PRODUCT_NAME } from '../../../electron-builder.config'
import afterPack from '../../../build/afterPack'
import { packedBinary, PRODUCTION_FUSES } from '../../../build/fuses'

const root = resolve(__dirname, '../../..')

describe('installers: electron-builder configuration', () => {
  it('packs the built app into app.asar, with the production fuses flipped after packing', async () => {
    expect(config.asar).toBe(true)
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', 'package.json']))
    expect(config.afterPack).toBe(afterPack)
    expect(config.directories?.output).toBe('dist')
    // the entry electron-builder starts is the one electron-vite builds and package.json names
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'))
    expect(config.extraMetadata?.main).toBe(pkg.main)
    expect(pkg.main).toBe('out/main/index.js')
    expect(pkg.scripts.dist).toBe('node scripts/dist.mjs')
    // the native chart renderer is unpacked (a .node cannot load from inside an archive)
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['**/*.node']))
    // the demo workspace and the fonts config ship beside the app, and exist
    for (const r of config.extraResources as { from: string }[]) expect(existsSync(join(root, r.from))).toBe(true)
  })

  it('Windows: NSIS, per user without administrator rights, Chinese installer, desktop and start-menu shortcuts', () => {
    const win = config.win!
    expect(win.target).toEqual([{ target: 'nsis', arch: ['x64'] }])
    expect(config.nsis).toMatchObject({
      oneClick: true,
      perMachine: false,
      installerLanguages: ['zh_CN'],
      language: '2052',
      createDesktopShortcut: 'always',
      createStartMenuShortcut: true,
      shortcutName: PRODUCT_NAME,
      deleteAppDataOnUninstall: false,
    })
  })

  it('Linux AppImage and deb, macOS dmg; packages open with the app', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.linux?.maintainer).toBeTruthy()
    expect(config.mac?.target).toEqual(['dmg'])
    expect(config.productName).toBe('专家评审工作台')
    expect(config.appId).toMatch(/^[a-z0-9.-]+$/)
    expect((config.fileAssociations as { ext: string }[]).map((f) => f.ext)).toEqual(['wbexp', 'wbscore'])
  })

  it('fuses: no RunAsNode, no NODE_OPTIONS, no --inspect, cookies encrypted, asar integrity, app only from asar', () => {
    expect(PRODUCTION_FUSES.version).toBe(FuseVersion.V1)
    expect(PRODUCTION_FUSES[FuseV1Options.RunAsNode]).toBe(false)
    expect(PRODUCTION_FUSES[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false)
    expect(PRODUCTION_FUSES[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false)
    expect(PRODUCTION_FUSES[FuseV1Options.EnableCookieEncryption]).toBe(true)
    expect(PRODUCTION_FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true)
    expect(PRODUCTION_FUSES[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true)
    expect(PRODUCTION_FUSES[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false)
    // every fuse this @electron/fuses knows is decided (strict: a new one fails the build until decided)
    expect(PRODUCTION_FUSES.strictlyRequireAllFuses).toBe(true)
    const known = Object.values(FuseV1Options).filter((v) => typeof v === 'number')
    for (const f of known) expect(typeof (PRODUCTION_FUSES as Record<number, unknown>)[f as number]).toBe('boolean')
  })

  it('afterPack flips the fuses of the binary electron-builder packed, per platform', () => {
    const base = { appOutDir: '/d/out', productFilename: '专家评审工作台', executableName: 'expert-workbench' }
    expect(packedBinary({ ...base, platform: 'win32' })).toBe('/d/out\\专家评审工作台.exe')
    expect(packedBinary({ ...base, platform: 'darwin' })).toBe('/d/out/专家评审工作台.app')
    expect(packedBinary({ ...base, platform: 'linux' })).toBe('/d/out/expert-workbench')
  })

  it('afterPack really writes the fuse wire: a fake binary with a fuse sentinel gets the production values', async () => {
    // the wire format of @electron/fuses: sentinel, version byte, length byte, one byte per fuse ('0'/'1')
    const dir = await mkdtemp(join(tmpdir(), 'wb-fuses-'))
    try {
      const sentinel = Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX')
      const count = 9
      const wire = Buffer.concat([Buffer.from('prefix'), sentinel, Buffer.from([1, count]), Buffer.from('1'.repeat(count)), Buffer.from('suffix')])
      const bin = join(dir, 'expert-workbench')
      await writeFile(bin, wire)
      await afterPack({ electronPlatformName: 'linux', appOutDir: dir, arch: 1, packager: { appInfo: { productFilename: 'x' }, executableName: 'expert-workbench' } } as never)
      const out = await readFile(bin)
      const at = out.indexOf(sentinel) + sentinel.length + 2
      const bits = out.subarray(at, at + count).toString()
      expect(bits[FuseV1Options.RunAsNode]).toBe('0')
      expect(bits[FuseV1Options.EnableCookieEncryption]).toBe('1')
      expect(bits[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe('0')
      expect(bits[FuseV1Options.EnableNodeCliInspectArguments]).toBe('0')
      expect(bits[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe('1')
      expect(bits[FuseV1Options.OnlyLoadAppFromAsar]).toBe('1')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('npm run dist says in one line why it cannot build where the download hosts are unreachable', async () => {
    const src = await readFile(join(root, 'scripts/dist.mjs'), 'utf8')
    expect(src).toContain('ELECTRON_MIRROR')
    expect(src).toMatch(/console\.error\(`npm run dist: 无法构建安装包/)
    expect(src).toContain("'electron-builder', '--config', 'electron-builder.config.ts'")
  })
})
