import { afterAll, describe, expect, it } from 'vitest'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { main } from '../../../src/cli/index'
import { icc } from '../../../src/core/calibration/icc'
import { openWorkbench } from '../../../src/core/api/openApi'
import { tempDir, ok } from '../../helpers/tempWorkspace'

const FIXTURES = join(__dirname, '../../fixtures/stats')
const dirs: Array<() => Promise<void>> = []
afterAll(async () => {
  for (const c of dirs) await c()
})

async function run(args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(args, (l) => out.push(l), (l) => err.push(l))
  return { code, out, err, json: () => JSON.parse(out.join('\n')) }
}

describe('CLI stats --ratings FILE.csv', () => {
  it('prints the six ICC forms of Shrout & Fleiss (1979) Table 2 under R psych’s names', async () => {
    // fixture = S&F Table 2 (6 targets × 4 judges); expected values derived exactly in calibration/icc.test.ts
    const r = await run(['stats', '--ratings', join(FIXTURES, 'shrout-fleiss-1979.csv')])
    expect(r.code).toBe(0)
    const j = r.json()
    expect(j).toMatchObject({ subjects: 6, raters: 4, raterNames: ['评委1', '评委2', '评委3', '评委4'], reasons: {} })
    const expected = { ICC1: 448 / 2703, ICC2: 184 / 635, ICC3: 920 / 1287, ICC1k: 1792 / 4047, ICC2k: 736 / 1187, ICC3k: 3680 / 4047 }
    for (const [k, v] of Object.entries(expected)) expect(Math.abs(j.icc[k] - v)).toBeLessThan(1e-12)
    expect(j.icc).toMatchObject({ subjectsUsed: 6, subjectsDropped: 0 })
    expect(Object.keys(j.kendallW).sort()).toEqual(['W', 'chi2', 'df', 'p', 'subjectsDropped', 'subjectsUsed'])
    expect(Object.keys(j.alpha).sort()).toEqual(['interval', 'nominal', 'ordinal', 'pairableValues', 'ratio'])
  })

  it('reads empty cells as missing: Krippendorff (2011) alpha at all four levels, ICC/W listwise', async () => {
    const j = (await run(['stats', '--ratings', join(FIXTURES, 'krippendorff-2011.csv')])).json()
    const published = { nominal: 0.743, ordinal: 0.815, interval: 0.849, ratio: 0.797 } // three decimals
    for (const [k, v] of Object.entries(published)) expect(Math.abs(j.alpha[k] - v)).toBeLessThanOrEqual(0.0005)
    expect(j.alpha.pairableValues).toBe(40)
    expect(j.icc).toMatchObject({ subjectsUsed: 8, subjectsDropped: 4 })
    expect(j.kendallW).toMatchObject({ subjectsUsed: 8, df: 7 })
  })

  it("prints Kendall's W with ties as irr::kendall(correct = TRUE) on the scorecard example", async () => {
    // Kemp (2016), irr output: Wt = 0.735, Chisq(11) = 40.5, p-value = 2.99e-05
    const j = (await run(['stats', '--ratings', join(FIXTURES, 'scorecard-kemp-2016.csv')])).json()
    expect(Math.abs(j.kendallW.W - 0.735)).toBeLessThanOrEqual(0.0005)
    expect(Math.abs(j.kendallW.chi2 - 40.5)).toBeLessThanOrEqual(0.05)
    expect(j.kendallW.df).toBe(11)
    expect(Math.abs(j.kendallW.p - 2.99e-5)).toBeLessThanOrEqual(0.005e-5)
  })

  it('prints null with the reason where a statistic cannot be computed', async () => {
    const { dir, cleanup } = await tempDir()
    dirs.push(cleanup)
    const file = join(dir, 'one-rater.csv')
    await writeFile(file, '专家甲,专家乙\n80,\n85,\n90,\n')
    const j = (await run(['stats', '--ratings', file])).json()
    expect(j.icc).toBeNull()
    expect(j.kendallW).toBeNull()
    expect(j.alpha.nominal).toBeNull()
    expect(j.ratersUsed).toBe(1)
    expect(j.reasons.icc).toEqual({ code: 'TOO_FEW_RATERS', message: expect.stringContaining('至少需要 2 名专家') })
    expect(j.reasons['alpha.interval'].code).toBe('TOO_FEW_RATERS')
  })

  it('refuses a bad file with the row and column of each problem, and a missing file or option', async () => {
    const { dir, cleanup } = await tempDir()
    dirs.push(cleanup)
    const file = join(dir, 'bad.csv')
    await writeFile(file, 'a,b\n1,优\n')
    const bad = await run(['stats', '--ratings', file])
    expect(bad.code).toBe(1)
    expect(bad.err.join('\n')).toContain('第 2 行第 2 列：“优”不是数字')
    const missing = await run(['stats', '--ratings', join(dir, 'nope.csv')])
    expect(missing.code).toBe(1)
    expect(missing.err.join('')).toContain('不存在')
    const none = await run(['stats'])
    expect(none.code).toBe(1)
    expect(none.err.join('')).toContain('--ratings')
  })
})

