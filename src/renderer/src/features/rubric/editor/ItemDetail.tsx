import { Button, Card, Empty, Popconfirm, Space, Tooltip } from 'antd'
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { useActions, type DraftRubric } from '../../../stores'
import { addIndicator, canMove, canRemove, locate, moveItem, removeItem, type Located } from './ops'
import { DimensionForm } from './DimensionForm'
import { IndicatorForm } from './IndicatorForm'
import { RUBRIC_STRINGS as S } from '../strings'

function ItemActions({ rubric, at }: { rubric: DraftRubric; at: Located }) {
  const { editRubricDraft, focusRubric } = useActions()
  const uid = at.kind === 'dimension' ? at.dim.uid : at.ind.uid
  const removable = canRemove(rubric, uid)
  function add() {
    const { rubric: next, uid: added } = addIndicator(rubric, at.dim.uid)
    editRubricDraft(() => next)
    focusRubric({ section: 'structure', uid: added }, true)
  }
  function remove() {
    const { rubric: next, select } = removeItem(rubric, uid)
    editRubricDraft(() => next)
    focusRubric({ section: 'structure', uid: select })
  }
  const removeTitle = at.kind === 'dimension' ? S.removeDimTitle(at.dim.name, at.dim.indicators.length) : S.removeIndTitle(at.ind.name)
  return (
    <Space size={4}>
      <Button size="small" icon={<PlusOutlined />} onClick={add} data-testid="add-indicator">
        {S.addIndicator}
      </Button>
      <Tooltip title={S.moveUp}>
        <Button
          size="small"
          icon={<ArrowUpOutlined />}
          aria-label={S.moveUp}
          data-testid="move-up"
          disabled={!canMove(rubric, uid, -1)}
          onClick={() => editRubricDraft((r) => moveItem(r, uid, -1))}
        />
      </Tooltip>
      <Tooltip title={S.moveDown}>
        <Button
          size="small"
          icon={<ArrowDownOutlined />}
          aria-label={S.moveDown}
          data-testid="move-down"
          disabled={!canMove(rubric, uid, 1)}
          onClick={() => editRubricDraft((r) => moveItem(r, uid, 1))}
        />
      </Tooltip>
      <Tooltip title={removable ? null : at.kind === 'dimension' ? S.lastDimension : S.lastIndicator}>
        <Popconfirm title={removeTitle} okText={S.remove} cancelText={S.cancel} onConfirm={remove} disabled={!removable}>
          <Button size="small" danger icon={<DeleteOutlined />} disabled={!removable} data-testid="delete-item">
            {S.remove}
          </Button>
        </Popconfirm>
      </Tooltip>
    </Space>
  )
}

/** The form of the selected 一级 or 二级指标, with add / move / delete. */
export function ItemDetail({ rubric, uid }: { rubric: DraftRubric; uid?: string }) {
  const at = locate(rubric, uid)
  if (!at) {
    return (
      <Card size="small" className="rubric-detail-card">
        <Empty description={S.selectHint} />
      </Card>
    )
  }
  const title =
    at.kind === 'dimension' ? `${S.dimension} ${at.dim.code}` : `${S.indicatorLevel2} ${at.ind.code}（${S.dimension} ${at.dim.code}「${at.dim.name}」）`
  return (
    <Card
      size="small"
      className="rubric-detail-card"
      data-testid="rubric-detail"
      data-kind={at.kind}
      data-rubric-anchor={uid}
      title={title}
      extra={<ItemActions rubric={rubric} at={at} />}
    >
      {at.kind === 'dimension' ? (
        <DimensionForm dim={at.dim} />
      ) : (
        <IndicatorForm key={at.ind.uid} ind={at.ind} levels={rubric.levels} />
      )}
    </Card>
  )
}
