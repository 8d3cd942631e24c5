import { Button, Card, Form, Input, InputNumber } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { rubricSelectors, useActions, useWorkbench, type DraftRubric } from '../../../stores'
import { addDimension } from './ops'
import { problemUids, type ShownProblem } from './problems'
import { RubricTree } from './RubricTree'
import { ItemDetail } from './ItemDetail'
import { RUBRIC_STRINGS as S } from '../strings'

/** 指标结构: name and total, the tree of 一级 → 二级 on the left, the chosen item's form on the right. */
export function StructureSection({ rubric, problems }: { rubric: DraftRubric; problems: ShownProblem[] }) {
  const focus = useWorkbench(rubricSelectors.focus)
  const { editRubricDraft, focusRubric } = useActions()
  function add() {
    const { rubric: next, uid } = addDimension(rubric)
    editRubricDraft(() => next)
    focusRubric({ section: 'structure', uid }, true)
  }
  return (
    <div>
      <Form layout="inline" className="rubric-basics" data-rubric-anchor="basics">
        <Form.Item label={S.rubricName}>
          <Input
            className="rubric-name-input"
            data-testid="rubric-name"
            value={rubric.name}
            maxLength={80}
            onChange={(e) => editRubricDraft((r) => ({ ...r, name: e.target.value }))}
          />
        </Form.Item>
        <Form.Item label={S.rubricTotal}>
          <InputNumber<number>
            data-testid="rubric-total"
            min={0}
            step={10}
            value={rubric.total}
            onChange={(v) => editRubricDraft((r) => ({ ...r, total: v ?? 0 }))}
          />
        </Form.Item>
      </Form>
      <div className="rubric-structure">
        <Card
          size="small"
          className="rubric-tree-card"
          title={S.sections.structure}
          extra={
            <Button size="small" icon={<PlusOutlined />} onClick={add} data-testid="add-dimension">
              {S.addDimension}
            </Button>
          }
        >
          <RubricTree rubric={rubric} selected={focus.uid} flagged={problemUids(problems)} />
        </Card>
        <ItemDetail rubric={rubric} uid={focus.uid} />
      </div>
    </div>
  )
}
