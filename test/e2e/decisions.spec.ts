import { readFile } from 'node:fs/promises'
import { mkdir } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import { serveWorkbench } from './support/workbench'
import { buildAwardCampaign, type Call } from '../helpers/awardCampaign'
import { docxParagraphs } from '../helpers/docxText'
import { DEMO_PASSPHRASE } from '../../src/core/demo/demoKeys'

// 评定与公示 (issue 12 "Decisions") on the bundled demo workspace: a 教科研成果评选 scored by three of the
// demo's experts (test/helpers/awardCampaign.ts), then the committee's work in the app: a ★ tie-break
// and a tie resolved by vote, a quota message, a ⌈2/3⌉ vote, publication for 公示, the lists exported
// as .docx and .xlsx, an objection recorded and answered.
test.describe.configure({ mode: 'serial', timeout: 300_000 })
const wb = serveWorkbench('demo')
const SHOTS = '/tmp/decide'

let page: Page
const pageErrors: string[] = []
let campaignId = ''
let ids: string[] = []

test.beforeAll(async ({ browser }) => {
  const experts = (await wb.api('experts.list', {})).slice(0, 3).map((e) => e.id)
  const call: Call = (m, input) => wb.api(m, input)
  // the demo experts already have signing keys under the demo's one passphrase (submit = sign, issue 11)
  const built = await buildAwardCampaign(call, { expertIds: experts, passphrase: DEMO_PASSPHRASE })
  campaignId = built.campaign.id
  ids = built.submissions.map((s) => s.id)
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
  page.on('pageerror', (e) => pageErrors.push(e.message))
  await mkdir(SHOTS, { recursive: true })
})

test.afterEach(() => expect(pageErrors).toEqual([]))

test('the proposed list: ★ subtotal breaks one tie, another waits for a vote; 特等 needs a vote', async () => {
  await page.goto(`${wb.url}#/campaign/${campaignId}/decisions`)
  await expect(page.getByTestId('decision-table')).toBeVisible()
  await expect(page.getByTestId(`rank-${ids[2]}`)).toHaveText('2')
  await expect(page.getByTestId(`rank-${ids[1]}`)).toHaveText('3')
  await expect(page.getByTestId(`key-${ids[2]}`)).toHaveText('36.00')
  await expect(page.getByTestId(`key-${ids[1]}`)).toHaveText('33.60')
  await expect(page.getByTestId(`rank-${ids[3]}`)).toHaveText('4')
  await expect(page.getByTestId(`rank-${ids[4]}`)).toHaveText('4')
  await expect(page.getByTestId(`tie-${ids[3]}`)).toContainText('第 4 名起 2 项并列（结果 87.20 分，★小计 25.60 分）')
  await expect(page.getByTestId(`awaiting-${ids[0]}`)).toHaveText('可提请票决：特等奖')
  await expect(page.getByTestId(`proposed-${ids[0]}`)).toHaveText('一等奖')
})

test('a ⌈2/3⌉ vote grants 特等奖; the tie now straddles the 二等奖 quota and blocks 公示', async () => {
  await page.getByTestId(`vote-${ids[0]}`).click()
  const members = await wb.api('decisions.get', { campaignId }).then((v) => v.committee)
  await page.getByTestId(`ballot-${members[0]!.id}-for`).click()
  await page.getByTestId(`ballot-${members[1]!.id}-for`).click()
  await page.getByTestId(`ballot-${members[2]!.id}-against`).click()
  await expect(page.getByTestId('vote-preview')).toHaveText('出席 3 人，赞成 2 票、反对 1 票、弃权 0 票；需赞成不少于 2 票（出席人数的三分之二，向上取整），通过')
  await page.getByTestId('vote-ok').click()
  await expect(page.getByTestId(`decided-${ids[0]}`)).toHaveText('特等奖')
  await expect(page.getByTestId('votes')).toContainText('授予特等奖')
  await expect(page.getByTestId('quota-message')).toHaveText('二等奖名额为 2 项（不超过申报总数 10 项的 20%（向下取整），即 2 项），名单中有 3 项，超出 1 项。')
  await expect(page.getByTestId('tie-blocking')).toContainText('二等奖仅余 1 个名额，须由委员会票决排序')
  await expect(page.getByTestId('publish-blockers')).toBeVisible()
  await expect(page.getByTestId('publish')).toBeDisabled()
  await page.screenshot({ path: `${SHOTS}/decisions-blocked.png`, fullPage: true })
})

