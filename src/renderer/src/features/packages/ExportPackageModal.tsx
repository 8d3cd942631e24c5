import { useState } from 'react'
import { App, Button, Input, InputNumber, Modal, Progress, Space, Typography } from 'antd'
import { packagesSelectors, useActions, useWorkbench } from '../../stores'
import { PKG_STRINGS as S } from './strings'

/** Passphrase, validity, then the export as a task with progress and cancel. */
export function ExportPackageModal({ expert, onClose }: { expert: { id: string; name: string } | null; onClose: () => void }) {
  const { message } = App.useApp()
  const { exportExpertPackage, cancelPackageExport, clearPackageExport } = useActions()
  const job = useWorkbench(packagesSelectors.exportJob)
  const [passphrase, setPassphrase] = useState('')
  const [days, setDays] = useState(30)
  const running = job?.task.state === 'running'
  const close = () => {
    setPassphrase('')
    clearPackageExport()
    onClose()
  }
  const run = async () => {
    if (!expert) return
    try {
      const t = await exportExpertPackage(expert.id, passphrase, days)
      if (t.state === 'done' && t.result) void message.success(S.exported(t.result.path))
      else if (t.error) void message.error(t.error.message)
    } catch (e) {
      void message.error((e as Error).message)
    }
  }
  const pct = job && job.task.total ? Math.floor((100 * job.task.done) / job.task.total) : 0
  return (
    <Modal
      open={!!expert}
      title={expert ? S.passTitle(expert.name) : ''}
      onCancel={running ? undefined : close}
      closable={!running}
      footer={
        running ? (
          <Button onClick={() => void cancelPackageExport()} data-testid="package-export-cancel">
            {S.cancel}
          </Button>
        ) : (
          <Space>
            <Button onClick={close}>关闭</Button>
            <Button type="primary" disabled={!passphrase} onClick={() => void run()} data-testid="package-export-run">
              {S.exportPackage}
            </Button>
          </Space>
        )
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text>{S.passLabel}</Typography.Text>
        <Input.Password value={passphrase} onChange={(e) => setPassphrase(e.target.value)} disabled={running} data-testid="package-passphrase" autoComplete="off" />
        <Space>
          <Typography.Text>{S.days}</Typography.Text>
          <InputNumber min={1} max={365} value={days} onChange={(v) => setDays(v ?? 30)} disabled={running} />
        </Space>
        {job && job.expertId === expert?.id && (
          <>
            <Progress percent={job.task.state === 'done' ? 100 : pct} status={job.task.state === 'failed' ? 'exception' : undefined} />
            <Typography.Text type="secondary" data-testid="package-export-state">
              {job.task.state === 'done' && job.task.result ? S.exported(job.task.result.path) : job.task.state === 'running' ? S.exporting : (job.task.error?.message ?? '')}
            </Typography.Text>
          </>
        )}
      </Space>
    </Modal>
  )
}
