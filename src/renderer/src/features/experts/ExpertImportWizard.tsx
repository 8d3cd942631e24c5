import type { PickedFile } from '../../api'
import { useState } from 'react'
import { Button, Modal, Progress, Radio, Result, Space, Steps, Typography } from 'antd'
import type { Out } from '../../../../core/api/contract'
import { ApiError } from '../../api'
import { useActions } from '../../stores'
import { FilePick } from '../intake/FilePick'
import { IssueList } from '../intake/IssueList'
import { INTAKE_STRINGS as I } from '../intake/strings'
import { ExpertImportPreview } from './ExpertImportPreview'
import { EXPERT_IMPORT_STRINGS as S } from './importStrings'
import '../intake/intake.css'

type Preview = Out<'experts.previewImport'>
type Mode = 'all' | 'validOnly'
type Failure = { message: string; issues?: ApiError['issues'] }

const unreadable = (p: Preview): Failure => ({
  message: S.unreadable(p.fileName),
  issues: p.problems.map((x) => ({ path: x.row ? `第 ${x.row} 行 ${x.column}` : x.column, message: x.message })),
})

/**
 * 导入专家库, like the roster wizard (RosterImportWizard): the table is uploaded once and previewed with
 * its problems by row and column (header row detected, or picked), then imported all-or-valid-only.
 */
export function ExpertImportWizard({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { uploadFile, previewExpertImport, importExperts } = useActions()
  const [step, setStep] = useState(0)
  const [file, setFile] = useState<PickedFile | null>(null)
  const [uploadId, setUploadId] = useState<string | null>(null)
  const [pct, setPct] = useState<number | null>(null)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [headerRow, setHeaderRow] = useState<number | undefined>()
  const [mode, setMode] = useState<Mode>('validOnly')
  const [result, setResult] = useState<Out<'experts.import'> | null>(null)
  const [failure, setFailure] = useState<Failure | null>(null)
  const [busy, setBusy] = useState(false)

  function close() {
    setStep(0)
    setFile(null)
    setUploadId(null)
    setPct(null)
    setPreview(null)
    setHeaderRow(undefined)
    setResult(null)
    setFailure(null)
    onClose()
  }

  async function attempt(work: () => Promise<void>) {
    setBusy(true)
    setFailure(null)
    try {
      await work()
    } catch (e) {
      setFailure({ message: (e as Error).message, issues: e instanceof ApiError ? e.issues : undefined })
    } finally {
      setBusy(false)
    }
  }

  const show = (p: Preview) => {
    setPreview(p)
    setMode(p.problems.length ? 'validOnly' : 'all')
    if (p.headers.length || p.headerChoices.length > 1) setStep(1)
    if (!p.headers.length || p.problems.some((x) => x.row === 0)) setFailure(unreadable(p))
  }

  const pick = (f: PickedFile) =>
    attempt(async () => {
      setFile(f)
      const id = await uploadFile(f, (sent, total) => setPct(total ? Math.round((sent / total) * 100) : 100))
      setUploadId(id)
      show(await previewExpertImport(id))
    })

  const pickHeaderRow = (row: number) =>
    attempt(async () => {
      setHeaderRow(row)
      show(await previewExpertImport(uploadId!, row))
    })

  const commit = () => attempt(async () => setResult(await importExperts(uploadId!, mode, headerRow)))
  const problemRows = new Set(preview?.problems.map((p) => p.row)).size

  const footer = (
    <Space>
      {step > 0 && !result && (
        <Button onClick={() => setStep(step - 1)} disabled={busy}>
          {I.prev}
        </Button>
      )}
      {step === 1 && (
        <Button type="primary" onClick={() => setStep(2)} disabled={!preview?.validCount} data-testid="expert-import-next">
          {I.next}
        </Button>
      )}
      {step === 2 && !result && (
        <Button type="primary" onClick={() => void commit()} loading={busy} data-testid="expert-import-commit">
          {I.importNow}
        </Button>
      )}
      {result ? (
        <Button type="primary" onClick={close} data-testid="expert-import-done">
          {I.done}
        </Button>
      ) : (
        <Button onClick={close}>{I.cancel}</Button>
      )}
    </Space>
  )

  return (
    <Modal title={S.title} open={open} onCancel={close} footer={footer} width={900} destroyOnHidden mask={{ closable: false }}>
      <Steps size="small" current={step} items={S.steps.map((title) => ({ title }))} className="wizard-steps" />
      <div className="wizard-body" data-testid="expert-import-wizard">
        {step === 0 && (
          <Space orientation="vertical" className="full-width">
            <FilePick accept=".xlsx,.csv" title={S.pick} hint={S.hint} file={file} onPick={(f) => void pick(f)} testId="expert-import-file" disabled={busy} />
            {busy && pct !== null && <Progress percent={pct} size="small" format={() => (pct < 100 ? I.uploading(pct) : I.reading)} />}
          </Space>
        )}
        {step === 1 && preview && <ExpertImportPreview preview={preview} onHeaderRow={(r) => void pickHeaderRow(r)} />}
        {step === 2 && preview && !result && (
          <div data-testid="expert-import-mode">
            <Typography.Paragraph strong>{I.modeTitle}</Typography.Paragraph>
            <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as Mode)}>
              <Space orientation="vertical" size={10}>
                <Radio value="all" disabled={preview.problems.length > 0}>
                  {I.modeAll}
                  <Typography.Text type="secondary" className="radio-hint">
                    {preview.problems.length ? I.modeAllDisabled : I.modeAllHint(preview.rowCount)}
                  </Typography.Text>
                </Radio>
                <Radio value="validOnly" disabled={!preview.validCount} data-testid="expert-mode-valid-only">
                  {I.modeValidOnly}
                  <Typography.Text type="secondary" className="radio-hint">
                    {I.modeValidOnlyHint(preview.validCount, problemRows)}
                  </Typography.Text>
                </Radio>
              </Space>
            </Radio.Group>
          </div>
        )}
        {result && (
          <Result status="success" data-testid="expert-import-result" title={S.imported(result.imported)} subTitle={result.skippedRows ? S.importedSkipped(result.skippedRows) : undefined} />
        )}
        {failure && <IssueList message={failure.message} issues={failure.issues} testId="expert-import-error" />}
      </div>
    </Modal>
  )
}
