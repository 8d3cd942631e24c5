import { useState, type ReactElement } from 'react'
import { App, Input, Popconfirm } from 'antd'
import { REMOVAL_STRINGS as S } from './strings'

/**
 * A Popconfirm that asks for a reason before a removal or an archive: the reason goes to the audit log.
 * A refusal (e.g. HAS_SCORES) is shown with the core's Chinese message and keeps the popup open.
 */
export function ReasonConfirm({ title, testId, onConfirm, children, okText }: {
  title: string
  testId: string
  onConfirm: (reason: string) => Promise<unknown>
  children: ReactElement
  okText?: string
}) {
  const { message } = App.useApp()
  const [reason, setReason] = useState('')
  const [open, setOpen] = useState(false)

  async function confirm() {
    if (!reason.trim()) {
      void message.warning(S.reasonRequired)
      throw new Error(S.reasonRequired)
    }
    try {
      await onConfirm(reason.trim())
      setReason('')
      void message.success(S.done)
    } catch (e) {
      void message.error((e as Error).message)
      throw e
    }
  }

  return (
    <Popconfirm
      open={open}
      onOpenChange={setOpen}
      title={title}
      okText={okText ?? S.ok}
      cancelText={S.cancel}
      okButtonProps={{ danger: true, 'data-testid': `${testId}-ok` }}
      description={
        <Input.TextArea
          data-testid={`${testId}-reason`}
          value={reason}
          maxLength={500}
          autoSize={{ minRows: 2, maxRows: 4 }}
          placeholder={S.reasonPlaceholder}
          onChange={(e) => setReason(e.target.value)}
          onClick={(e) => e.stopPropagation()}
        />
      }
      onConfirm={(e) => {
        e?.stopPropagation()
        return confirm().then(() => setOpen(false), () => undefined)
      }}
      onCancel={(e) => e?.stopPropagation()}
    >
      {children}
    </Popconfirm>
  )
}
