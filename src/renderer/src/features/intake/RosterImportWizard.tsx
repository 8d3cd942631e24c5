import type { PickedFile } from '../../api'
import { useEffect, useRef, useState } from 'react'
import { Button, Modal, Progress, Space, Steps } from 'antd'
import type { Out } from '../../../../core/api/contract'
import type { RosterPreview } from '../../../../core/api/outputs'
import { useActions, type RosterMapping } from '../../stores'
import { ImportModeStep } from './tableImport/ImportModeStep'
import { unreadable, useTableImport } from './tableImport/useTableImport'
import { FilePick } from './FilePick'
import { IssueList } from './IssueList'
import { RosterMappingStep } from './RosterMappingStep'
import { RosterPreviewStep } from './RosterPreviewStep'
import { mappingProblem } from './rosterFields'
import { INTAKE_STRINGS as S } from './strings'
import './intake.css'

/**
 * 导入申报汇总表 in four steps: the file is uploaded once, previewed with the guessed mapping, previewed
 * again after the user maps the columns, then imported all-or-valid-only. A successful import consumes
 * the upload, so the wizard then only offers 完成.
 */
export function RosterImportWizard({ open, onClose, initialFile }: { open: boolean; onClose: () => void; initialFile?: PickedFile | null }) {
  const { previewRoster, importRoster } = useActions()
  const w = useTableImport<RosterPreview, Out<'roster.import'>>()
  const { step, setStep, preview, setPreview, headerRow, mode, result, failure, busy, attempt } = w
  const [mapping, setMapping] = useState<RosterMapping>({})

  function close() {
    w.reset()
    setMapping({})
    onClose()
  }

  const show = (p: RosterPreview) => {
    setPreview(p)
    setMapping(p.mapping)
    if (!p.headers.length) w.setFailure(unreadable(p))
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
      const p = await previewRoster(await w.upload(f))
      show(p)
      // with a choice of header rows the user can still fix a file read under the wrong one
      if (p.headers.length || p.headerChoices.length > 1) setStep(1)
    })

  /** Reads the file again with another header row; the mapping is guessed anew from its headers. */
  const pickHeaderRow = (row: number) =>
    attempt(async () => {
      const p = await previewRoster(w.uploadId!, undefined, row)
      w.setHeaderRow(row)
      show(p)
    })

  const toPreview = () =>
    attempt(async () => {
      const problem = mappingProblem(mapping, preview?.fields ?? [], { missing: S.mappingMissing, duplicate: S.mappingDuplicate })
      if (problem) throw new Error(problem)
      const p = await previewRoster(w.uploadId!, mapping, headerRow)
      setPreview(p)
      w.setMode(p.problems.length ? 'validOnly' : 'all')
      setStep(2)
    })

  const commit = () =>
    attempt(async () => {
      w.setResult(await importRoster(w.uploadId!, mapping, mode, headerRow))
    })

  const footer = (
    <Space>
      {step > 0 && !result && (
        <Button
          onClick={() => {
            w.setFailure(null)
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
            <FilePick accept=".xlsx,.csv" title={S.pickRoster} hint={S.pickRosterHint} file={w.file} onPick={(f) => void pick(f)} testId="roster-file" disabled={busy} />
            {busy && w.pct !== null && <Progress percent={w.pct} size="small" format={() => (w.pct! < 100 ? S.uploading(w.pct!) : S.reading)} />}
          </Space>
        )}
        {step === 1 && preview && <RosterMappingStep preview={preview} mapping={mapping} onChange={setMapping} onHeaderRow={(r) => void pickHeaderRow(r)} />}
        {step === 2 && preview && <RosterPreviewStep preview={preview} />}
        {step === 3 && preview && (
          <ImportModeStep
            preview={preview}
            mode={mode}
            onMode={w.setMode}
            result={result && { title: S.imported(result.imported), subTitle: result.skippedRows ? S.importedSkipped(result.skippedRows) : undefined }}
            testIds={{ step: 'roster-commit', all: 'mode-all', validOnly: 'mode-valid-only', result: 'roster-result' }}
          />
        )}
        {failure && <IssueList message={failure.message} issues={failure.issues} testId="roster-error" />}
      </div>
    </Modal>
  )
}
