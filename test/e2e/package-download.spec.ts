import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openExpertPackage } from '../../src/core/packages/openExpertPackage'
import { expect, test } from './support/fixtures'
import type { Workbench } from './support/workbench'

// Browser mode: the secretary cannot reach the workspace folder, so 导出评审包 must hand the .wbexp
// over as a download — here one larger than a piece (8 MB; it carries the materials), so the page
// joins pieces. What arrives must be the package: the same bytes, it verifies, and it opens.
test.use({ shotsDir: '/tmp/gaps' })
test.setTimeout(300_000)

const PASS = 'e2e-秘书处口令-2026'
const CAMPAIGN = '2026年度专业建设诊断（第一批）'
const EXPERT = '赵敏'

async function upload(wb: Workbench, name: string, bytes: Buffer): Promise<string> {
  const { uploadId } = await wb.api('uploads.begin', { name, size: bytes.length })
  for (let offset = 0; offset < bytes.length; offset += 4 * 1024 * 1024) {
    await wb.api('uploads.chunk', { uploadId, offset, base64: bytes.subarray(offset, offset + 4 * 1024 * 1024).toString('base64') })
  }
  return uploadId
}

test('导出评审包 in browser mode arrives as a download named for the campaign and the expert, and opens', async ({ page, workbench: wb, shot }) => {
  await wb.api('keys.createWorkspaceKey', { passphrase: PASS })
  const expert = await wb.api('experts.add', { name: EXPERT, unit: '湖北工业职业技术学院' })
  const campaign = await wb.api('campaigns.create', { name: CAMPAIGN, kind: 'diagnostic' })
  await wb.api('campaigns.addExperts', { campaignId: campaign.id, expertIds: [expert.id] })
  const sub = await wb.api('submissions.add', { campaignId: campaign.id, school: '某技师学院', program: '数控加工', groupId: 'g3' })
  await wb.api('assignments.change', { campaignId: campaign.id, submissionId: sub.id, add: expert.id, reason: '测试' })
  // a material that does not compress: the package is over one piece
  const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(9 * 1024 * 1024)])
  await wb.api('materials.addFiles', { campaignId: campaign.id, submissionId: sub.id, sources: [{ uploadId: await upload(wb, '自评报告.pdf', pdf) }] })

  await page.goto(`${wb.url}#/campaign/${campaign.id}/experts`)
  await page.getByTestId('panel-tab-packages').click()
  await page.getByTestId(`package-export-${expert.id}`).click()
  await page.getByTestId('package-passphrase').fill(PASS)
  const arrival = page.waitForEvent('download', { timeout: 120_000 })
  // a double click exports once
  await page.getByTestId('package-export-run').dblclick()
  const download = await arrival
  expect(download.suggestedFilename()).toBe(`${CAMPAIGN}-${EXPERT}-评审包.wbexp`)
  await expect(page.getByTestId('package-export-saved')).toContainText(`已下载为「${CAMPAIGN}-${EXPERT}-评审包.wbexp」`)
  await shot('package-downloaded')

  const dir = await mkdtemp(join(tmpdir(), 'wbexp-download-'))
  try {
    const got = join(dir, download.suggestedFilename())
    await download.saveAs(got)
    const bytes = await readFile(got)
    // the same bytes as the copy kept in the workspace; one package written, not two
    const kept = (await readdir(join(wb.dir, 'exports/packages'))).filter((n) => n.endsWith('.wbexp'))
    expect(kept).toHaveLength(1)
    expect(bytes.equals(await readFile(join(wb.dir, 'exports/packages', kept[0]!)))).toBe(true)
    expect(bytes.length).toBeGreaterThan(8 * 1024 * 1024)

    // the verifier (验证文书) accepts it as the secretariat's signed package
    const report = await wb.api('documents.verify', { uploadId: await upload(wb, download.suggestedFilename(), bytes) })
    expect(report).toMatchObject({ authentic: true, kind: '评审包', reasons: [], thisWorkspace: true })
    // and it opens as the expert's workspace, with the material
    await mkdir(join(dir, 'expert'))
    const opened = await openExpertPackage(got, join(dir, 'expert'), { label: download.suggestedFilename(), now: new Date() })
    expect(opened).toMatchObject({ materials: 1, submissions: 1, info: { expertId: expert.id } })

    // 再次下载 gives the same file again
    const again = page.waitForEvent('download')
    await page.getByTestId('package-export-download').click()
    expect((await again).suggestedFilename()).toBe(download.suggestedFilename())
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
