import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { renderScoreSheetDocx } from '../../../src/core/reports/docx/scoreSheetDocx'
import { buildScoreSheetModel } from '../../../src/core/reports/buildScoreSheetModel'
import { diagnosticTemplate } from '../../../src/core/rubric/templates/diagnostic'
import { allIndicators } from '../../../src/core/rubric/indicators'
import { DEFAULT_GROUPS } from '../../../src/core/domain/groups'
import type { Campaign, ScoreSheet } from '../../../src/core/domain/workspace'
import { docxToText, findSoffice } from '../../helpers/libreoffice'

// Issue 9 item 19: the signature block of the 专家评分表 never sits alone at the top of the last page.

const SIGN_OFF = ['专家签名', '日期：', '验证码：']

/** A submitted diagnostic sheet with `commentLines` one-line paragraphs of comment. */
async function sheetDocx(commentLines: number): Promise<Uint8Array> {
  const rubric = structuredClone(diagnosticTemplate)
  const campaign = {
    id: 'cmp-keep',
    name: '2026年度专业建设诊断',
    kind: 'diagnostic',
    rubric,
    submissions: [{ id: 'sub-keep', school: '江苏省常州技师学院', program: '工业机器人应用与维护', groupId: DEFAULT_GROUPS[0]!.id, applicant: '王建国', subject: { kind: 'program' }, createdAt: '', materials: [], extra: {} }],
  } as unknown as Campaign
  const sheet: ScoreSheet = {
    submissionId: 'sub-keep',
    expertId: 'exp-keep',
    rubricVersion: rubric.version,
    entries: Object.fromEntries(allIndicators(rubric).map((i) => [i.code, { level: 'B' as const }])),
    eligibility: {},
    vetoFlags: {},
    bonus: {},
    comment: Array.from({ length: commentLines }, (_, i) => `第${i + 1}条：实训基地建设与校企合作需进一步加强。`).join('\n'),
    status: 'submitted',
    version: 3,
    updatedAt: '2026-11-28T02:00:00.000Z',
    submittedAt: '2026-11-28T02:00:00.000Z',
  } as unknown as ScoreSheet
  const model = buildScoreSheetModel({ campaign, sheet, expert: { name: '李明华', unit: '湖南工业职业技术学院', title: '正高级讲师' } as never, groups: DEFAULT_GROUPS })
  return renderScoreSheetDocx(model)
}

/** The w:p elements of the body, each with its text and paragraph properties. */
function paragraphs(xml: string): Array<{ text: string; props: string }> {
  return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => ({
    text: [...m[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    props: /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(m[1]!)?.[1] ?? '',
  }))
}

describe('专家评分表: the sign-off keeps with what precedes it', () => {
  it('keeps the declaration heading, its text and every sign-off line but the last with the next (keepNext, keepLines)', async () => {
    const xml = await (await JSZip.loadAsync(await sheetDocx(3))).file('word/document.xml')!.async('string')
    const ps = paragraphs(xml)
    const from = ps.findIndex((p) => p.text === '四、回避与诚信声明')
    const last = ps.findIndex((p) => p.text.startsWith('验证码：'))
    expect(from).toBeGreaterThan(0)
    expect(last).toBeGreaterThan(from + 2)
    for (const p of ps.slice(from, last)) {
      expect(p.props, p.text).toContain('<w:keepNext/>')
      expect(p.props, p.text).toContain('<w:keepLines/>')
    }
    // the score table's rows never split across pages
    expect(xml).toContain('<w:cantSplit/>')
  })

  it('rendered by LibreOffice, the last page never holds the sign-off alone, whatever the comment’s length', async () => {
    const soffice = findSoffice()
    if (!soffice) {
      if (process.env.CI) throw new Error('LibreOffice is required in CI (.ci/run installs libreoffice-writer)')
      console.warn('skipped the LibreOffice rendering: soffice not installed')
      return
    }
    const dir = await mkdtemp(join(tmpdir(), 'wb-signoff-'))
    try {
      // one more comment line each time: some length puts the page break just before the sign-off
      const lengths = Array.from({ length: 26 }, (_, i) => i)
      const files = await Promise.all(
        lengths.map(async (n) => {
          const f = join(dir, `sheet-${String(n).padStart(2, '0')}.docx`)
          await writeFile(f, await sheetDocx(n))
          return f
        }),
      )
      const texts = docxToText(soffice, files, dir)
      const pagesSeen = new Set<number>()
      texts.forEach((text, i) => {
        const pages = text.split('\f').filter((p) => p.trim() !== '')
        pagesSeen.add(pages.length)
        const lastPage = pages.at(-1)!.replace(/\s+/g, '')
        for (const s of SIGN_OFF) expect(lastPage, `comment of ${lengths[i]} lines`).toContain(s)
        // something from before the sign-off shares its page: the declaration that precedes it
        expect(lastPage, `comment of ${lengths[i]} lines: the sign-off stands alone`).toContain('本人')
      })
      // the comment lengths did move the sign-off across a page break
      expect(pagesSeen.size).toBeGreaterThan(1)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }, 600_000)
})
