import { useState } from 'react'
import { Alert, Button, Form, Input, Modal, Space, Typography } from 'antd'
import type { FileOutput } from '../../../../core/api/outputs'
import type { ScorePackageResult } from '../../../../core/api/packages/outputs'
import { useActions } from '../../stores'
import { downloadFile } from '../../lib/download'
import { useDialogCall } from '../../app/useDialogCall'
import { EXPERT_STRINGS as S } from './strings'

/**
 * 导出评分包 (issue 11): the signing passphrase, then packages.exportScores signs and writes the file,
 * which is saved through the browser's (or Electron's) download; a copy stays in the workspace.
 */
export function ExportScoresModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { exportScorePackage } = useActions()
  const [passphrase, setPassphrase] = useState('')
  const { busy, error, setError, call } = useDialogCall()
  const [done, setDone] = useState<{ result: ScorePackageResult; file: FileOutput } | null>(null)

  const close = () => {
    setPassphrase('')
    setError(null)
    setDone(null)
    onClose()
  }
  const run = async () => {
    const r = await call(() => exportScorePackage(passphrase))
    if (!r) return
    setPassphrase('')
    setDone(r)
    downloadFile(r.file)
  }

  return (
    <Modal
      open={open}
      title={S.exportTitle}
      onCancel={busy ? undefined : close}
      closable={!busy}
      data-testid="export-scores-modal"
      footer={
        done ? (
          <Space>
            <Button onClick={() => downloadFile(done.file)} data-testid="export-scores-again">
              {S.downloadAgain}
            </Button>
            <Button type="primary" onClick={close}>
              {S.close}
            </Button>
          </Space>
        ) : (
          <Space>
            <Button onClick={close} disabled={busy}>
              {S.close}
            </Button>
            <Button type="primary" loading={busy} disabled={!passphrase} onClick={() => void run()} data-testid="export-scores-run">
              {S.exportRun}
            </Button>
          </Space>
        )
      }
    >
      {done ? (
        <Alert
          type="success"
          showIcon
          data-testid="export-scores-done"
          message={S.exported(done.result.sheets, done.result.sequence)}
          description={
            <>
              <div>{S.savedAs(done.file.fileName)}</div>
              <Typography.Text type="secondary" className="expert-kept-in">
                {S.keptIn(done.result.path)}
              </Typography.Text>
            </>
          }
        />
      ) : (
        <Form layout="vertical" onFinish={() => void run()}>
          <Typography.Paragraph type="secondary">{S.exportHint}</Typography.Paragraph>
          <Form.Item label={S.passphrase} extra={S.passphraseHint} required>
            <Input.Password value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="off" autoFocus data-testid="export-scores-passphrase" />
          </Form.Item>
          {error && <Alert type="error" showIcon data-testid="export-scores-error" message={error} />}
        </Form>
      )}
    </Modal>
  )
}
