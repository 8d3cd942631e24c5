import { Button, Card, Input, Table } from 'antd'
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { nextListCode, removeAt, replaceAt } from './ops'
import { RUBRIC_STRINGS as S } from '../strings'

interface CodeText {
  code: string
  text: string
}

/** An editable list of coded texts: 资格条件 (E1, E2 …) or 一票否决项 (V1, V2 …). */
export function CodeTextListEditor(props: {
  title: string
  hint: string
  items: CodeText[]
  onChange: (items: CodeText[]) => void
  codePrefix: string
  anchor: string
  testId: string
}) {
  const { title, hint, items, onChange, codePrefix, anchor, testId } = props
  return (
    <Card
      size="small"
      title={title}
      data-rubric-anchor={`${anchor}s`}
      data-testid={testId}
      extra={
        <Button
          size="small"
          icon={<PlusOutlined />}
          data-testid={`${testId}-add`}
          onClick={() => onChange([...items, { code: nextListCode(items, codePrefix), text: '' }])}
        >
          {S.add}
        </Button>
      }
    >
      <div className="section-hint muted rubric-card-hint">{hint}</div>
      <Table<CodeText>
        size="small"
        pagination={false}
        rowKey={(_, i) => String(i)}
        dataSource={items}
        locale={{ emptyText: S.none }}
        onRow={(_, i) => ({ 'data-rubric-anchor': `${anchor}-${i}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: S.itemCode,
            width: 100,
            render: (_, x, i) => (
              <Input data-testid={`${testId}-${i}-code`} value={x.code} maxLength={32} onChange={(e) => onChange(replaceAt(items, i, { code: e.target.value }))} />
            ),
          },
          {
            title: S.itemText,
            render: (_, x, i) => (
              <Input.TextArea
                data-testid={`${testId}-${i}-text`}
                value={x.text}
                status={x.text.trim() ? undefined : 'warning'}
                autoSize={{ minRows: 1, maxRows: 4 }}
                maxLength={300}
                onChange={(e) => onChange(replaceAt(items, i, { text: e.target.value }))}
              />
            ),
          },
          {
            width: 44,
            render: (_, _x, i) => (
              <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={S.remove} onClick={() => onChange(removeAt(items, i))} />
            ),
          },
        ]}
      />
    </Card>
  )
}
