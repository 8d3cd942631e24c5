import { useEffect, useState } from 'react'
import { Alert, App, Button, Card, Form, Input, Modal, Space, Tag, Typography, type ButtonProps } from 'antd'
import { LockOutlined, SafetyCertificateOutlined, UnlockOutlined } from '@ant-design/icons'
import { signingSelectors, useActions, useWorkbench } from '../../stores'
import { cnDate } from '../../lib/format'
import { WORKSPACE_KEY_STRINGS as S } from './strings'
import { useDialogCall } from '../../app/useDialogCall'

const MIN_PASSPHRASE = 8

/**
 * 秘书处签章密钥 (issue 11): make the secretariat's key once, unlock it for the session so exported
 * documents are sealed, lock it again. The passphrase never leaves this dialog but for the one call.
 */
export function WorkspaceKeyCard() {
  const status = useWorkbench(signingSelectors.keysStatus)
  const { loadKeysStatus, lockWorkspace } = useActions()
  const { message } = App.useApp()
  const [dialog, setDialog] = useState<'create' | 'unlock' | null>(null)
  const [locking, setLocking] = useState(false)
  useEffect(() => {
    void loadKeysStatus().catch(() => undefined)
  }, [loadKeysStatus])
  if (!status) return null
  const key = status.workspace
  const lock = async () => {
    setLocking(true)
    try {
      await lockWorkspace()
      void message.success(S.lockedOk)
    } finally {
      setLocking(false)
    }
  }
  return (
    <Card size="small" title={<Space><SafetyCertificateOutlined />{S.title}</Space>} data-testid="workspace-key-card" style={{ marginBottom: 16 }}>
      {!key ? (
        <Space direction="vertical" size={8}>
          <Typography.Text type="secondary">{S.none}</Typography.Text>
          <Button type="primary" onClick={() => setDialog('create')} data-testid="workspace-key-create">{S.create}</Button>
        </Space>
      ) : (
        <Space wrap size={12}>
          <Typography.Text>
            {S.fingerprint} <Typography.Text code data-testid="workspace-key-fingerprint">{key.fingerprint}</Typography.Text>
          </Typography.Text>
          <Typography.Text type="secondary">{S.createdAt(cnDate(key.createdAt))}</Typography.Text>
          {status.workspaceUnlocked ? <Tag color="green">{S.unlocked}</Tag> : <Tag>{S.locked}</Tag>}
          {status.workspaceUnlocked ? (
            <Button icon={<LockOutlined />} loading={locking} onClick={() => void lock()} data-testid="workspace-key-lock">{S.lock}</Button>
          ) : (
            <Button icon={<UnlockOutlined />} onClick={() => setDialog('unlock')} data-testid="workspace-key-unlock">{S.unlock}</Button>
          )}
        </Space>
      )}
      <PassphraseModal mode={dialog} onClose={() => setDialog(null)} />
    </Card>
  )
}

function PassphraseModal({ mode, onClose }: { mode: 'create' | 'unlock' | null; onClose: () => void }) {
  const { createWorkspaceKey, unlockWorkspace } = useActions()
  const { message } = App.useApp()
  const [passphrase, setPassphrase] = useState('')
  const [confirm, setConfirm] = useState('')
  const { busy, error, setError, call } = useDialogCall()
  const creating = mode === 'create'
  const close = () => {
    setPassphrase('')
    setConfirm('')
    setError(null)
    onClose()
  }
  const submit = async () => {
    if (creating && passphrase.length < MIN_PASSPHRASE) return setError(S.passphraseShort)
    if (creating && passphrase !== confirm) return setError(S.mismatch)
    const said = await call(async () => (creating ? S.created((await createWorkspaceKey(passphrase)).fingerprint) : unlockWorkspace(passphrase).then(() => S.unlockedOk)))
    if (said === undefined) return
    void message.success(said)
    close()
  }
  return (
    <Modal
      open={mode !== null}
      title={creating ? S.createTitle : S.unlockTitle}
      okText={S.ok}
      cancelText={S.cancel}
      confirmLoading={busy}
      okButtonProps={{ disabled: !passphrase, 'data-testid': 'workspace-key-ok' } as ButtonProps}
      onOk={() => void submit()}
      onCancel={close}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{creating ? S.createIntro : S.unlockIntro}</Typography.Paragraph>
      <Form layout="vertical" onFinish={() => void submit()}>
        <Form.Item label={S.passphrase} extra={creating ? S.passphraseHint : undefined}>
          <Input.Password autoFocus autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} onPressEnter={() => void submit()} data-testid="workspace-key-passphrase" />
        </Form.Item>
        {creating && (
          <Form.Item label={S.confirm}>
            <Input.Password autoComplete="off" value={confirm} onChange={(e) => setConfirm(e.target.value)} onPressEnter={() => void submit()} data-testid="workspace-key-confirm" />
          </Form.Item>
        )}
      </Form>
      {error && <Alert type="error" showIcon message={error} data-testid="workspace-key-error" />}
    </Modal>
  )
}
