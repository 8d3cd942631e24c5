import { useState } from 'react'
import { Tag, Tree, Tooltip } from 'antd'
import { WarningFilled } from '@ant-design/icons'
import type { DataNode } from 'antd/es/tree'
import { round } from '../../../../../core/util/round'
import { useActions, type DraftDimension, type DraftIndicator, type DraftRubric } from '../../../stores'
import { sumPoints } from './ops'
import { RUBRIC_STRINGS as S } from '../strings'

function DimensionNode({ dim, flagged }: { dim: DraftDimension; flagged: boolean }) {
  const sum = sumPoints(dim.indicators)
  const ok = round(sum, 4) === round(dim.points, 4)
  return (
    <span className="rubric-node rubric-node-dim" data-testid={`rubric-node-d-${dim.code}`}>
      <span className="rubric-node-code">{dim.code}</span>
      <span className="rubric-node-name">{dim.name || '—'}</span>
      {flagged && <WarningFilled className="bad-icon" />}
      <span className="rubric-node-points num">{dim.points}</span>
      <Tooltip title={S.dimSum(sum.toFixed(2), dim.points)}>
        <Tag color={ok ? 'default' : 'red'} className="rubric-node-sum num" data-testid={`dim-sum-${dim.code}`} data-ok={ok}>
          {`${round(sum, 2)}/${dim.points}`}
        </Tag>
      </Tooltip>
    </span>
  )
}

function IndicatorNode({ ind, flagged }: { ind: DraftIndicator; flagged: boolean }) {
  return (
    <span className="rubric-node" data-testid={`rubric-node-i-${ind.code}`}>
      <span className="rubric-node-code">{ind.code}</span>
      <span className="rubric-node-name">
        {ind.name || '—'}
        {ind.key && <span className="key-star">{S.keyMark}</span>}
      </span>
      {flagged && <WarningFilled className="bad-icon" />}
      <span className="rubric-node-points num">{ind.points}</span>
    </span>
  )
}

/** The 一级 → 二级 tree with each 一级's 二级 sum against its points; selecting opens the item's form. */
export function RubricTree({ rubric, selected, flagged }: { rubric: DraftRubric; selected?: string; flagged: Set<string> }) {
  const { focusRubric } = useActions()
  // remember the collapsed 一级 rather than the expanded ones, so new ones open
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set())
  const treeData: DataNode[] = rubric.dimensions.map((d) => ({
    key: d.uid,
    title: <DimensionNode dim={d} flagged={flagged.has(d.uid)} />,
    children: d.indicators.map((i) => ({ key: i.uid, isLeaf: true, title: <IndicatorNode ind={i} flagged={flagged.has(i.uid)} /> })),
  }))
  return (
    <Tree
      blockNode
      showLine
      className="rubric-tree"
      data-testid="rubric-tree"
      treeData={treeData}
      selectedKeys={selected ? [selected] : []}
      expandedKeys={rubric.dimensions.filter((d) => !collapsed.has(d.uid)).map((d) => d.uid)}
      onExpand={(keys) => setCollapsed(new Set(rubric.dimensions.filter((d) => !keys.includes(d.uid)).map((d) => d.uid)))}
      onSelect={(keys) => {
        if (keys.length) focusRubric({ section: 'structure', uid: String(keys[0]) })
      }}
    />
  )
}
