import type { PickedFile } from '../../api'
import { useEffect, useRef, useState } from 'react'
import { Button, Modal, Progress, Space, Steps } from 'antd'
import type { Out } from '../../../../core/api/contract'
import type { RosterPreview } from '../../../../core/api/outputs'
import { ApiError } from '../../api'
import { useActions, type RosterMapping } from '../../stores'
import { FilePick } from './FilePick'
import { IssueList } from './IssueList'
import { RosterMappingStep } from './RosterMappingStep'
import { RosterPreviewStep } from './RosterPreviewStep'
import { RosterCommitStep, type ImportMode } from './RosterCommitStep'
import { mappingProblem } from './rosterFields'
import { INTAKE_STRINGS as S } from './strings'
import './intake.css'

type Failure = { message: string; issues?: ApiError['issues'] }

const unreadable = (p: RosterPreview): Failure => ({
  message: S.unreadable(p.fileName),
  issues: p.problems.map((x) => ({ path: x.row ? `第 ${x.row} 行 ${x.column}` : x.column, message: x.message })),
})

/**
 * 导入申报汇总表 in four steps: the file is uploaded once, previewed with the guessed mapping, previewed
 * again after the user maps the columns, then imported all-or-valid-only. A successful import consumes
 * the upload, so the wizard then only offers 完成.
 */
export function RosterImportWizard({ open, onClose, initialFile }: { open: boolean; onClose: () => void; initialFile?: PickedFile | null }) {
  const { uploadFile, previewRoster, importRoster } = useActions()
  const [step, setStep] = useState(0)
  const [file, setFile] = useState<PickedFile | null>(null)
  const [uploadId, setUploadId] = useState<string | null>(null)
  const [pct, setPct] = useState<number | null>(null)
  const [preview, setPreview] = useState<RosterPreview | null>(null)
  const [mapping, setMapping] = useState<RosterMapping>({})
  const [headerRow, setHeaderRow] = useState<number | undefined>(undefined)
  const [mode, setMode] = useState<ImportMode>('validOnly')
  const [result, setResult] = useState<Out<'roster.import'> | null>(null)
  const [failure, setFailure] = useState<Failure | null>(null)
  const [busy, setBusy] = useState(false)

  function reset() {
    setStep(0)
    setFile(null)
    setUploadId(null)
    setPct(null)
    setPreview(null)
    setMapping({})
    setHeaderRow(undefined)
    setResult(null)
    setFailure(null)
  }
  function close() {
    reset()
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

  // a file dropped on the window (issue 15) starts the wizard as if it had been picked here, once
  const taken = useRef<PickedFile | null>(null)
  useEffect(() => {
    if (!open || !initialFile || taken.current === initialFile) return
    taken.current = initialFile
    void pick(initialFile)
  })

  const pick = (f: PickedFile) =>
    attempt(async () => {
      setFile(f)
      setPreview(null)
      const id = await uploadFile(f, (sent, total) => setPct(total ? Math.round((sent / total) * 100) : 100))
      setUploadId(id)
      const p = await previewRoster(id)
      setPreview(p)
      setMapping(p.mapping)
      // with a choice of header rows the user can still fix a file read under the wrong one
      if (p.headers.length || p.headerChoices.length > 1) setStep(1)
      if (!p.headers.length) setFailure(unreadable(p))
    })

  /** Reads the file again with another header row; the mapping is guessed anew from its headers. */
  const pickHeaderRow = (row: number) =>
    attempt(async () => {
      const p = await previewRoster(uploadId!, undefined, row)
      setHeaderRow(row)
      setPreview(p)
      setMapping(p.mapping)
      if (!p.headers.length) setFailure(unreadable(p))
    })

  const toPreview = () =>
    attempt(async () => {
      const problem = mappingProblem(mapping, preview?.fields ?? [], { missing: S.mappingMissing, duplicate: S.mappingDuplicate })
      if (problem) throw new Error(problem)
      const p = await previewRoster(uploadId!, mapping, headerRow)
      setPreview(p)
      setMode(p.problems.length ? 'validOnly' : 'all')
      setStep(2)
    })

  const commit = () =>
    attempt(async () => {
      setResult(await importRoster(uploadId!, mapping, mode, headerRow))
    })

  const footer = (
    <Space>
      {step > 0 && !result && (
        <Button
          onClick={() => {
            setFailure(null)
            setStep(step - 1)
          }}
          disabled={busy}
        >
          {S.prev}
        </Button>
      )}
      {step === 1 && (
        <Button type="primary" onClick={toPreview} loading={busy} data-testid="roster-next">
          {S.next}
        </Button>
      )}
      {step === 2 && (
        <Button type="primary" onClick={() => setStep(3)} disabled={!preview?.validCount} data-testid="roster-next">
          {S.next}
        </Button>
      )}
      {step === 3 && !result && (
        <Button type="primary" onClick={commit} loading={busy} data-testid="roster-import">
          {S.importNow}
        </Button>
      )}
      {result ? (
        <Button type="primary" onClick={close} data-testid="roster-done">
          {S.done}
        </Button>
      ) : (
        <Button onClick={close}>{S.cancel}</Button>
      )}
    </Space>
  )

  return (
    <Modal title={S.rosterTitle} open={open} onCancel={close} footer={footer} width={820} destroyOnHidden mask={{ closable: false }}>
      <Steps size="small" current={step} items={S.steps.map((title) => ({ title }))} className="wizard-steps" />
      <div className="wizard-body">
        {step === 0 && (
          <Space orientation="vertical" className="full-width">
            <FilePick accept=".xlsx,.csv" title={S.pickRoster} hint={S.pickRosterHint} file={file} onPick={(f) => void pick(f)} testId="roster-file" disabled={busy} />
            {busy && pct !== null && <Progress percent={pct} size="small" format={() => (pct < 100 ? S.uploading(pct) : S.reading)} />}
          </Space>
        )}
        {step === 1 && preview && <RosterMappingStep preview={preview} mapping={mapping} onChange={setMapping} onHeaderRow={(r) => void pickHeaderRow(r)} />}
        {step === 2 && preview && <RosterPreviewStep preview={preview} />}
        {step === 3 && preview && <RosterCommitStep preview={preview} mode={mode} onMode={setMode} result={result} />}
        {failure && <IssueList message={failure.message} issues={failure.issues} testId="roster-error" />}
      </div>
    </Modal>
  )
}
