import { Form, Input, InputNumber, Radio, Switch, Typography } from 'antd'
import { LEVELS, type LevelDef } from '../../../../../core/domain/rubric'
import type { IndicatorCode } from '../../../../../core/domain/ids'
import { useActions, type DraftIndicator } from '../../../stores'
import { points2 } from '../../../lib/format'
import { patchIndicator } from './ops'
import { ObservationPointsEditor } from './ObservationPointsEditor'
import { RUBRIC_STRINGS as S } from '../strings'

/** 二级指标: code, name, points, ★, scale, the four level descriptors and the observation points. */
export function IndicatorForm({ ind, levels }: { ind: DraftIndicator; levels: LevelDef[] }) {
  const { editRubricDraft } = useActions()
  const patch = (p: Parameters<typeof patchIndicator>[2]) => editRubricDraft((r) => patchIndicator(r, ind.uid, p))
  return (
    <Form layout="vertical" className="rubric-form">
      <div className="rubric-form-row">
        <Form.Item label={S.itemCode} className="rubric-code-item">
          <Input data-testid="ind-code" value={ind.code} maxLength={32} onChange={(e) => patch({ code: e.target.value as IndicatorCode })} />
        </Form.Item>
        <Form.Item label={S.itemName} className="grow-item">
          <Input data-testid="ind-name" value={ind.name} maxLength={80} onChange={(e) => patch({ name: e.target.value })} />
        </Form.Item>
        <Form.Item label={S.itemPoints} className="rubric-points-item">
          <InputNumber<number> data-testid="ind-points" min={0} step={1} value={ind.points} onChange={(v) => patch({ points: v ?? 0 })} />
        </Form.Item>
      </div>
      <div className="rubric-form-row">
        <Form.Item label={S.keyIndicator} tooltip={S.keyIndicatorHint}>
          <Switch data-testid="ind-key" checked={ind.key} onChange={(key) => patch({ key })} />
        </Form.Item>
        <Form.Item label={S.scale}>
          <Radio.Group
            size="small"
            optionType="button"
            value={ind.scale}
            onChange={(e) => patch({ scale: e.target.value as DraftIndicator['scale'] })}
            options={[
              { value: 'levels', label: <span data-testid="ind-scale-levels">{S.scaleLevels}</span> },
              { value: 'points', label: <span data-testid="ind-scale-points">{S.scaleByPoints}</span> },
            ]}
          />
        </Form.Item>
      </div>
      <div className="rubric-subtitle">{S.descriptors}</div>
      {ind.scale === 'points' ? (
        <Typography.Text type="secondary">{S.descriptorsNotUsed}</Typography.Text>
      ) : (
        <div className="rubric-descriptor-grid">
          {LEVELS.map((level) => {
            const def = levels.find((l) => l.level === level)
            const coef = def?.coefficient ?? 0
            return (
              <Form.Item key={level} label={S.descriptorLabel(level, def?.label ?? '', coef, points2(coef * (ind.points || 0)))}>
                <Input.TextArea
                  data-testid={`ind-desc-${level}`}
                  value={ind.descriptors[level] ?? ''}
                  status={ind.descriptors[level]?.trim() ? undefined : 'warning'}
                  placeholder={S.descriptorPlaceholder(level)}
                  autoSize={{ minRows: 2, maxRows: 5 }}
                  maxLength={500}
                  onChange={(e) => patch({ descriptors: { ...ind.descriptors, [level]: e.target.value } })}
                />
              </Form.Item>
            )
          })}
        </div>
      )}
      <ObservationPointsEditor points={ind.observationPoints} onChange={(observationPoints) => patch({ observationPoints })} />
    </Form>
  )
}
