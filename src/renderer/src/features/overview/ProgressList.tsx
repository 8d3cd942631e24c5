import { Progress, Table, Typography } from 'antd'
import type { ProgressLine } from '../../../../core/scoring/progress'
import { OVERVIEW_STRINGS as S } from './strings'

export function ProgressList({ lines, nameTitle, testId }: { lines: ProgressLine[]; nameTitle: string; testId: string }) {
  return (
    <Table<ProgressLine>
      data-testid={testId}
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={lines}
      locale={{ emptyText: S.none }}
      columns={[
        { title: nameTitle, dataIndex: 'label', ellipsis: true },
        {
          title: S.progress,
          width: 220,
          render: (_, l) => (
            <Progress
              size="small"
              percent={l.expected ? Math.round((l.done / l.expected) * 100) : 0}
              format={() => (
                <Typography.Text className="num">
                  {l.done} / {l.expected}
                </Typography.Text>
              )}
            />
          ),
        },
      ]}
    />
  )
}
