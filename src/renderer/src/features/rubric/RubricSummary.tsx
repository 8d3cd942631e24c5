import { Descriptions, Space, Tag } from 'antd'
import type { Rubric } from '../../../../core/domain/rubric'
import { RUBRIC_STRINGS as S } from './strings'

export function RubricSummary({ rubric }: { rubric: Rubric }) {
  const bands = [...rubric.gradeBands].sort((a, b) => b.min - a.min)
  return (
    <Descriptions
      size="small"
      bordered
      column={2}
      items={[
        { key: 'name', label: S.name, children: rubric.name },
        { key: 'version', label: S.version, children: S.versionText(rubric.version) },
        { key: 'total', label: S.total, children: rubric.total },
        {
          key: 'levels',
          label: S.levels,
          children: (
            <Space size={4} wrap>
              {rubric.levels.map((l) => (
                <Tag key={l.level}>{S.levelCoef(l.level, l.label, l.coefficient)}</Tag>
              ))}
            </Space>
          ),
        },
        {
          key: 'grades',
          label: S.grades,
          children: (
            <Space size={4} wrap>
              {bands.map((b) => (
                <Tag key={b.grade}>{S.gradeBand(`${b.grade} ${b.label}`, b.min)}</Tag>
              ))}
            </Space>
          ),
        },
        { key: 'key', label: S.keyRule, children: S.keyRuleText },
        ...(rubric.eligibility.length
          ? [{ key: 'elig', label: S.eligibility, span: 2, children: rubric.eligibility.map((e) => `${e.code} ${e.text}`).join(S.listSep) }]
          : []),
        ...(rubric.vetoes.length
          ? [{ key: 'veto', label: S.vetoes, span: 2, children: rubric.vetoes.map((v) => `${v.code} ${v.text}`).join(S.listSep) }]
          : []),
        ...(rubric.bonus?.items.length
          ? [
              {
                key: 'bonus',
                label: S.bonus,
                span: 2,
                children: S.bonusText(rubric.bonus.cap, rubric.bonus.items.map((b) => S.bonusItem(b.code, b.name, b.points)).join(S.listSep)),
              },
            ]
          : []),
        ...(rubric.awardLevels.length
          ? [{ key: 'award', label: S.awardLevels, children: rubric.awardLevels.map((a) => S.gradeBand(a.label, a.min)).join(S.listSep) }]
          : []),
        ...(rubric.resultNote ? [{ key: 'note', label: S.resultNote, children: rubric.resultNote }] : []),
      ]}
    />
  )
}
