import type { PickedFile } from '../../api'
import { Button, Modal, Progress, Space, Steps } from 'antd'
import type { Out } from '../../../../core/api/contract'
import { useActions } from '../../stores'
import { FilePick } from '../intake/FilePick'
import { IssueList } from '../intake/IssueList'
import { INTAKE_STRINGS as I } from '../intake/strings'
import { ImportModeStep } from '../intake/tableImport/ImportModeStep'
import { unreadable, useTableImport } from '../intake/tableImport/useTableImport'
import { ExpertImportPreview } from './ExpertImportPreview'
import { EXPERT_IMPORT_STRINGS as S } from './importStrings'
import '../intake/intake.css'

type Preview = Out<'experts.previewImport'>

/**
 * 导入专家库, like the roster wizard (RosterImportWizard) and on the same state (useTableImport): the table
 * is uploaded once and previewed with its problems by row and column (header row detected, or picked),
 * then imported all-or-valid-only.
 */
export function ExpertImportWizard({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { previewExpertImport, importExperts } = useActions()
  const w = useTableImport<Preview, Out<'experts.import'>>()
  const { step, setStep, preview, mode, result, failure, busy, attempt } = w

  function close() {
    w.reset()
    onClose()
  }

  const show = (p: Preview) => {
    w.setPreview(p)
    w.setMode(p.problems.length ? 'validOnly' : 'all')
    if (p.headers.length || p.headerChoices.length > 1) setStep(1)
    if (!p.headers.length || p.problems.some((x) => x.row === 0)) w.setFailure(unreadable(p))
  }

  const pick = (f: PickedFile) => attempt(async () => show(await previewExpertImport(await w.upload(f))))

  const pickHeaderRow = (row: number) =>
    attempt(async () => {
      w.setHeaderRow(row)
      show(await previewExpertImport(w.uploadId!, row))
    })

  const commit = () => attempt(async () => w.setResult(await importExperts(w.uploadId!, mode, w.headerRow)))

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
            <FilePick accept=".xlsx,.csv" title={S.pick} hint={S.hint} file={w.file} onPick={(f) => void pick(f)} testId="expert-import-file" disabled={busy} />
            {busy && w.pct !== null && <Progress percent={w.pct} size="small" format={() => (w.pct! < 100 ? I.uploading(w.pct!) : I.reading)} />}
          </Space>
        )}
        {step === 1 && preview && <ExpertImportPreview preview={preview} onHeaderRow={(r) => void pickHeaderRow(r)} />}
        {step === 2 && preview && (
          <ImportModeStep
            preview={preview}
            mode={mode}
            onMode={w.setMode}
            result={result && { title: S.imported(result.imported), subTitle: result.skippedRows ? S.importedSkipped(result.skippedRows) : undefined }}
            testIds={{ step: 'expert-import-mode', all: 'expert-mode-all', validOnly: 'expert-mode-valid-only', result: 'expert-import-result' }}
          />
        )}
        {failure && <IssueList message={failure.message} issues={failure.issues} testId="expert-import-error" />}
      </div>
    </Modal>
  )
}
