import { useRef, useState } from 'react'
import { App, Button, Space, Tooltip } from 'antd'
import { DownloadOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons'
import type { RubricFileParse } from '../../../../../core/api/outputs'
import type { Campaign } from '../../../../../core/domain/workspace'
import { useActions } from '../../../stores'
import { useRun } from '../../../app/useRun'
import { downloadFile } from '../../../lib/download'
import { readAsBase64 } from './readFile'
import { ImportModal } from './ImportModal'
import { RUBRIC_STRINGS as S } from '../strings'

/** rubric.parseFile takes at most 8 MiB of base64, i.e. 6 MiB of file. */
const MAX_FILE_BYTES = 6 * 1024 * 1024

/** 导出 JSON / 导出 Excel 指标体系表 (the saved version) and 导入 (checked first, applied on request). */
export function RubricExchange({ campaign }: { campaign: Campaign }) {
  const { exportRubric, parseRubricFile } = useActions()
  const { message } = App.useApp()
  const run = useRun()
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState<'json' | 'xlsx' | 'import' | null>(null)
  const [parsed, setParsed] = useState<{ fileName: string; result: RubricFileParse } | null>(null)

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
    if (file.size > MAX_FILE_BYTES) return void message.error(S.fileTooBig)
    setBusy('import')
    try {
      const base64 = await readAsBase64(file).catch(() => null)
      if (base64 === null) return void message.error(S.readFailed)
      const result = await run(() => parseRubricFile(file.name, base64))
      if (result) setParsed({ fileName: file.name, result })
    } finally {
      setBusy(null)
    }
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
        <Button icon={<UploadOutlined />} loading={busy === 'import'} onClick={() => input.current?.click()} data-testid="rubric-import">
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
      {parsed && <ImportModal campaign={campaign} fileName={parsed.fileName} result={parsed.result} onClose={() => setParsed(null)} />}
    </Space>
  )
}
