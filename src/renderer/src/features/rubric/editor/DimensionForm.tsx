import { Form, Input, InputNumber, Typography } from 'antd'
import { round } from '../../../../../core/util/round'
import { useActions, type DraftDimension } from '../../../stores'
import { patchDimension, sumPoints } from './ops'
import { RUBRIC_STRINGS as S } from '../strings'

/** 一级指标: code, name and points, with its 二级 sum against the points. */
export function DimensionForm({ dim }: { dim: DraftDimension }) {
  const { editRubricDraft } = useActions()
  const patch = (p: Parameters<typeof patchDimension>[2]) => editRubricDraft((r) => patchDimension(r, dim.uid, p))
  const sum = sumPoints(dim.indicators)
  const ok = round(sum, 4) === round(dim.points, 4)
  return (
    <Form layout="vertical" className="rubric-form">
      <div className="rubric-form-row">
        <Form.Item label={S.itemCode} className="rubric-code-item">
          <Input data-testid="dim-code" value={dim.code} maxLength={32} onChange={(e) => patch({ code: e.target.value })} />
        </Form.Item>
        <Form.Item label={S.itemName} className="grow-item">
          <Input data-testid="dim-name" value={dim.name} maxLength={80} onChange={(e) => patch({ name: e.target.value })} />
        </Form.Item>
        <Form.Item label={S.itemPoints} className="rubric-points-item">
          <InputNumber<number> data-testid="dim-points" min={0} step={1} value={dim.points} onChange={(v) => patch({ points: v ?? 0 })} />
        </Form.Item>
      </div>
      <Typography.Text type={ok ? 'secondary' : 'danger'} data-testid="dim-detail-sum">
        {S.dimSum(sum.toFixed(2), dim.points)}
      </Typography.Text>
      <ol className="rubric-dim-children">
        {dim.indicators.map((i) => (
          <li key={i.uid}>
            <span className="rubric-node-code">{i.code}</span> {i.name}
            {i.key && <span className="key-star">{S.keyMark}</span>}
            <span className="muted"> · {i.points}</span>
          </li>
        ))}
      </ol>
    </Form>
  )
}
