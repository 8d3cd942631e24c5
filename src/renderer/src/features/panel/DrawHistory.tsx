import { Table, Typography } from 'antd'
import type { DrawRecord } from '../../../../core/domain/workspace'
import { cnDateTime } from '../../lib/format'
import { PANEL_STRINGS as S } from './strings'

/** 抽取记录: every draw with its seed and result hash, newest first, so any of them can be re-run and checked. */
export function DrawHistory({ draws }: { draws: DrawRecord[] }) {
  if (!draws.length) return null
  return (
    <Table<DrawRecord>
      className="draw-history"
      data-testid="draw-history"
      size="small"
      title={() => S.drawHistory}
      rowKey={(d) => `${d.at}/${d.seed}`}
      dataSource={[...draws].reverse()}
      pagination={{ pageSize: 5, hideOnSinglePage: true }}
      columns={[
        { title: S.colAt, dataIndex: 'at', width: 170, render: cnDateTime },
        { title: S.colSeed, dataIndex: 'seed', width: 180 },
        { title: S.colPanelSize, dataIndex: 'panelSize', width: 80, className: 'num' },
        { title: S.colCount, dataIndex: 'submissionCount', width: 70, className: 'num' },
        { title: S.colHash, dataIndex: 'resultHash', render: (h: string) => <Typography.Text code className="hash">{h}</Typography.Text> },
      ]}
    />
  )
}
