import { Button, Checkbox, Input, Select, Typography } from 'antd'
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import type { ObservationPoint } from '../../../../../core/domain/rubric'
import { removeAt, replaceAt } from './ops'
import { RUBRIC_STRINGS as S } from '../strings'

/** 观测点 of one 二级指标: what to look at, 定性/定量, the 佐证材料 and whether it is checked on site. */
export function ObservationPointsEditor({ points, onChange }: { points: ObservationPoint[]; onChange: (p: ObservationPoint[]) => void }) {
  const set = (i: number, patch: Partial<ObservationPoint>) => onChange(replaceAt(points, i, patch))
  return (
    <div className="rubric-obs-editor" data-testid="obs-editor">
      <div className="rubric-subtitle">
        {S.obsTitle}
        <Button
          size="small"
          type="link"
          icon={<PlusOutlined />}
          data-testid="obs-add"
          onClick={() => onChange([...points, { text: '', nature: 'qualitative', evidence: '', siteCheck: false }])}
        >
          {S.obsAdd}
        </Button>
      </div>
      {points.length === 0 && <Typography.Text type="secondary">{S.obsEmpty}</Typography.Text>}
      {points.map((o, i) => (
        <div className="rubric-obs-row" key={i} data-testid={`obs-${i}`}>
          <span className="rubric-obs-index muted">{i + 1}</span>
          <Input
            aria-label={S.obsText}
            placeholder={S.obsText}
            data-testid={`obs-${i}-text`}
            value={o.text}
            status={o.text.trim() ? undefined : 'warning'}
            onChange={(e) => set(i, { text: e.target.value })}
          />
          <Select
            aria-label={S.obsNature}
            value={o.nature}
            className="rubric-obs-nature"
            onChange={(nature: ObservationPoint['nature']) => set(i, { nature })}
            options={[
              { value: 'qualitative', label: S.qualitative },
              { value: 'quantitative', label: S.quantitative },
            ]}
          />
          <Input
            aria-label={S.obsEvidence}
            placeholder={S.obsEvidence}
            data-testid={`obs-${i}-evidence`}
            value={o.evidence}
            onChange={(e) => set(i, { evidence: e.target.value })}
          />
          <Checkbox checked={o.siteCheck} onChange={(e) => set(i, { siteCheck: e.target.checked })}>
            {S.obsSiteCheck}
          </Checkbox>
          <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={S.remove} onClick={() => onChange(removeAt(points, i))} />
        </div>
      ))}
    </div>
  )
}
