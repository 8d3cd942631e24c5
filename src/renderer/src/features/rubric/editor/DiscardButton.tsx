import { Button, Popconfirm } from 'antd'
import { UndoOutlined } from '@ant-design/icons'
import { rubricSelectors, useActions, useWorkbench } from '../../../stores'
import { RUBRIC_STRINGS as S } from '../strings'

/** 放弃修改: back to the saved rubric (asks first when something was changed). */
export function DiscardButton() {
  const dirty = useWorkbench(rubricSelectors.dirty)
  const { discardRubricDraft } = useActions()
  const button = (
    <Button icon={<UndoOutlined />} data-testid="rubric-discard" onClick={dirty ? undefined : discardRubricDraft}>
      {S.discard}
    </Button>
  )
  if (!dirty) return button
  return (
    <Popconfirm title={S.discardTitle} okText={S.discardOk} cancelText={S.cancel} okButtonProps={{ danger: true }} onConfirm={discardRubricDraft}>
      {button}
    </Popconfirm>
  )
}
