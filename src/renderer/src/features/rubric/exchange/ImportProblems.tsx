import { Alert, Table } from 'antd'
import type { RubricFileParse } from '../../../../../core/api/outputs'
import { RUBRIC_STRINGS as S } from '../strings'

type Problem = RubricFileParse['problems'][number]

/** A file that cannot be imported: every problem with its sheet, row and column; nothing applied. */
export function ImportProblems({ problems, fileName }: { problems: Problem[]; fileName: string }) {
  const located = problems.some((p) => p.sheet || p.row !== undefined || p.column)
  return (
    <>
      <Alert
        type="error"
        showIcon
        className="rubric-problems"
        data-testid="import-failed"
        title={S.importProblems(problems.length)}
        description={S.importProblemsHint}
      />
      <Table<Problem>
        size="small"
        bordered
        data-testid="import-problems"
        pagination={problems.length > 12 ? { pageSize: 12, size: 'small' } : false}
        rowKey={(_, i) => String(i)}
        dataSource={problems}
        columns={[
          ...(located
            ? [
                { title: S.sheet, width: 120, render: (_: unknown, p: Problem) => p.sheet ?? '' },
                { title: S.row, width: 60, align: 'right' as const, render: (_: unknown, p: Problem) => p.row ?? '' },
                { title: S.column, width: 60, render: (_: unknown, p: Problem) => p.column ?? '' },
              ]
            : [{ title: S.where, width: 220, render: (_: unknown, p: Problem) => p.where }]),
          { title: S.message, render: (_, p) => p.message },
        ]}
      />
    </>
  )
}
