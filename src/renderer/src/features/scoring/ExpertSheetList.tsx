import { SUBJECT_KIND_LABELS } from '../../../../core/domain/subject'
import { subjectName } from '../../../../core/domain/submissionLabel'
import { Button, Progress, Table, Tag, Tooltip } from 'antd'
import type { SheetListRow } from '../../../../core/api/outputs'
import { panelSelectors, scoringSelectors, sessionSelectors, useActions, useWorkbench } from '../../stores'
import { useRun } from '../../app/useRun'
import { points2 } from '../../lib/format'
import { SCORING_STRINGS as S } from './strings'

const STATUS_COLOR: Record<SheetListRow['status'], string> = { empty: 'default', draft: 'processing', submitted: 'success' }

/** The acting expert's submissions with each sheet's status, progress and total. */
export function ExpertSheetList() {
  const rows = useWorkbench(scoringSelectors.sheetRows)
  const loading = useWorkbench(scoringSelectors.sheetRowsLoading)
  const groups = useWorkbench(sessionSelectors.groups)
  // once panels are drawn, the list holds only the submissions assigned to this expert
  const drawn = useWorkbench(panelSelectors.panelsDrawn)
  const { openSheet } = useActions()
  const run = useRun()
  return (
    <Table<SheetListRow>
      data-testid="sheet-list"
      size="small"
      rowKey={(r) => r.submission.id}
      loading={loading}
      dataSource={rows}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      locale={{ emptyText: drawn ? S.noAssigned : S.noSubmissions }}
      onRow={(r) => ({ 'data-testid': `sheet-row-${r.submission.id}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: S.school, render: (_, r) => r.submission.school },
        { title: rows[0] && rows[0].submission.subject.kind !== 'program' ? SUBJECT_KIND_LABELS[rows[0].submission.subject.kind] : S.program, render: (_, r) => (r.submission.subject.kind === 'program' ? r.submission.program : subjectName(r.submission)) },
        { title: S.group, render: (_, r) => groups.find((g) => g.id === r.submission.groupId)?.name ?? r.submission.groupId },
        {
          title: S.status,
          width: 130,
          render: (_, r) => (
            <>
              <Tag color={STATUS_COLOR[r.status]}>{S.statusText[r.status]}</Tag>
              {r.needsRecheck && <Tag color="orange">{S.needsRecheckTag}</Tag>}
              {r.conflict && (
                <Tooltip title={r.conflict}>
                  <Tag color="red" data-testid={`sheet-conflict-${r.submission.id}`}>
                    {S.conflictTag}
                  </Tag>
                </Tooltip>
              )}
            </>
          ),
        },
        {
          title: S.progress,
          width: 180,
          render: (_, r) => (
            <Progress
              size="small"
              percent={Math.round((r.scoredCount / r.indicatorCount) * 100)}
              format={() => `${r.scoredCount}/${r.indicatorCount}`}
            />
          ),
        },
        { title: S.total, width: 90, align: 'right', className: 'num', render: (_, r) => points2(r.total) },
        {
          title: S.action,
          width: 110,
          render: (_, r) => (
            <Button
              size="small"
              type={r.status === 'submitted' ? 'default' : 'primary'}
              disabled={!!r.conflict && r.status === 'empty'}
              onClick={() => void run(() => openSheet(r.submission.id))}
              data-testid={`open-sheet-${r.submission.id}`}
            >
              {S.open[r.status]}
            </Button>
          ),
        },
      ]}
    />
  )
}
