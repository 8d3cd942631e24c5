import { useRef, useState } from 'react'
import { Alert, App, Form, Input, Modal, Typography } from 'antd'
import { scoringSelectors, useActions, useWorkbench } from '../../stores'
import { SIGN_STRINGS as S } from './signStrings'
import { useDialogCall } from '../../app/useDialogCall'

const MIN = 6

/**
 * Submit = sign (issue 11): asks for the expert's signing passphrase; an expert without a key sets
 * one first (twice). A refusal (a wrong passphrase…) is shown here, in the core's words, and the
 * dialog stays open: nothing was changed.
 */
export function SubmitSignModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const view = useWorkbench(scoringSelectors.sheetView)
  const { submitSheet, createSigningKey } = useActions()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ passphrase: string; again?: string }>()
  const sending = useRef(false)
  const { busy, error, setError, call } = useDialogCall()
  const fingerprint = view?.signerFingerprint ?? null
  const first = !fingerprint

  const close = () => {
    form.resetFields()
    setError(null)
    onClose()
  }

  const submit = async () => {
    // a double-clicked 签名并提交 signs once: the second click arrives before `busy` shows
    if (sending.current) return
    sending.current = true
    try {
      await send()
    } finally {
      sending.current = false
    }
  }
  const send = async () => {
    const { passphrase } = await form.validateFields()
    const done = await call(async () => {
      if (first) await createSigningKey(passphrase)
      return { version: (await submitSheet(passphrase))?.submittedVersion ?? 1 }
    })
    if (!done) return
    void message.success(S.submittedOk(done.version))
    close()
  }

  return (
    <Modal
      open={open}
      title={first ? S.firstTitle : S.title}
      okText={first ? S.firstOk : S.ok}
      cancelText={S.cancel}
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'confirm-submit' } as Record<string, string>}
      destroyOnHidden
      data-testid="submit-sign-modal"
    >
      <Typography.Paragraph className="submit-confirm-text">{first ? S.firstText : S.text(fingerprint)}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={() => void submit()}>
        <Form.Item
          name="passphrase"
          label={S.passphrase}
          rules={[{ required: true, message: S.passphraseMissing }, ...(first ? [{ min: MIN, message: S.passphraseShort }] : [])]}
        >
          <Input.Password autoFocus autoComplete="off" data-testid="submit-passphrase" onPressEnter={() => void submit()} />
        </Form.Item>
        {first && (
          <Form.Item
            name="again"
            label={S.passphraseAgain}
            dependencies={['passphrase']}
            rules={[
              { required: true, message: S.passphraseMissing },
              ({ getFieldValue }) => ({
                validator: (_, v) => (v === getFieldValue('passphrase') ? Promise.resolve() : Promise.reject(new Error(S.passphraseMismatch))),
              }),
            ]}
          >
            <Input.Password autoComplete="off" data-testid="submit-passphrase-again" />
          </Form.Item>
        )}
      </Form>
      {error && <Alert type="error" showIcon message={error} data-testid="submit-error" />}
    </Modal>
  )
}
