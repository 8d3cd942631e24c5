import { Table } from 'antd'
import { INTAKE_STRINGS as S } from '../strings'

type Problem = { row: number; column: string; message: string }

/** Every problem of a table preview with its row (— for the file as a whole) and column. */
export function ProblemsTable({ problems, pageSize, columnWidth, testId }: { problems: readonly Problem[]; pageSize: number; columnWidth: number; testId: string }) {
  return (
    <Table<Problem>
      data-testid={testId}
      size="small"
      rowKey={(p) => `${p.row}/${p.column}/${p.message}`}
      dataSource={problems}
      locale={{ emptyText: S.noProblems }}
      pagination={{ pageSize, hideOnSinglePage: true, showSizeChanger: false }}
      columns={[
        { title: S.colRow, dataIndex: 'row', width: 56, className: 'num', render: (r: number) => (r > 0 ? r : '—') },
        { title: S.colColumn, dataIndex: 'column', width: columnWidth },
        { title: S.colProblem, dataIndex: 'message' },
      ]}
    />
  )
}
