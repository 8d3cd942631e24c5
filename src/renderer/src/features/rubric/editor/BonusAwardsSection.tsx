import { Button, Card, Checkbox, Form, Input, InputNumber, Switch, Table } from 'antd'
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import type { AwardLevel, Bonus } from '../../../../../core/domain/rubric'
import { useActions, type DraftRubric } from '../../../stores'
import { nextListCode, removeAt, replaceAt } from './ops'
import { RUBRIC_STRINGS as S } from '../strings'
import { ProvisionalTag, quotaText } from './ProvisionalTag'

type BonusItem = Bonus['items'][number]
const rowAnchor = (prefix: string) => (_: unknown, i?: number) => ({ 'data-rubric-anchor': `${prefix}-${i}` }) as React.HTMLAttributes<HTMLElement>
const remover = (onClick: () => void) => <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={S.remove} onClick={onClick} />

function BonusCard({ bonus }: { bonus: Bonus | undefined }) {
  const { editRubricDraft } = useActions()
  const setBonus = (next: Bonus | undefined) => editRubricDraft((r) => ({ ...r, bonus: next }))
  const items = bonus?.items ?? []
  const setItem = (i: number, patch: Partial<BonusItem>) => bonus && setBonus({ ...bonus, items: replaceAt(items, i, patch) })
  return (
    <Card
      size="small"
      title={S.bonus}
      data-rubric-anchor="bonus"
      data-testid="bonus-card"
      extra={<Switch data-testid="bonus-enabled" checked={!!bonus} onChange={(on) => setBonus(on ? { cap: 5, items: [] } : undefined)} />}
    >
      {bonus ? (
        <>
          <Form layout="inline" className="rubric-card-hint">
            <Form.Item label={S.bonusCap}>
              <InputNumber<number> data-testid="bonus-cap" min={0} step={1} value={bonus.cap} onChange={(v) => setBonus({ ...bonus, cap: v ?? 0 })} />
            </Form.Item>
            <Form.Item>
              <Button
                size="small"
                icon={<PlusOutlined />}
                data-testid="bonus-add"
                onClick={() => setBonus({ ...bonus, items: [...items, { code: nextListCode(items, 'B'), name: '', points: 1, evidence: '' }] })}
              >
                {S.add}
              </Button>
            </Form.Item>
          </Form>
          <Table<BonusItem>
            size="small"
            pagination={false}
            rowKey={(_, i) => String(i)}
            dataSource={items}
            locale={{ emptyText: S.none }}
            columns={[
              { title: S.itemCode, width: 80, render: (_, b, i) => <Input value={b.code} maxLength={32} onChange={(e) => setItem(i, { code: e.target.value })} /> },
              {
                title: S.bonusName,
                render: (_, b, i) => (
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} value={b.name} maxLength={80} onChange={(e) => setItem(i, { name: e.target.value })} />
                ),
              },
              {
                title: S.bonusPoints,
                width: 90,
                render: (_, b, i) => <InputNumber<number> className="full-width" min={0} step={0.5} value={b.points} onChange={(v) => setItem(i, { points: v ?? 0 })} />,
              },
              {
                title: S.bonusEvidence,
                width: '32%',
                render: (_, b, i) => (
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} value={b.evidence} maxLength={200} onChange={(e) => setItem(i, { evidence: e.target.value })} />
                ),
              },
              { width: 44, render: (_, _b, i) => remover(() => setBonus({ ...bonus, items: removeAt(items, i) })) },
            ]}
          />
        </>
      ) : (
        <span className="muted">{S.none}</span>
      )}
    </Card>
  )
}

function AwardsCard({ levels }: { levels: AwardLevel[] }) {
  const { editRubricDraft } = useActions()
  const set = (awardLevels: AwardLevel[]) => editRubricDraft((r) => ({ ...r, awardLevels }))
  return (
    <Card
      size="small"
      title={S.awardTitle}
      data-rubric-anchor="awards"
      data-testid="awards-card"
      extra={
        <Button size="small" icon={<PlusOutlined />} onClick={() => set([...levels, { code: nextListCode(levels, 'L'), label: '', min: 0, requiresVote: false }])}>
          {S.add}
        </Button>
      }
    >
      <div className="section-hint muted rubric-card-hint">{S.awardHint}</div>
      <Table<AwardLevel>
        size="small"
        pagination={false}
        rowKey={(_, i) => String(i)}
        dataSource={levels}
        locale={{ emptyText: S.none }}
        onRow={rowAnchor('award-row')}
        columns={[
          { title: S.itemCode, width: 100, render: (_, a, i) => <Input value={a.code} maxLength={32} onChange={(e) => set(replaceAt(levels, i, { code: e.target.value }))} /> },
          { title: S.awardLabel, render: (_, a, i) => <Input value={a.label} maxLength={40} onChange={(e) => set(replaceAt(levels, i, { label: e.target.value }))} /> },
          {
            title: S.awardMin,
            width: 190,
            render: (_, a, i) => (
              <span className="rubric-min-cell">
                <InputNumber<number> min={0} step={1} value={a.min} onChange={(v) => set(replaceAt(levels, i, { min: v ?? 0 }))} />
                <ProvisionalTag provisional={a.provisional} testId={`award-provisional-${i}`} onConfirm={() => set(replaceAt(levels, i, { provisional: undefined }))} />
              </span>
            ),
          },
          { title: S.awardQuota, width: 130, render: (_, a, i) => <span data-testid={`award-quota-${i}`}>{quotaText(a.quota)}</span> },
          {
            title: S.awardVote,
            width: 70,
            render: (_, a, i) => <Checkbox checked={a.requiresVote} onChange={(e) => set(replaceAt(levels, i, { requiresVote: e.target.checked }))} />,
          },
          { width: 44, render: (_, _a, i) => remover(() => set(removeAt(levels, i))) },
        ]}
      />
    </Card>
  )
}

/** 加分项 (with their cap), 奖项等级 and the one-line note on how results are used. */
export function BonusAwardsSection({ rubric }: { rubric: DraftRubric }) {
  const { editRubricDraft } = useActions()
  return (
    <div className="rubric-stack">
      <BonusCard bonus={rubric.bonus} />
      <div className="rubric-two-cols">
        <AwardsCard levels={rubric.awardLevels} />
        <Card size="small" title={S.resultNoteLabel} data-rubric-anchor="result-note">
          <Input.TextArea
            data-testid="result-note"
            value={rubric.resultNote}
            placeholder={S.resultNotePlaceholder}
            autoSize={{ minRows: 2, maxRows: 4 }}
            maxLength={200}
            onChange={(e) => editRubricDraft((r) => ({ ...r, resultNote: e.target.value }))}
          />
        </Card>
      </div>
    </div>
  )
}
