import { useRef, useState } from 'react'
import { App, Button, Space, Tooltip } from 'antd'
import { DownloadOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons'
import type { Campaign } from '../../../../../core/domain/workspace'
import { useActions } from '../../../stores'
import { useRun } from '../../../app/useRun'
import { downloadFile } from '../../../lib/download'
import { ImportModal } from './ImportModal'
import { useRubricFileImport } from './useRubricFileImport'
import { RUBRIC_STRINGS as S } from '../strings'

/** 导出 JSON / 导出 Excel 指标体系表 (the saved version) and 导入 (checked first, applied on request). */
export function RubricExchange({ campaign }: { campaign: Campaign }) {
  const { exportRubric } = useActions()
  const { message } = App.useApp()
  const run = useRun()
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState<'json' | 'xlsx' | null>(null)
  const rubricFile = useRubricFileImport()
  const parsed = rubricFile.parsed

  async function exportAs(format: 'json' | 'xlsx') {
    setBusy(format)
    const file = await run(() => exportRubric(format))
    setBusy(null)
    if (!file) return
    downloadFile(file)
    void message.success(S.exported(file.fileName))
  }

  async function chosen(file: File | undefined) {
    if (input.current) input.current.value = '' // the same file may be chosen again
    if (!file) return
    await rubricFile.importFile(file)
  }

  return (
    <Space size={8}>
      <Tooltip title={S.exportHint}>
        <Button icon={<DownloadOutlined />} loading={busy === 'json'} onClick={() => void exportAs('json')} data-testid="rubric-export-json">
          {S.exportJson}
        </Button>
      </Tooltip>
      <Tooltip title={S.exportHint}>
        <Button icon={<FileExcelOutlined />} loading={busy === 'xlsx'} onClick={() => void exportAs('xlsx')} data-testid="rubric-export-xlsx">
          {S.exportXlsx}
        </Button>
      </Tooltip>
      <Tooltip title={S.importHint}>
        <Button icon={<UploadOutlined />} loading={rubricFile.busy} onClick={() => input.current?.click()} data-testid="rubric-import">
          {S.importFile}
        </Button>
      </Tooltip>
      <input
        ref={input}
        type="file"
        accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        data-testid="rubric-import-input"
        onChange={(e) => void chosen(e.target.files?.[0])}
      />
      {parsed && <ImportModal campaign={campaign} fileName={parsed.fileName} result={parsed.result} onClose={rubricFile.close} />}
    </Space>
  )
}
