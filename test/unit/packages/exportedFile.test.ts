import { readFile } from 'node:fs/promises'
import { afterEach, expect, it } from 'vitest'
import { ok } from '../../helpers/tempWorkspace'
import { roundTrip, scoreAndSubmit, PASS } from './roundTrip'

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => cleanup?.())

it('packages.exportedFile hands a browser the score package exportScores wrote, and nothing else', async () => {
  const rt = await roundTrip()
  cleanup = rt.cleanup
  await scoreAndSubmit(rt.ex, rt.sheetKey, 'B')
  const written = ok(await rt.ex.call('packages.exportScores', { passphrase: PASS }))
  const file = ok(await rt.ex.call('packages.exportedFile', { fileName: written.fileName }))
  expect(file.fileName).toBe(written.fileName)
  expect(Buffer.from(file.base64, 'base64').equals(await readFile(written.path))).toBe(true)

  for (const fileName of ['../workspace.json', '..%2Fx.wbscore', 'a/b.wbscore', 'x.wbexp', 'x.wbscore ', '']) {
    const r = await rt.ex.call('packages.exportedFile', { fileName })
    expect(r, fileName).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  }
  const gone = await rt.ex.call('packages.exportedFile', { fileName: 'nothing_here.wbscore' })
  expect(gone).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  expect(!gone.ok && gone.error.message).toContain('重新导出')
})
