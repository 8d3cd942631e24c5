import { Button, Card, Input, InputNumber, Select, Table } from 'antd'
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { GRADES, type GradeBand, type LevelDef } from '../../../../../core/domain/rubric'
import { useActions, type DraftRubric } from '../../../stores'
import { removeAt, replaceAt } from './ops'
import { RUBRIC_STRINGS as S } from '../strings'
import { ProvisionalTag } from './ProvisionalTag'

const rowAnchor = (prefix: string) => (_: unknown, i?: number) => ({ 'data-rubric-anchor': `${prefix}-${i}` }) as React.HTMLAttributes<HTMLElement>

/** 等级与系数 (A–D: label and coefficient) and 等次划分 (grade bands by total). */
export function LevelsSection({ rubric }: { rubric: DraftRubric }) {
  const { editRubricDraft } = useActions()
  const setLevel = (i: number, patch: Partial<LevelDef>) => editRubricDraft((r) => ({ ...r, levels: replaceAt(r.levels, i, patch) }))
  const setBand = (i: number, patch: Partial<GradeBand>) => editRubricDraft((r) => ({ ...r, gradeBands: replaceAt(r.gradeBands, i, patch) }))
  const unused = GRADES.filter((g) => !rubric.gradeBands.some((b) => b.grade === g))
  return (
    <div className="rubric-two-cols">
      <Card size="small" title={S.levelsTitle} data-rubric-anchor="levels" data-testid="levels-card">
        <div className="section-hint muted rubric-card-hint">{S.levelsHint}</div>
        <Table<LevelDef>
          size="small"
          pagination={false}
          rowKey="level"
          dataSource={rubric.levels}
          onRow={rowAnchor('level-row')}
          columns={[
            { title: S.level, dataIndex: 'level', width: 60 },
            {
              title: S.levelLabel,
              render: (_, l, i) => (
                <Input data-testid={`level-label-${l.level}`} value={l.label} maxLength={20} onChange={(e) => setLevel(i, { label: e.target.value })} />
              ),
            },
            {
              title: S.coefficient,
              width: 130,
              render: (_, l, i) => (
                <InputNumber<number>
                  data-testid={`level-coef-${l.level}`}
                  min={0}
                  max={1}
                  step={0.05}
                  value={l.coefficient}
                  onChange={(v) => setLevel(i, { coefficient: v ?? 0 })}
                />
              ),
            },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={S.gradeBandsTitle}
        data-rubric-anchor="grade-bands"
        extra={
          <Button
            size="small"
            icon={<PlusOutlined />}
            disabled={!unused.length}
            onClick={() => editRubricDraft((r) => ({ ...r, gradeBands: [...r.gradeBands, { grade: unused[0]!, label: '', min: 0 }] }))}
          >
            {S.add}
          </Button>
        }
      >
        <div className="section-hint muted rubric-card-hint">{S.gradeBandsHint}</div>
        <Table<GradeBand>
          size="small"
          pagination={false}
          rowKey={(b) => b.grade}
          dataSource={rubric.gradeBands}
          onRow={rowAnchor('grade-row')}
          columns={[
            {
              title: S.grade,
              width: 90,
              render: (_, b, i) => (
                <Select
                  value={b.grade}
                  onChange={(grade: GradeBand['grade']) => setBand(i, { grade })}
                  options={GRADES.map((g) => ({ value: g, label: g, disabled: g !== b.grade && !unused.includes(g) }))}
                />
              ),
            },
            {
              title: S.gradeLabel,
              render: (_, b, i) => <Input data-testid={`band-label-${b.grade}`} value={b.label} maxLength={20} onChange={(e) => setBand(i, { label: e.target.value })} />,
            },
            {
              title: S.gradeMin,
              width: 200,
              render: (_, b, i) => (
                <span className="rubric-min-cell">
                  <InputNumber<number> data-testid={`band-min-${b.grade}`} min={0} step={1} value={b.min} onChange={(v) => setBand(i, { min: v ?? 0 })} />
                  <ProvisionalTag provisional={b.provisional} testId={`band-provisional-${b.grade}`} onConfirm={() => setBand(i, { provisional: undefined })} />
                </span>
              ),
            },
            {
              width: 44,
              render: (_, _b, i) => (
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={S.remove}
                  disabled={rubric.gradeBands.length < 2}
                  onClick={() => editRubricDraft((r) => ({ ...r, gradeBands: removeAt(r.gradeBands, i) }))}
                />
              ),
            },
          ]}
        />
      </Card>
    </div>
  )
}
