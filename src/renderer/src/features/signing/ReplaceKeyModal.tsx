import { useEffect, useState } from 'react'
import { Alert, App, Form, Input, Modal, Typography } from 'antd'
import type { Expert } from '../../../../core/domain/workspace'
import { useActions } from '../../stores'
import { fingerprintInWindow } from './fingerprint'
import { useDialogCall } from '../../app/useDialogCall'
import { SIGNING_STRINGS as S } from './strings'

/** 更换密钥: the new public key (its fingerprint shown to check with the expert) and a required reason. */
export function ReplaceKeyModal({ expert, onClose }: { expert: Expert | null; onClose: () => void }) {
  const { message } = App.useApp()
  const { replaceExpertKey } = useActions()
  const [publicKey, setPublicKey] = useState('')
  const [reason, setReason] = useState('')
  const [fingerprint, setFingerprint] = useState<string | null>(null)
  const { busy, error, setError, call } = useDialogCall()
  const key = publicKey.trim()

  useEffect(() => {
    let live = true
    void fingerprintInWindow(key).then((fp) => live && setFingerprint(fp))
    return () => {
      live = false
    }
  }, [key])

  const close = () => {
    setPublicKey('')
    setReason('')
    setError(null)
    onClose()
  }
  const submit = async () => {
    if (!expert || !fingerprint) return
    if (!reason.trim()) return setError(S.reasonRequired)
    if ((await call(() => replaceExpertKey(expert.id, key, reason.trim()).then(() => true))) !== true) return
    void message.success(S.replaced(fingerprint))
    close()
  }

  return (
    <Modal
      open={!!expert}
      title={expert ? S.replaceTitle(expert.name) : ''}
      okText={S.replaceOk}
      cancelText={S.cancel}
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={busy}
      okButtonProps={{ disabled: !fingerprint || !reason.trim(), danger: true, 'data-testid': 'replace-key-ok' }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{S.replaceIntro}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={S.current}>
          <Typography.Text code>{expert?.fingerprint ?? S.noKey}</Typography.Text>
        </Form.Item>
        <Form.Item label={S.publicKey} validateStatus={key && !fingerprint ? 'error' : undefined} help={key && !fingerprint ? S.publicKeyBad : undefined}>
          <Input value={publicKey} onChange={(e) => setPublicKey(e.target.value)} placeholder={S.publicKeyPlaceholder} data-testid="replace-key-public" />
        </Form.Item>
        {fingerprint && (
          <Alert
            type="warning"
            showIcon
            message={
              <span>
                {S.newFingerprint}：<Typography.Text code strong data-testid="replace-key-fingerprint">{fingerprint}</Typography.Text>
              </span>
            }
            description={S.checkWithExpert}
          />
        )}
        <Form.Item label={S.reason} required style={{ marginTop: 12 }}>
          <Input.TextArea value={reason} maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} onChange={(e) => setReason(e.target.value)} placeholder={S.reasonPlaceholder} data-testid="replace-key-reason" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} data-testid="replace-key-error" />}
    </Modal>
  )
}
