import { rename } from 'node:fs/promises'
import { join } from 'node:path'
import JSZip from 'jszip'
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { copyDemo, startShellBench, type ShellBench } from './support/shellBridge'
import { handWrittenPdf, rosterXlsx, S1 } from './support/intakeFiles'

test.use({ shotsDir: '/tmp/shell' })

let bench: ShellBench
test.beforeEach(async () => {
  bench = await startShellBench()
})
test.afterEach(async () => {
  await bench.close()
})

/** Drops one file on the page as a user's drag from the file manager does: dragenter, dragover, drop. */
async function dropFile(page: Page, name: string, bytes: Buffer, opts: { only?: 'enter' } = {}) {
  await page.evaluate(
    ({ name, b64, only }) => {
      const bin = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
      const dt = new DataTransfer()
      dt.items.add(new File([bin], name))
      const target = document.querySelector('#app-content') ?? document.body
      for (const type of only === 'enter' ? ['dragenter', 'dragover'] : ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }))
      }
    },
    { name, b64: bytes.toString('base64'), only: opts.only },
  )
}

test('start screen: recent workspaces with a missing one marked; open one from the list, switch back', async ({ page, shot }) => {
  await bench.host.create(join(bench.dir, '甲工作区'), '2026年度评审（甲）')
  await bench.host.create(join(bench.dir, '乙工作区'), '2025年度评审（乙）')
  await bench.host.close()
  // the second folder was moved away since
  await rename(join(bench.dir, '乙工作区'), join(bench.dir, '乙-已移走'))

  await page.goto(bench.url)
  await expect(page.getByTestId('start-screen')).toBeVisible()
  const items = page.getByTestId('recent-item')
  await expect(items).toHaveCount(2)
  const missing = items.filter({ hasText: '2025年度评审（乙）' })
  await expect(missing).toHaveAttribute('data-missing', 'true')
  await expect(missing.getByTestId('recent-missing')).toHaveText('找不到')
  await expect(missing.getByTestId('recent-open')).toHaveCount(0)
  await expect(missing).toContainText(join(bench.dir, '乙工作区'))
  const present = items.filter({ hasText: '2026年度评审（甲）' })
  await expect(present).toHaveAttribute('data-missing', 'false')
  await expect(present).toContainText(/上次打开：\d{4}-\d{2}-\d{2} \d{2}:\d{2}/)
  await shot('start-screen')

  await present.getByTestId('recent-name').click()
  await expect(page.getByTestId('workspace-name')).toHaveText(/2026年度评审（甲）/)
  await expect(page.getByTestId('campaign-list')).toBeVisible()
  await shot('opened-from-recent')

  // 切换工作区: back to the start screen; the missing one can be removed from the list
  await page.getByTestId('switch-workspace').click()
  await expect(page.getByTestId('start-screen')).toBeVisible()
  await page.getByTestId('recent-item').filter({ hasText: '2025年度评审（乙）' }).getByTestId('recent-forget').click()
  await expect(page.getByTestId('recent-item')).toHaveCount(1)
  expect((await bench.recent.read()).entries.map((e) => e.name)).toEqual(['2026年度评审（甲）'])
})

test('新建工作区 and 打开工作区 with a typed folder; a copied workspace folder opens; a wrong folder is refused', async ({ page, shot }) => {
  await page.goto(bench.url)
  await expect(page.getByTestId('recent-list')).toContainText('还没有打开过工作区')

  // 新建: a new folder
  await page.getByTestId('start-new').click()
  await page.getByTestId('folder-ok').click()
  await expect(page.getByText('请填写工作区名称')).toBeVisible()
  await page.getByTestId('folder-name').fill('第三批评审')
  await page.getByTestId('folder-path').fill(join(bench.dir, 'new-ws'))
  await shot('new-workspace')
  await page.getByTestId('folder-ok').click()
  await expect(page.getByTestId('workspace-name')).toHaveText(/第三批评审/)
  expect(await bench.recent.lastToReopen()).toBe(join(bench.dir, 'new-ws'))

  // 打开: a folder that is not a workspace is refused, the start screen stays
  await page.getByTestId('switch-workspace').click()
  await page.getByTestId('start-open').click()
  await page.getByTestId('folder-path').fill(join(bench.dir, 'nowhere'))
  await page.getByTestId('folder-ok').click()
  await expect(page.locator('.ant-message')).toContainText('不是工作区文件夹')
  await expect(page.getByTestId('start-screen')).toBeVisible()

  // 打开: a copy of the demo workspace (a workspace copied like a document) opens with its campaigns
  await copyDemo(join(bench.dir, '演示副本'))
  await page.getByTestId('folder-path').fill(join(bench.dir, '演示副本'))
  await page.getByTestId('folder-ok').click()
  await expect(page.getByText('2026年度专业建设诊断（第一批）').first()).toBeVisible()
  await page.getByTestId('switch-workspace').click()
  await expect(page.getByTestId('recent-item')).toHaveCount(2)
  await shot('recent-two')
})

