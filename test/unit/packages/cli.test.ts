import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { main } from '../../../src/cli/index'
import { PASSPHRASE_ENV } from '../../../src/cli/packageCommands'
import { roundTrip, scoreAndSubmit, PASS } from './roundTrip'

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  delete process.env[PASSPHRASE_ENV]
  await cleanup?.()
})

async function cli(...argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = []
  const code = await main(argv, (l) => lines.push(l), (l) => lines.push(l))
  return { code, out: lines.join('\n') }
}

it('CLI: export, open, score, send back, confirm the key, import; verify accepts and refuses', async () => {
  const rt = await roundTrip()
  cleanup = rt.cleanup
  await scoreAndSubmit(rt.ex, rt.sheetKey, 'B')
  await rt.ex.close()
  await rt.sec.close()
  const dir = join(rt.sec.dir, '..')
  const sec = rt.sec.dir
  process.env[PASSPHRASE_ENV] = PASS

  const exp = await cli('package', 'export', '--workspace', sec, '--campaign', rt.s.campaign.id, '--expert', rt.s.expert.id, '--out', join(dir, 'e.wbexp'))
  expect(exp.code, exp.out).toBe(0)
  expect(exp.out).toContain('序号 2')
  expect((await cli('verify', join(dir, 'e.wbexp'), '--workspace', sec)).code).toBe(0)
  const opened = await cli('package', 'open', join(dir, 'e.wbexp'), '--workspace', join(dir, 'second-ws'))
  expect(opened.code, opened.out).toBe(0)
  expect(await readdir(join(dir, 'second-ws'))).toContain('workspace.json')

  const sc = await cli('package', 'scores', '--workspace', rt.expertDir, '--out', join(dir, 's.wbscore'))
  expect(sc.code, sc.out).toBe(0)
  const v = await cli('verify', join(dir, 's.wbscore'))
  expect(v.code, v.out).toBe(0)
  expect(v.out).toContain('真实且未被改动')
  const first = await cli('package', 'import', join(dir, 's.wbscore'), '--workspace', sec)
  expect(first.code).toBe(1)
  const fp = /指纹为 ([0-9A-F-]{19})/.exec(first.out)![1]!
  const imp = await cli('package', 'import', join(dir, 's.wbscore'), '--workspace', sec, '--confirm', fp)
  expect(imp.code, imp.out).toBe(0)
  expect(imp.out).toContain('已导入')
  const st = await cli('package', 'status', '--workspace', sec, '--campaign', rt.s.campaign.id)
  expect(st.out).toMatch(/测试专家\t1\/1/)
  expect((await cli('verify', join(dir, 's.wbscore'), '--workspace', sec)).code).toBe(0)

  // one byte changed: verify refuses, exit 1
  const { readFile, writeFile } = await import('node:fs/promises')
  const bytes = await readFile(join(dir, 's.wbscore'))
  bytes[bytes.indexOf('"level":"B"') + 9] = 0x43
  await writeFile(join(dir, 'bad.wbscore'), bytes)
  const bad = await cli('verify', join(dir, 'bad.wbscore'))
  expect(bad.code).toBe(1)
  expect(bad.out).toContain('未通过验证')
})
