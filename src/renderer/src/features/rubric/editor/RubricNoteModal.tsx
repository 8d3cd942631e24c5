import { useState } from 'react'
import { Alert, Form, Input, Modal } from 'antd'
import { cnDateTime } from '../dateTime'
import { RUBRIC_STRINGS as S } from '../strings'

/**
 * 修改说明 for a frozen rubric: saving makes a new version, sheets scored under the old one keep it
 * and are flagged 需复核. The note is required (the core refuses without one).
 */
export function RubricNoteModal(props: {
  open: boolean
  version: number
  frozenAt: string | undefined
  onCancel: () => void
  /** resolves true when saved (the modal closes), false to stay */
  onSubmit: (note: string) => Promise<boolean>
}) {
  const { open, version, frozenAt, onCancel, onSubmit } = props
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const [touched, setTouched] = useState(false)
  const missing = !note.trim()
  async function ok() {
    setTouched(true)
    if (missing) return
    setBusy(true)
    try {
      if (await onSubmit(note.trim())) {
        setNote('')
        setTouched(false)
      }
    } finally {
      setBusy(false)
    }
  }
  return (
    <Modal
      title={S.noteTitle}
      open={open}
      onCancel={onCancel}
      onOk={() => void ok()}
      okText={S.noteOk}
      cancelText={S.cancel}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'rubric-note-ok' }}
      destroyOnHidden
      width={560}
    >
      <Alert type="warning" showIcon className="rubric-problems" title={S.noteExplain(version, version + 1, cnDateTime(frozenAt))} />
      <Form layout="vertical">
        <Form.Item
          label={S.noteLabel}
          required
          validateStatus={touched && missing ? 'error' : undefined}
          help={touched && missing ? S.noteRequired : undefined}
        >
          <Input.TextArea
            data-testid="rubric-note"
            value={note}
            autoFocus
            maxLength={500}
            showCount
            autoSize={{ minRows: 3, maxRows: 6 }}
            placeholder={S.notePlaceholder}
            onChange={(e) => setNote(e.target.value)}
          />
        </Form.Item>
      </Form>
    </Modal>
  )
}
