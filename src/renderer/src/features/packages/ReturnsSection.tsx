import { useEffect, useRef, useState } from 'react'
import { Button, Space, Table, Tag, Typography } from 'antd'
import { ExportOutlined, ImportOutlined } from '@ant-design/icons'
import type { ReturnRow } from '../../../../core/api/packages/outputs'
import { campaignsSelectors, packagesSelectors, useActions, useWorkbench } from '../../stores'
import { ExportPackageModal } from './ExportPackageModal'
import { useScoreImport } from './useScoreImport'
import { PKG_STRINGS as S } from './strings'

const day = (iso: string) => iso.slice(0, 16).replace('T', ' ')

/** 评审包与回收: per expert, export their package; import score packages; what came back and what is missing. */
export function ReturnsSection() {
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const rows = useWorkbench(packagesSelectors.returns)
  const { loadReturns } = useActions()
  const [exporting, setExporting] = useState<{ id: string; name: string } | null>(null)
  const input = useRef<HTMLInputElement>(null)
  const campaignId = campaign?.id
  useEffect(() => {
    if (campaignId) void loadReturns(campaignId).catch(() => undefined)
  }, [campaignId, loadReturns])

  const doImport = useScoreImport()

  const columns = [
    { title: S.columns.expert, dataIndex: 'name', key: 'name', width: 96, onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }) },
    { title: S.columns.fingerprint, key: 'fp', width: 200, onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }), render: (_: unknown, r: ReturnRow) => (r.fingerprint ? <Typography.Text code>{r.fingerprint}</Typography.Text> : <Tag>{S.noKey}</Tag>) },
    { title: S.columns.returned, key: 'ret', width: 80, render: (_: unknown, r: ReturnRow) => <Tag color={r.returned === r.assigned ? 'green' : 'orange'}>{`${r.returned}/${r.assigned}`}</Tag> },
    { title: S.columns.missing, key: 'missing', render: (_: unknown, r: ReturnRow) => (r.missing.length ? r.missing.join('、') : S.none) },
    { title: S.columns.issued, key: 'issued', width: 220, render: (_: unknown, r: ReturnRow) => (r.lastIssued ? S.issued(r.lastIssued.sequence, day(r.lastIssued.issuedAt), r.lastIssued.expiresAt.slice(0, 10)) : S.none) },
    { title: S.columns.received, key: 'received', width: 220, render: (_: unknown, r: ReturnRow) => (r.lastReceived ? S.received(r.lastReceived.sequence, day(r.lastReceived.receivedAt), r.lastReceived.applied, r.lastReceived.sheets) : S.none) },
    {
      title: S.columns.action,
      key: 'act',
      width: 130,
      render: (_: unknown, r: ReturnRow) => (
        <Button size="small" icon={<ExportOutlined />} disabled={r.assigned === 0} onClick={() => setExporting({ id: r.expertId, name: r.name })} data-testid={`package-export-${r.expertId}`}>
          {S.exportPackage}
        </Button>
      ),
    },
  ]
  return (
    <div data-testid="package-returns">
      <div className="page-title-row">
        <Typography.Text type="secondary">{S.intro}</Typography.Text>
        <Space>
          <input ref={input} type="file" accept=".wbscore" hidden data-testid="package-import-input" onChange={(e) => {
            const f = e.target.files?.[0]
            e.target.value = ''
            if (f) void doImport(f)
          }} />
          <Button type="primary" icon={<ImportOutlined />} onClick={() => input.current?.click()} data-testid="package-import">
            {S.importScores}
          </Button>
        </Space>
      </div>
      <Table rowKey="expertId" size="small" pagination={false} columns={columns} dataSource={rows ?? []} loading={rows === null} data-testid="package-returns-table" />
      <ExportPackageModal expert={exporting} onClose={() => setExporting(null)} />
    </div>
  )
}
