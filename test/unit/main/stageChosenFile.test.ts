import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ok, tempWorkbench } from '../../helpers/tempWorkspace'
import { openFilesOptions, stageChosenFile, stageChosenFiles } from '../../../src/main/stageChosenFile'

// Issue 7: in Electron, files come through main's own dialog; the renderer gets an uploadId, never a path.
let wb: Awaited<ReturnType<typeof tempWorkbench>>
beforeEach(async () => {
  wb = await tempWorkbench()
})
afterEach(async () => wb.cleanup())

const root = resolve(__dirname, '../../..')
const HEAD = '学校名称,姓名,性别,出生年份,职称,职务,专业（工种）,教龄,协作组,联系电话'
const uploadsDir = () => join(wb.dir, '.staging', 'uploads')

describe('a file chosen in main’s dialog is staged as an upload', () => {
  it('copies the bytes; the untrusted door then imports it by uploadId', async () => {
    const path = join(wb.dir, '..', '名师名单.csv')
    const text = '\uFEFF' + [HEAD, '湖南省机械工业技师学院,周立新,男,1975,高级讲师,教务处处长,数控加工（数控车工）,22,数字化设计与制造,13800000001'].join('\r\n') + '\r\n'
    await writeFile(path, text)
    const staged = await stageChosenFile(wb, path)
    expect(staged).toMatchObject({ name: '名师名单.csv', size: Buffer.byteLength(text) })
    expect(staged.uploadId).toMatch(/^up-[0-9a-f]{16}$/)
    expect(JSON.stringify(staged)).not.toContain(wb.dir)
    expect(await readFile(join(uploadsDir(), staged.uploadId), 'utf8')).toBe(text)

    const c = ok(await wb.call('campaigns.create', { name: '名师', kind: 'masterTeacher' }))
    const preview = ok(await wb.call('roster.preview', { campaignId: c.id, source: { uploadId: staged.uploadId } }, { trusted: false }))
    expect(preview.rows.map((r) => r.label)).toEqual(['周立新（湖南省机械工业技师学院）'])
  })

  it('an empty file stages as an empty upload', async () => {
    const path = join(wb.dir, '..', 'empty.zip')
    await writeFile(path, '')
    const staged = await stageChosenFile(wb, path)
    expect(staged.size).toBe(0)
    expect((await readFile(join(uploadsDir(), staged.uploadId))).length).toBe(0)
  })

  it('refuses a folder or a device with FILE_NOT_REGULAR and stages nothing', async () => {
    const dir = join(wb.dir, '..', '材料文件夹')
    await mkdir(dir)
    const r = await stageChosenFiles(wb, [dir])
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('INVALID_INPUT')
      expect(r.error.details?.reason).toBe('FILE_NOT_REGULAR')
      expect(r.error.message).toContain('「材料文件夹」不是普通文件')
    }
    if (process.platform !== 'win32') {
      const dev = await stageChosenFiles(wb, ['/dev/zero'])
      expect(dev.ok || dev.error.details?.reason).toBe('FILE_NOT_REGULAR')
      const link = join(wb.dir, '..', 'zero-link')
      await symlink('/dev/zero', link)
      const viaLink = await stageChosenFiles(wb, [link])
      expect(viaLink.ok || viaLink.error.details?.reason).toBe('FILE_NOT_REGULAR')
    }
    expect(await readdir(uploadsDir()).catch(() => [])).toEqual([])
  })

  it('a refusal in a multiple choice removes the files staged before it', async () => {
    const a = join(wb.dir, '..', 'a.pdf')
    await writeFile(a, 'pdf bytes')
    const r = await stageChosenFiles(wb, [a, join(wb.dir, '..', 'missing.pdf')])
    expect(r.ok).toBe(false)
    expect(await readdir(uploadsDir())).toEqual([])
    const both = await stageChosenFiles(wb, [a, a])
    expect(both.ok && both.value.map((s) => s.name)).toEqual(['a.pdf', 'a.pdf'])
  })

  it('takes only plain filters from the renderer', () => {
    expect(openFilesOptions({ filters: [{ name: '名单', extensions: ['xlsx', 'csv'] }], multiple: true })).toEqual({
      filters: [{ name: '名单', extensions: ['xlsx', 'csv'] }],
      multiple: true,
    })
    expect(openFilesOptions({ filters: [{ name: 'x', extensions: ['../etc', '*', 5] }], defaultPath: '/etc' })).toEqual({ filters: [], multiple: false })
    expect(openFilesOptions(null)).toEqual({ filters: [], multiple: false })
    expect(openFilesOptions({ multiple: 'yes' }).multiple).toBe(false)
  })
})

describe('the preload exposes only window.api, window.files and window.shell', () => {
  it('three names; files: main’s dialog and dropped files, each one function on its own channel; shell: call and commands', async () => {
    const src = await readFile(resolve(root, 'src/preload/index.ts'), 'utf8')
    const exposed = [...src.matchAll(/exposeInMainWorld\(\s*'([^']+)'/g)].map((m) => m[1])
    expect(exposed).toEqual(['api', 'files', 'shell'])
    expect(src).toMatch(/open: \(opts: unknown\) => ipcRenderer\.invoke\(FILES_OPEN_CHANNEL, opts\),/)
    // a dropped file: its path is read here and sent to main, never returned to the page
    expect(src).toMatch(/stageDropped: \(file: File\) => ipcRenderer\.invoke\(FILES_DROPPED_CHANNEL, webUtils\.getPathForFile\(file\)\),/)
    expect(src).toMatch(/call: \(method: string, input: unknown\) => ipcRenderer\.invoke\(SHELL_CHANNEL, method, input\),/)
    expect(src).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/)
    // a dropped expert package (issue 11): its path goes straight to main's openPackageDialog, the same way
    expect(src).toMatch(/openDroppedPackage: \(file: File\) => ipcRenderer\.invoke\(SHELL_CHANNEL, 'openPackageDialog', \{ file: webUtils\.getPathForFile\(file\) \}\),/)
    expect(src.match(/ipcRenderer\.invoke\(/g)).toHaveLength(5)
  })

  it('main checks the sender before showing the dialog', async () => {
    const src = await readFile(resolve(root, 'src/main/filesIpc.ts'), 'utf8')
    expect(src.indexOf('isAllowedSender(')).toBeGreaterThan(0)
    expect(src.indexOf('isAllowedSender(')).toBeLessThan(src.indexOf('showOpenDialog'))
    // and before staging a dropped file
    expect(src.indexOf('if (!allowed(event)) return FORBIDDEN', src.indexOf('FILES_DROPPED_CHANNEL, async'))).toBeLessThan(src.indexOf('droppedPathProblem(path)'))
  })
})