describe('CLI stats --workspace W --campaign ID', () => {
  it('prints the statistics per campaign (sheet totals) and per indicator for the demo workspace', async () => {
    const { dir, cleanup } = await tempDir()
    dirs.push(cleanup)
    const W = join(dir, 'W')
    expect((await run(['demo', W])).code).toBe(0)
    const campaignId = (await run(['campaigns', '--workspace', W])).out[0]!.split('\t')[0]!
    const r = await run(['stats', '--workspace', W, '--campaign', campaignId])
    expect(r.code).toBe(0)
    const j = r.json()
    // demo: three experts submitted all six sheets, one submitted three, one none
    expect(j).toMatchObject({ campaignId, submittedSheets: 21 })
    expect(j.campaign).toMatchObject({ subjects: 6, raters: 5, ratersUsed: 4 })
    expect(j.campaign.icc).toMatchObject({ subjectsUsed: 3, subjectsDropped: 3 })
    expect(j.campaign.alpha.pairableValues).toBe(21)
    // the one-way ICC for panels uses all six submissions (each has ≥ 2 submitted sheets)
    expect(j.campaign.iccPanels.subjectsUsed).toBe(6)
    expect(j.campaign.iccPanels.k0).toBeCloseTo((21 - 75 / 21) / 5, 12) // N = 21, Σk² = 3·16 + 3·9 = 75
    expect(j.missingRule).toContain('整行剔除')

    // the same ICC, computed from the totals results.summary shows, through another path
    const wb = await openWorkbench(W, { door: 'test' })
    try {
      const summary = ok(await wb.call('results.summary', { campaignId }))
      const c = ok(await wb.call('campaigns.get', { campaignId }))
      const totals = summary.rows.map((row) =>
        c.expertIds.map((id) => {
          const cell = row.experts.find((e) => e.expertId === id)
          return cell?.status === 'submitted' ? cell.total : null
        }),
      )
      const used = c.expertIds.map((_, k) => k).filter((k) => totals.some((row) => row[k] !== null))
      const direct = icc(totals.map((row) => used.map((k) => row[k]!))).value!
      expect(j.campaign.icc.ICC2).toBeCloseTo(direct.forms.ICC2.value!, 12)
      expect(j.campaign.icc.ICC3k).toBeCloseTo(direct.forms.ICC3k.value!, 12)
      // one agreement report per indicator of the rubric
      const view = ok(await wb.call('sheets.get', { campaignId, expertId: c.expertIds[0]!, submissionId: c.submissions[0]!.id }))
      expect(Object.keys(j.indicators)).toEqual(view.result.indicators.map((i) => i.code))
    } finally {
      await wb.close()
    }
    for (const code of Object.keys(j.indicators)) expect(j.indicators[code]).toHaveProperty('alpha.interval')
    expect(j.experts).toHaveLength(5)
    expect(j.submissions).toHaveLength(6)
  }, 60_000)

  it('refuses an unknown campaign with the API’s message', async () => {
    const { dir, cleanup } = await tempDir()
    dirs.push(cleanup)
    const W = join(dir, 'W')
    await run(['demo', W])
    const r = await run(['stats', '--workspace', W, '--campaign', 'cmp-nope'])
    expect(r.code).toBe(1)
    expect(r.err.join('')).toMatch(/错误：.+（NOT_FOUND）/)
  }, 60_000)
})
