import { useState } from 'react'
import { Alert, Button, Segmented, Space, Table, Tag, Tooltip, Typography } from 'antd'
import type { ConflictRow } from '../../../../core/api/outputs'
import { panelSelectors, useWorkbench } from '../../stores'
import { DecideConflictModal, type DecideTarget } from './DecideConflictModal'
import { conflictTag, PANEL_STRINGS as S, type ConflictTag } from './strings'

const TAG_COLOR: Record<ConflictTag, string> = { certain: 'red', decidedConflict: 'volcano', suspected: 'orange', decidedClear: 'green' }
type Filter = 'all' | 'pending' | 'certain' | 'decided'

const matches = (r: ConflictRow, f: Filter) =>
  f === 'all' || (f === 'pending' ? r.status === 'suspected' : f === 'certain' ? r.levels.includes('certain') : !!r.decision)

/** 回避: every pair with a conflict or a decision, the reasons, and 认定 for the suspected ones. */
export function ConflictsSection() {
  const rows = useWorkbench(panelSelectors.conflicts)
  const pending = useWorkbench(panelSelectors.undecidedCount)
  const [filter, setFilter] = useState<Filter>('all')
  const [target, setTarget] = useState<DecideTarget | null>(null)
  const shown = (rows ?? []).filter((r) => matches(r, filter))
  const decide = (r: ConflictRow, decision: DecideTarget['decision']) =>
    setTarget({ decision, expertId: r.expertId, submissionId: r.submissionId, label: S.decidePair(r.expertName, r.submissionLabel) })

  return (
    <div data-testid="conflicts">
      <Typography.Paragraph type="secondary" className="small">
        {S.conflictsIntro}
      </Typography.Paragraph>
      <div className="page-title-row">
        <Space>
          <Segmented<Filter>
            size="small"
            value={filter}
            onChange={setFilter}
            options={[
              { value: 'all', label: S.filterAll },
              { value: 'pending', label: S.filterPending },
              { value: 'certain', label: S.filterCertain },
              { value: 'decided', label: S.filterDecided },
            ]}
          />
          {pending > 0 && <Tag color="orange" data-testid="conflicts-pending">{S.pending(pending)}</Tag>}
        </Space>
        <Tooltip title={S.manualConflictHint}>
          <Button size="small" onClick={() => setTarget({ decision: 'conflict' })} data-testid="manual-conflict">
            {S.manualConflict}
          </Button>
        </Tooltip>
      </div>
      {pending > 0 && <Alert type="warning" showIcon title={S.undecidedBlock(pending)} className="panel-alert" />}
      <Table<ConflictRow>
        data-testid="conflicts-table"
        size="small"
        loading={!rows}
        rowKey={(r) => `${r.expertId}:${r.submissionId}`}
        dataSource={shown}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: S.conflictsNone }}
        onRow={(r) => ({ 'data-testid': `conflict-${r.expertId}-${r.submissionId}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: S.colExpert, dataIndex: 'expertName', width: 100 },
          { title: S.colSubmission, dataIndex: 'submissionLabel', width: 260 },
          {
            title: S.colStatus,
            width: 120,
            render: (_, r) => {
              const t = conflictTag(r)
              return <Tag color={TAG_COLOR[t]} data-testid="conflict-tag">{S.tag[t]}</Tag>
            },
          },
          {
            title: S.colReasons,
            render: (_, r) => (
              <ul className="conflict-reasons">
                {r.reasons.map((x) => (
                  <li key={x}>{x}</li>
                ))}
              </ul>
            ),
          },
          {
            title: S.colAction,
            width: 170,
            render: (_, r) =>
              r.levels.includes('certain') ? (
                <Tooltip title={S.certainLocked}>
                  <span className="muted small">—</span>
                </Tooltip>
              ) : (
                <Space size={4}>
                  <Button size="small" danger={r.status === 'suspected'} disabled={r.decision?.decision === 'conflict'} onClick={() => decide(r, 'conflict')} data-testid="decide-conflict">
                    {S.decideConflict}
                  </Button>
                  <Button size="small" disabled={r.decision?.decision === 'noConflict'} onClick={() => decide(r, 'noConflict')} data-testid="decide-clear">
                    {S.decideClear}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <DecideConflictModal target={target} onClose={() => setTarget(null)} />
    </div>
  )
}
