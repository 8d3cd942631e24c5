import { Checkbox, Form, Input, Table, Typography } from 'antd'
import type { SheetListRow } from '../../../../core/api/outputs'
import { PLEDGE_STRINGS as S } from './strings'

export interface ConflictDraft {
  on: boolean
  reason: string
}

/**
 * 回避声明 per assigned submission in the 承诺书 (issue 9 item 7): each row can be marked 申请回避 with a
 * reason. The rows are the expert's own list (sheets.listByExpert), so a 盲评 campaign shows what the
 * expert may see of each submission.
 */
export function PledgeConflicts({ rows, value, onChange }: { rows: readonly SheetListRow[]; value: Record<string, ConflictDraft>; onChange: (v: Record<string, ConflictDraft>) => void }) {
  const set = (id: string, patch: Partial<ConflictDraft>) => onChange({ ...value, [id]: { on: false, reason: '', ...value[id], ...patch } })
  return (
    <Form.Item label={S.perSubmission} extra={S.perSubmissionHint}>
      <Table<SheetListRow>
        size="small"
        data-testid="pledge-conflicts"
        rowKey={(r) => r.submission.id}
        pagination={false}
        dataSource={[...rows]}
        locale={{ emptyText: S.noAssigned }}
        onRow={(r) => ({ 'data-testid': `pledge-row-${r.submission.id}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '申报', render: (_, r) => `${r.submission.school}「${r.submission.program}」` },
          {
            title: S.applyConflict,
            width: 130,
            render: (_, r) => (
              <Checkbox checked={!!value[r.submission.id]?.on} onChange={(e) => set(r.submission.id, { on: e.target.checked })} data-testid="pledge-conflict-check">
                {S.applyConflict}
              </Checkbox>
            ),
          },
          {
            title: '理由',
            render: (_, r) =>
              value[r.submission.id]?.on ? (
                <Input
                  size="small"
                  maxLength={500}
                  placeholder={S.conflictReason}
                  value={value[r.submission.id]?.reason ?? ''}
                  onChange={(e) => set(r.submission.id, { reason: e.target.value })}
                  status={value[r.submission.id]?.reason.trim() ? undefined : 'error'}
                  data-testid="pledge-conflict-reason"
                />
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              ),
          },
        ]}
      />
    </Form.Item>
  )
}
