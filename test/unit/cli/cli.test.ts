import { afterAll, describe, expect, it } from 'vitest'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import JSZip from 'jszip'
import { main } from '../../../src/cli/index'
import { tempDir, ok } from '../../helpers/tempWorkspace'
import { openWorkbench } from '../../../src/core/api/openApi'
import { docxToText, findSoffice } from '../../helpers/libreoffice'

const dirs: Array<() => Promise<void>> = []
afterAll(async () => {
  for (const c of dirs) await c()
})

async function run(args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(args, (l) => out.push(l), (l) => err.push(l))
  return { code, out, err }
}

describe('CLI', () => {
  it('--help lists the commands', async () => {
    const r = await run(['--help'])
    expect(r.code).toBe(0)
    const text = r.out.join('\n')
    for (const c of ['demo <DIR>', 'campaigns --workspace DIR', 'report sheets --workspace DIR --out DIR']) expect(text).toContain(c)
  })

  it('refuses unknown commands, missing options and non-empty demo folders with a reason', async () => {
    expect((await run(['frobnicate'])).code).toBe(1)
    const missing = await run(['campaigns'])
    expect(missing.code).toBe(1)
    expect(missing.err.join('')).toContain('--workspace')
    const nowhere = await run(['campaigns', '--workspace', '/nonexistent/ws'])
    expect(nowhere.code).toBe(1)
    expect(nowhere.err.join('')).toContain('不存在')
  })

  it('demo → campaigns → report sheets writes score sheets LibreOffice can read', async () => {
    const { dir, cleanup } = await tempDir()
    dirs.push(cleanup)
    const W = join(dir, 'W')
    const R = join(dir, 'R')
    expect((await run(['demo', W])).code).toBe(0)
    expect((await run(['demo', W])).code).toBe(1) // never over an existing workspace

    const list = await run(['campaigns', '--workspace', W])
    expect(list.code).toBe(0)
    expect(list.out).toHaveLength(1)
    expect(list.out[0]).toMatch(/^cmp-[0-9a-f]+\tdiagnostic\t2026年度专业建设诊断（第一批）$/)

    const rep = await run(['report', 'sheets', '--workspace', W, '--out', R])
    expect(rep.code).toBe(0)
    const files = (await readdir(R)).filter((f) => f.endsWith('.docx')).sort()
    // demo: three experts submitted all six, one submitted three
    expect(files).toHaveLength(21)
    expect(rep.out.at(-1)).toBe('共导出 21 份专家评分表。')

    const name = files.find((f) => f.includes('山东省工业技师学院_机电一体化技术'))!
    const xml = await (await JSZip.loadAsync(await readFile(join(R, name)))).file('word/document.xml')!.async('string')
    // a submitted sheet is signed in the platform (issue 11): the sign-off is the 平台内签署确认 block with its 第 N 版
    for (const t of ['专家评分表', '山东省工业技师学院', '机电一体化技术', '产业需求调研与专业定位', '合计', '平台内签署确认', '签署版本：第1版', '验证码']) expect(xml).toContain(t)

    const soffice = findSoffice()
    if (!soffice) {
      if (process.env.CI) throw new Error('LibreOffice is required in CI (.ci/run installs libreoffice-writer)')
      console.warn('skipped the LibreOffice round trip: soffice not installed')
      return
    }
    const [text] = docxToText(soffice, [join(R, name)], R)
    const flat = text!.replace(/\s+/g, '')
    for (const t of ['专家评分表', '山东省工业技师学院', '机电一体化技术', '人才培养方案', '评定等次', '回避与诚信声明']) expect(flat).toContain(t)
    // the total printed in the PDF is the total the API computes
    const total = /合计100([\d.]+)/.exec(flat)?.[1]
    const expertName = name.replace(/\.docx$/, '').split('_').at(-1)!
    const wb = await openWorkbench(W, { door: 'test' })
    try {
      const campaign = ok(await wb.call('campaigns.list', {}))[0]!
      const expert = ok(await wb.call('experts.list', {})).find((e) => e.name === expertName)!
      const c = ok(await wb.call('campaigns.get', { campaignId: campaign.id }))
      const sub = c.submissions.find((s) => s.program === '机电一体化技术')!
      const view = ok(await wb.call('sheets.get', { campaignId: c.id, expertId: expert.id, submissionId: sub.id }))
      expect(total).toBe(view.result.total.toFixed(2))
      expect(flat).toContain(view.result.gradeLabel)
    } finally {
      await wb.close()
    }
  }, 240_000)
})
