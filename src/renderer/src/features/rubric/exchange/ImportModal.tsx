import { useState } from 'react'
import { Alert, App, Button, Form, Input, Modal } from 'antd'
import type { RubricFileParse } from '../../../../../core/api/outputs'
import { REVIEW_KIND_LABELS } from '../../../../../core/domain/rubric'
import type { Campaign } from '../../../../../core/domain/workspace'
import { rubricSelectors, useActions, useWorkbench } from '../../../stores'
import { useRun } from '../../../app/useRun'
import { ImportProblems } from './ImportProblems'
import { ImportPreview } from './ImportPreview'
import { RUBRIC_STRINGS as S } from '../strings'

/**
 * The result of reading a rubric file: its problems (nothing applied), or a comparison with the
 * current rubric and 应用到本评审活动 (a 修改说明 is required once the rubric is frozen).
 */
export function ImportModal(props: { campaign: Campaign; fileName: string; result: RubricFileParse; onClose: () => void }) {
  const { campaign, fileName, result, onClose } = props
  const dirty = useWorkbench(rubricSelectors.dirty)
  const { applyRubric, startRubricEdit } = useActions()
  const { message } = App.useApp()
  const run = useRun()
  const [note, setNote] = useState('')
  const [touched, setTouched] = useState(false)
  const [busy, setBusy] = useState(false)
  const imported = result.ok ? result.rubric : undefined
  const frozen = !!campaign.rubricFrozenAt
  const kindMismatch = imported && imported.kind !== campaign.kind
  const noteMissing = frozen && !note.trim()

  async function apply() {
    setTouched(true)
    if (!imported || kindMismatch || noteMissing) return
    setBusy(true)
    const saved = await run(() => applyRubric(imported, note.trim() || undefined))
    setBusy(false)
    if (!saved) return
    void message.success(S.applied(saved.rubric.version))
    onClose()
  }

  function edit() {
    if (!imported) return
    startRubricEdit(imported)
    onClose()
  }

  const footer = imported
    ? [
        <Button key="close" onClick={onClose}>
          {S.close}
        </Button>,
        <Button key="edit" disabled={!!kindMismatch} onClick={edit} data-testid="import-edit">
          {S.loadIntoEditor}
        </Button>,
        <Button key="apply" type="primary" loading={busy} disabled={!!kindMismatch} onClick={() => void apply()} data-testid="import-apply">
          {S.apply}
        </Button>,
      ]
    : [
        <Button key="close" type="primary" onClick={onClose} data-testid="import-close">
          {S.close}
        </Button>,
      ]

  return (
    <Modal open title={S.importTitle(fileName)} onCancel={onClose} footer={footer} width={720} destroyOnHidden>
      <div data-testid="import-modal">
        {!imported ? (
          <ImportProblems problems={result.problems} fileName={fileName} />
        ) : (
          <>
            <ImportPreview current={campaign.rubric} imported={imported} />
            {kindMismatch && (
              <Alert type="error" showIcon className="rubric-problems" title={S.kindMismatch(REVIEW_KIND_LABELS[imported.kind], REVIEW_KIND_LABELS[campaign.kind])} />
            )}
            {dirty && <Alert type="warning" showIcon className="rubric-problems" title={S.draftDropped} />}
            {frozen && !kindMismatch && (
              <Form layout="vertical" className="rubric-import-note">
                <Alert type="warning" showIcon className="rubric-problems" title={S.applyFrozenHint(campaign.rubric.version + 1)} />
                <Form.Item
                  label={S.noteLabel}
                  required
                  validateStatus={touched && noteMissing ? 'error' : undefined}
                  help={touched && noteMissing ? S.noteRequired : undefined}
                >
                  <Input.TextArea
                    data-testid="import-note"
                    value={note}
                    maxLength={500}
                    autoSize={{ minRows: 2, maxRows: 5 }}
                    placeholder={S.notePlaceholder}
                    onChange={(e) => setNote(e.target.value)}
                  />
                </Form.Item>
              </Form>
            )}
          </>
        )}
      </div>
    </Modal>
  )
}
