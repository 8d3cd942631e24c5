import { Alert, Button, Space, Table, Tag, Typography } from 'antd'
import type { DrawPreview } from '../../../../core/api/outputs'
import type { DrawPreviewRow, PreviewStatus } from '../../../../core/panel/drawPreview'
import { IssueList } from '../intake/IssueList'
import { PANEL_STRINGS as S } from './strings'

const PREVIEW_PAGE = 20

const STATUS_COLOR: Record<PreviewStatus, string> = { kept: 'green', unchanged: 'default', changed: 'orange', new: 'blue', notDrawn: 'red' }

/**
 * What a draw will change, before it runs (issue 9 items 1 and 17): panels kept because scored, panels
 * that change (before → after), the experts who join or leave, and — when the full draw is infeasible —
 * why, with the option to draw the feasible part. The core computed all of it with the same seed.
 */
export function DrawPreviewPanel({ preview, busy, onConfirm, onCancel }: { preview: DrawPreview; busy: boolean; onConfirm: (partial: boolean) => void; onCancel: () => void }) {
  const diff = preview.diff
  const shown = diff?.rows.filter((r) => r.status !== 'unchanged') ?? []
  return (
    <Space orientation="vertical" size={8} className="full-width draw-preview" data-testid="draw-preview">
      {!preview.feasible && (
        <IssueList message={S.infeasibleCount(preview.problems.length)} issues={preview.problems} paths={false} testId="assign-error" />
      )}
      {diff && (
        <>
          <Alert
            type={preview.feasible ? 'info' : 'warning'}
            showIcon
            data-testid="draw-preview-summary"
            title={preview.feasible ? S.previewTitle(preview.seed) : S.partialTitle(diff.counts.notDrawn)}
            description={S.previewCounts(diff.counts)}
          />
          {shown.length > 0 && (
            <Table<DrawPreviewRow>
              size="small"
              rowKey="submissionId"
              // paged, 20 a page: a first draw over 1,000 submissions lists all of them, and unpaged they took
              // seconds to show and pushed 确认抽取 below a thousand rows; the counts above say what the pages hold
              pagination={{ pageSize: PREVIEW_PAGE, hideOnSinglePage: true, showSizeChanger: false, size: 'small', showTotal: (total) => S.previewTotal(total) }}
              data-testid="draw-preview-rows"
              dataSource={shown}
              onRow={(r) => ({ 'data-testid': `preview-row-${r.submissionId}`, 'data-status': r.status }) as React.HTMLAttributes<HTMLElement>}
              columns={[
                { title: S.colSubmission, width: 220, render: (_, r) => `${r.school}「${r.program}」` },
                { title: S.previewChange, width: 110, render: (_, r) => <Tag color={STATUS_COLOR[r.status]}>{S.previewStatus[r.status]}</Tag> },
                { title: S.previewBefore, render: (_, r) => r.before.join('、') || '—' },
                { title: S.previewAfter, render: (_, r) => (r.status === 'notDrawn' ? '—' : r.after.join('、') || '—') },
                { title: S.previewWhy, render: (_, r) => <PreviewWhy row={r} /> },
              ]}
            />
          )}
          {diff.experts.length > 0 && (
            <div data-testid="draw-preview-experts">
              <Typography.Text strong>{S.previewExperts}</Typography.Text>
              <ul className="conflict-reasons">
                {diff.experts.map((e) => (
                  <li key={e.expertId}>{S.previewExpert(e.name, e.added, e.removed)}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
      <Space>
        {preview.feasible && (
          <Button type="primary" danger={!!diff?.counts.changed} loading={busy} onClick={() => onConfirm(false)} data-testid="replace-ok">
            {S.confirmDraw}
          </Button>
        )}
        {!preview.feasible && preview.partialPossible && diff && (
          <Button type="primary" loading={busy} onClick={() => onConfirm(true)} data-testid="draw-partial">
            {S.drawPartial(diff.rows.length - diff.counts.notDrawn, diff.counts.notDrawn)}
          </Button>
        )}
        <Button onClick={onCancel} data-testid="draw-preview-cancel">
          {S.cancelDraw}
        </Button>
      </Space>
    </Space>
  )
}

function PreviewWhy({ row }: { row: DrawPreviewRow }) {
  if (row.status === 'notDrawn') return <span className="danger-text">{row.problems?.join('；')}</span>
  if (row.status === 'kept' && row.saved) return <span>{S.keptWhy(row.saved.sheets, row.saved.submitted)}</span>
  return null
}
