import { useState } from 'react'
import { Alert, Button, Input, InputNumber, Modal, Progress, Space, Typography } from 'antd'
import { DownloadOutlined } from '@ant-design/icons'
import type { ExpertPackageResult } from '../../../../core/api/packages/outputs'
import { packagesSelectors, useActions, useWorkbench } from '../../stores'
import { useDialogCall } from '../../app/useDialogCall'
import { downloadBlob } from '../../lib/download'
import { PKG_STRINGS as S } from './strings'

/**
 * Passphrase, validity, then the export as a task with progress and cancel; the package written is
 * then saved as a download (browser mode cannot reach the workspace folder; Electron shows its save
 * dialog), and a copy stays in the workspace. One export per click (useDialogCall).
 */
export function ExportPackageModal({ expert, onClose }: { expert: { id: string; name: string } | null; onClose: () => void }) {
  const { exportExpertPackage, fetchExpertPackage, cancelPackageExport, clearPackageExport } = useActions()
  const job = useWorkbench(packagesSelectors.exportJob)
  const [passphrase, setPassphrase] = useState('')
  const [days, setDays] = useState(30)
  const exporting = useDialogCall()
  const downloading = useDialogCall()
  const [saved, setSaved] = useState<string | null>(null)
  const running = job?.task.state === 'running'
  const done = job && job.expertId === expert?.id && job.task.state === 'done' ? job.task.result : undefined
  const close = () => {
    setPassphrase('')
    setSaved(null)
    exporting.setError(null)
    downloading.setError(null)
    clearPackageExport()
    onClose()
  }
  const download = async (result: ExpertPackageResult) => {
    const blob = await downloading.call(() => fetchExpertPackage(result))
    if (!blob) return
    downloadBlob(blob, result.downloadName)
    setSaved(result.downloadName)
  }
  const run = async () => {
    if (!expert) return
    setSaved(null)
    // a failed or cancelled task says why in the state line below the progress
    const t = await exporting.call(() => exportExpertPackage(expert.id, passphrase, days))
    if (t?.state === 'done' && t.result) {
      setPassphrase('')
      await download(t.result)
    }
  }
  const pct = job && job.task.total ? Math.floor((100 * job.task.done) / job.task.total) : 0
  const busy = exporting.busy || downloading.busy
  return (
    <Modal
      open={!!expert}
      title={expert ? S.passTitle(expert.name) : ''}
      onCancel={running || busy ? undefined : close}
      closable={!running && !busy}
      footer={
        running ? (
          <Button onClick={() => void cancelPackageExport()} data-testid="package-export-cancel">
            {S.cancel}
          </Button>
        ) : done ? (
          <Space>
            <Button icon={<DownloadOutlined />} loading={downloading.busy} onClick={() => void download(done)} data-testid="package-export-download">
              {S.downloadAgain}
            </Button>
            <Button type="primary" onClick={close} disabled={busy}>
              {S.close}
            </Button>
          </Space>
        ) : (
          <Space>
            <Button onClick={close} disabled={busy}>{S.close}</Button>
            <Button type="primary" disabled={!passphrase} loading={exporting.busy} onClick={() => void run()} data-testid="package-export-run">
              {S.exportPackage}
            </Button>
          </Space>
        )
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text>{S.passLabel}</Typography.Text>
        <Input.Password value={passphrase} onChange={(e) => setPassphrase(e.target.value)} disabled={running || busy || !!done} data-testid="package-passphrase" autoComplete="off" />
        <Space>
          <Typography.Text>{S.days}</Typography.Text>
          <InputNumber min={1} max={365} value={days} onChange={(v) => setDays(v ?? 30)} disabled={running || busy || !!done} />
        </Space>
        {job && job.expertId === expert?.id && (
          <>
            <Progress percent={job.task.state === 'done' ? 100 : pct} status={job.task.state === 'failed' ? 'exception' : undefined} />
            <Typography.Text type="secondary" data-testid="package-export-state">
              {done ? S.exported(done.path) : job.task.state === 'running' ? S.exporting : (job.task.error?.message ?? '')}
            </Typography.Text>
          </>
        )}
        {done && downloading.busy && <Typography.Text>{S.downloading}</Typography.Text>}
        {done && saved && <Alert type="success" showIcon data-testid="package-export-saved" title={S.savedAs(saved)} description={S.sendHint} />}
        {(exporting.error || downloading.error) && <Alert type="error" showIcon data-testid="package-export-error" title={exporting.error ?? downloading.error} />}
      </Space>
    </Modal>
  )
}