test('unsaved changes: switching workspace asks first, and closing the page asks (beforeunload)', async ({ page, shot }) => {
  await bench.host.create(join(bench.dir, 'ws'), '守护测试')
  const c = (await bench.host.call('campaigns.create', { name: '诊断（未保存测试）', kind: 'diagnostic' })) as { ok: true; value: { id: string } }
  await page.goto(`${bench.url}#/campaign/${c.value.id}/rubric`)
  await page.getByTestId('rubric-edit').click()
  await page.getByTestId('dim-name').first().fill('改过的一级指标')
  await expect(page.getByTestId('rubric-dirty')).toHaveAttribute('data-dirty', 'true')

  await page.getByTestId('switch-workspace').click()
  await expect(page.locator('.ant-modal-confirm-title', { hasText: '还有未保存的内容' })).toBeVisible()
  await shot('leave-guard')
  await page.getByRole('button', { name: /留\s*下/ }).click()
  await expect(page.getByTestId('rubric-editor')).toBeVisible()
  await expect(page.getByTestId('dim-name').first()).toHaveValue('改过的一级指标')

  // closing the window: the browser's own "leave site?" dialog (will-prevent-unload in Electron)
  const asked = page.waitForEvent('dialog')
  await page.close({ runBeforeUnload: true })
  const dialog = await asked
  expect(dialog.type()).toBe('beforeunload')
  await dialog.dismiss()
  expect(page.isClosed()).toBe(false)
})

test('drag and drop: a roster and a materials zip dropped on the window open their imports; others are named', async ({ page, shot }) => {
  await bench.host.create(join(bench.dir, 'ws'), '拖放测试')
  const c = (await bench.host.call('campaigns.create', { name: '诊断（拖放）', kind: 'diagnostic' })) as { ok: true; value: { id: string } }

  // outside a campaign: the user is told to open one first
  await page.goto(bench.url)
  await expect(page.getByTestId('campaign-list')).toBeVisible()
  await dropFile(page, '申报汇总.xlsx', await rosterXlsx())
  await expect(page.locator('.ant-message')).toContainText('请先打开一个评审活动')

  await page.goto(`${bench.url}#/campaign/${c.value.id}/overview`)
  await expect(page.getByTestId('campaign-page')).toBeVisible()
  // while dragging, the window says what it takes
  await dropFile(page, '申报汇总.xlsx', await rosterXlsx(), { only: 'enter' })
  await expect(page.getByTestId('drop-overlay')).toBeVisible()
  await shot('drop-overlay')
  await dropFile(page, '申报汇总.xlsx', await rosterXlsx())
  await expect(page.getByTestId('drop-overlay')).toHaveCount(0)
  // the roster wizard, already past 选择文件: the file was uploaded and read, its columns mapped
  const wizard = page.locator('.ant-modal').filter({ hasText: '导入申报汇总表' })
  await expect(wizard).toBeVisible()
  await expect(wizard.getByTestId('roster-next')).toBeVisible()
  await shot('drop-roster')
  await wizard.getByTestId('roster-next').click()
  await wizard.getByTestId('roster-next').click()
  await wizard.getByTestId('roster-import').click()
  await wizard.getByTestId('roster-done').click()
  await expect(page.getByText(S1.school).first()).toBeVisible()

  // a materials zip: the materials dialog with the file chosen, the same 开始 as the button
  const zip = new JSZip()
  zip.file(`${S1.school}_${S1.program}/申报书.pdf`, handWrittenPdf('Dropped'))
  await dropFile(page, '申报材料.zip', await zip.generateAsync({ type: 'nodebuffer' }))
  const materials = page.locator('.ant-modal').filter({ has: page.getByTestId('materials-start') })
  await expect(materials).toBeVisible()
  await expect(materials).toContainText('申报材料.zip')
  await shot('drop-zip')
  await materials.getByTestId('materials-start').click()
  await expect(page.getByTestId('materials-attached')).toBeVisible({ timeout: 60_000 })

  // an old .xls and an unknown file are refused with what to do
  await dropFile(page, '旧表.xls', Buffer.from('x'))
  await expect(page.locator('.ant-message')).toContainText('另存为 .xlsx')
  await dropFile(page, '照片.png', Buffer.from('x'))
  await expect(page.locator('.ant-message')).toContainText('无法识别「照片.png」')
})
