import { Alert, Table, Typography } from 'antd'
import type { Rubric } from '../../../../../core/domain/rubric'
import { rubricDiff, type DiffRow } from './diff'
import { RUBRIC_STRINGS as S } from '../strings'

function CodeList({ label, items, testId }: { label: string; items: string[]; testId: string }) {
  if (!items.length) return null
  return (
    <div className="rubric-diff-list" data-testid={testId}>
      <Typography.Text strong>{`${label}（${items.length}）：`}</Typography.Text>
      {items.join('、')}
    </div>
  )
}

/** A readable file: what applying it would change, compared with the campaign's current rubric. */
export function ImportPreview({ current, imported }: { current: Rubric; imported: Rubric }) {
  const diff = rubricDiff(current, imported)
  return (
    <>
      <Alert type="success" showIcon className="rubric-problems" data-testid="import-ok" title={S.importOk} description={diff.identical ? S.identical : undefined} />
      <Typography.Text strong>{S.importCompare}</Typography.Text>
      <Table<DiffRow>
        size="small"
        bordered
        className="rubric-diff"
        data-testid="import-diff"
        pagination={false}
        dataSource={diff.rows}
        rowClassName={(r) => (r.changed ? 'rubric-diff-changed' : '')}
        onRow={(r) => ({ 'data-testid': `diff-${r.key}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '', dataIndex: 'field', width: 120 },
          { title: S.current(current.version), dataIndex: 'current' },
          { title: S.imported, dataIndex: 'imported' },
        ]}
      />
      <CodeList label={S.added} items={diff.added} testId="diff-added" />
      <CodeList label={S.removed} items={diff.removed} testId="diff-removed" />
      <CodeList label={S.changedPoints} items={diff.changedPoints} testId="diff-points" />
    </>
  )
}
