import { Space, Table, Tag, Tooltip, Typography } from 'antd'
import type { Indicator, Level, Rubric } from '../../../../core/domain/rubric'
import { LEVELS } from '../../../../core/domain/rubric'
import { RubricSummary } from './RubricSummary'
import { RUBRIC_STRINGS as S } from './strings'

interface TreeRow {
  key: string
  code: string
  name: string
  points: number
  indicator?: Indicator
  children?: TreeRow[]
}

function treeRows(rubric: Rubric): TreeRow[] {
  return rubric.dimensions.map((d) => ({
    key: `d-${d.code}`,
    code: d.code,
    name: d.name,
    points: d.points,
    children: d.indicators.map((i) => ({ key: `i-${i.code}`, code: i.code, name: i.name, points: i.points, indicator: i })),
  }))
}

function Descriptors({ rubric, indicator }: { rubric: Rubric; indicator: Indicator }) {
  if (indicator.scale === 'points') return <Typography.Text type="secondary">{S.scalePoints}</Typography.Text>
  const label = (l: Level) => rubric.levels.find((x) => x.level === l)?.label ?? ''
  return (
    <div className="rubric-descriptors">
      {LEVELS.map((l) => (
        <div key={l}>
          <Typography.Text strong>
            {l} {label(l)}
          </Typography.Text>{' '}
          {indicator.descriptors[l] ?? ''}
        </div>
      ))}
    </div>
  )
}

function ObservationPoints({ indicator }: { indicator: Indicator }) {
  return (
    <ol className="rubric-obs">
      {indicator.observationPoints.map((o, i) => (
        <li key={i}>
          {o.text} <Tag>{o.nature === 'quantitative' ? S.quantitative : S.qualitative}</Tag>
          {o.siteCheck && <Tag color="orange">{S.siteCheck}</Tag>}
          {o.evidence && (
            <div className="muted">
              {S.evidence}：{o.evidence}
            </div>
          )}
        </li>
      ))}
    </ol>
  )
}

/** The saved rubric as a tree (一级 → 二级), read-only: what the campaign scores against. */
export function RubricView({ rubric }: { rubric: Rubric }) {
  return (
    <Space orientation="vertical" size={12} className="full-width" data-testid="rubric">
      <RubricSummary rubric={rubric} />
      <Table<TreeRow>
        size="small"
        bordered
        pagination={false}
        dataSource={treeRows(rubric)}
        expandable={{ defaultExpandAllRows: true }}
        rowClassName={(r) => (r.indicator ? '' : 'rubric-dimension-row')}
        sticky
        columns={[
          { title: S.code, dataIndex: 'code', width: 90 },
          {
            title: S.indicator,
            dataIndex: 'name',
            width: 220,
            render: (name: string, r) => (
              <span>
                {name}
                {r.indicator?.key && (
                  <Tooltip title={S.keyTooltip}>
                    <span className="key-star">{S.keyMark}</span>
                  </Tooltip>
                )}
              </span>
            ),
          },
          { title: S.points, dataIndex: 'points', width: 64, align: 'right' },
          {
            title: S.descriptors,
            render: (_, r) => (r.indicator ? <Descriptors rubric={rubric} indicator={r.indicator} /> : null),
          },
          {
            title: S.observationPoints,
            width: 340,
            render: (_, r) => (r.indicator ? <ObservationPoints indicator={r.indicator} /> : null),
          },
        ]}
      />
    </Space>
  )
}
