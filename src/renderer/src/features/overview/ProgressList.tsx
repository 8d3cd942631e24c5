import { Progress, Table, Typography } from 'antd'
import type { ProgressLine } from '../../../../core/scoring/progress'
import { OVERVIEW_STRINGS as S } from './strings'

const PAGE = 10

export function ProgressList({ lines, nameTitle, testId }: { lines: ProgressLine[]; nameTitle: string; testId: string }) {
  return (
    <Table<ProgressLine>
      data-testid={testId}
      size="small"
      rowKey="key"
      // a page of 10: the overview is read at a glance beside the other card; a long list is paged, not scrolled
      pagination={lines.length > PAGE ? { pageSize: PAGE, size: 'small', showSizeChanger: false } : false}
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