test('the committee records its vote on the tie: the order is set, the quota holds', async () => {
  await page.getByTestId(`order-tie-${ids[3]}`).click()
  await page.getByTestId(`tie-up-${ids[4]}`).click()
  await expect(page.getByTestId('tie-item-0')).toContainText('智能制造专业群课程体系重构')
  await page.getByTestId('tie-note').fill('会评票决：3 票对 0 票')
  await page.getByTestId('tie-ok').click()
  await expect(page.getByTestId(`rank-${ids[4]}`)).toHaveText('4')
  await expect(page.getByTestId(`rank-${ids[3]}`)).toHaveText('5')
  await expect(page.getByTestId(`tie-${ids[4]}`)).toContainText('已票决排序：会评票决：3 票对 0 票')
  await expect(page.getByTestId('quota-message')).toHaveCount(0)
  await expect(page.getByTestId('publish-blockers')).toHaveCount(0)
})

test('the list is published for 公示 and locked; the lists export as .docx and .xlsx', async () => {
  await page.getByTestId('publish-from').fill('2026-12-01')
  await expect(page.getByTestId('publish-to')).toHaveValue('2026-12-07')
  await page.getByTestId('publish').click()
  await expect(page.getByTestId('decisions-locked')).toContainText('已公示（第 1 版），公示期 2026-12-01 至 2026-12-07')

  const [docx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-award-docx').click()])
  expect(docx.suggestedFilename()).toBe('2026年度教科研成果评选_拟表彰名单.docx')
  const paras = await docxParagraphs(await readFile(await docx.path()))
  expect(paras).toEqual(expect.arrayContaining(['2026年度教科研成果评选拟表彰名单', '特等奖（1项）', '一等奖（1项）', '二等奖（2项）', '智能制造专业群课程体系重构']))
  expect(paras.join('\n')).toContain('公示期为2026年12月1日至2026年12月7日。')

  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()])
  const book = new ExcelJS.Workbook()
  await book.xlsx.load((await readFile(await xlsx.path())) as unknown as ArrayBuffer)
  const cells: ExcelJS.Cell[] = []
  book.getWorksheet('评审结果汇总表')!.eachRow((r) => r.eachCell((c) => cells.push(c)))
  const formulaText = cells.find((c) => c.value === '=1+2技师学院')
  expect(formulaText?.type).toBe(ExcelJS.ValueType.String)
})

test('an objection during 公示 is recorded and answered', async () => {
  await page.getByTestId('add-objection').click()
  await page.getByTestId('objection-by').fill('张某（实名）')
  await page.getByTestId('objection-date').fill('2026-12-03')
  await page.getByTestId('objection-content').fill('该成果推广应用的学校数量与申报材料不符。')
  await page.getByTestId('objection-ok').click()
  await expect(page.getByTestId('objections')).toContainText('该成果推广应用的学校数量与申报材料不符。')
  const objection = (await wb.api('decisions.get', { campaignId })).objections[0]!
  await page.getByTestId(`answer-${objection.id}`).click()
  await page.getByTestId('answer-text').fill('经核实，三所学校的应用证明齐全，维持原评定结果。')
  await page.getByTestId('answer-date').fill('2026-12-05')
  await page.getByTestId('answer-ok').click()
  await expect(page.getByTestId('objection-answer')).toContainText('维持原结果经核实，三所学校的应用证明齐全')
  const audit = (await wb.api('audit.list', { campaignId })).entries.map((e) => e.action)
  expect(audit).toEqual(expect.arrayContaining(['decision.vote', 'decision.tieOrder', 'decision.publish', 'objection.record', 'objection.answer']))
  await page.screenshot({ path: `${SHOTS}/decisions-published.png`, fullPage: true })
})

test('quotas are set per campaign; after 公示 the change needs a reason and the view names what would change', async () => {
  await page.getByTestId('edit-quotas').click()
  await page.getByTestId('quota-count-first').fill('2')
  await page.getByTestId('quota-share-first').fill('')
  await page.getByTestId('quotas-ok').click()
  await expect(page.getByText('拟表彰名单已公示，评定结果已锁定；公示后变更须填写理由。')).toBeVisible()
  await page.getByTestId('quotas-reason').fill('委员会决定一等奖名额增至 2 项')
  await page.getByTestId('quotas-ok').click()
  await expect(page.getByTestId('quota-first')).toHaveText('一等奖 2 / 2 项')
  await expect(page.getByTestId(`decided-${ids[1]}`)).toHaveText('一等奖')
  await expect(page.getByTestId('changed-since-publication')).toContainText('《数控专业产教融合实训基地建设》（湖南省机械工业技师学院）')
  await expect(page.getByTestId(`objection-tag-${ids[0]}`)).toHaveText('异议 1')
  await page.screenshot({ path: `${SHOTS}/decisions-changed.png`, fullPage: true })
})
