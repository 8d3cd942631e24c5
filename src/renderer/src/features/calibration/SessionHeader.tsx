import { Button, Popconfirm, Progress, Space, Table, Tag, Typography } from 'antd'
import { EyeOutlined, FileWordOutlined, StopOutlined } from '@ant-design/icons'
import type { CalibrationView } from '../../../../core/api/outputs'
import { useActions } from '../../stores'
import { useRun } from '../../app/useRun'
import { useBusyRun } from '../../app/useBusyRun'
import { downloadFile } from '../../lib/download'
import { CALIBRATION_STRINGS as S } from './strings'

/** The session's title line, its state and the chair's actions: reveal, close, minutes. */
export function SessionHeader({ view }: { view: CalibrationView }) {
  const { revealCalibration, closeCalibration, exportMinutes } = useActions()
  const run = useRun()
  // 揭晓 and 结束 write: loading while sent, a second click sends nothing
  const { run: once, busy } = useBusyRun()
  const s = view.session!
  const state = s.closedAt ? 'closed' : view.revealed ? 'revealed' : 'blind'
  const allIn = view.progress.every((p) => p.submitted === p.expected)
  return (
    <div className="page-title-row" data-testid="calibration-header" data-state={state}>
      <Space size={10} wrap>
        <Typography.Text strong>{s.title}</Typography.Text>
        <Tag color={state === 'blind' ? 'orange' : state === 'revealed' ? 'blue' : 'default'} data-testid="calibration-state">
          {S.status[state]}
        </Tag>
        <Typography.Text type="secondary">
          {S.chair}：{s.chair} · {S.anchors} {s.anchors.length} 份 · {S.participants} {s.participants.length} 人
        </Typography.Text>
      </Space>
      <Space>
        {state === 'blind' && (
          <Popconfirm title={S.revealConfirm} onConfirm={() => void once(revealCalibration, S.revealed)} okText={S.reveal}>
            <Button type="primary" icon={<EyeOutlined />} disabled={!allIn} loading={busy} data-testid="calibration-reveal">
              {S.reveal}
            </Button>
          </Popconfirm>
        )}
        {state === 'revealed' && (
          <Popconfirm title={S.closeConfirm} onConfirm={() => void once(closeCalibration, S.closed)} okText={S.close}>
            <Button icon={<StopOutlined />} loading={busy} data-testid="calibration-close">
              {S.close}
            </Button>
          </Popconfirm>
        )}
        {state !== 'blind' && (
          <Button icon={<FileWordOutlined />} onClick={() => void run(async () => downloadFile(await exportMinutes()))} data-testid="calibration-minutes">
            {S.minutes}
          </Button>
        )}
      </Space>
    </div>
  )
}

/** Before the reveal: who has submitted how many anchors; no scores. */
export function AnchorProgress({ view }: { view: CalibrationView }) {
  return (
    <Table
      size="small"
      bordered
      title={() => S.progressTitle}
      rowKey="expertId"
      pagination={false}
      dataSource={view.progress}
      data-testid="calibration-progress"
      columns={[
        { title: S.expert, dataIndex: 'name' },
        {
          title: S.anchors,
          width: 280,
          render: (_, p) => (
            <span data-testid={`calibration-progress-${p.expertId}`}>
              <Progress percent={Math.round((100 * p.submitted) / Math.max(1, p.expected))} size="small" format={() => S.progress(p.submitted, p.expected)} />
            </span>
          ),
        },
      ]}
    />
  )
}
