import { Progress, Space, Tag, Typography } from 'antd'
import type { SheetListRow } from '../../../../core/api/outputs'
import { EXPERT_STRINGS as S } from './strings'

/** The expert's progress over their list: submitted / in progress / not started, and a bar. */
export function ExpertProgress({ rows }: { rows: readonly SheetListRow[] }) {
  const count = (status: SheetListRow['status']) => rows.filter((r) => r.status === status).length
  const submitted = count('submitted')
  return (
    <Space size={16} className="expert-progress" data-testid="expert-progress" data-submitted={submitted} data-total={rows.length}>
      <Progress type="circle" size={44} percent={rows.length ? Math.round((submitted / rows.length) * 100) : 0} />
      <Typography.Text strong>{S.progress(submitted, rows.length)}</Typography.Text>
      <Tag color="success">{`${S.counts.submitted} ${submitted}`}</Tag>
      <Tag color="processing">{`${S.counts.draft} ${count('draft')}`}</Tag>
      <Tag>{`${S.counts.empty} ${count('empty')}`}</Tag>
    </Space>
  )
}
