import { useState } from 'react'
import { Button, Popover, Space, Table, Tag } from 'antd'
import { RELATION_LABEL } from '../../../../core/panel/messages'
import { expertsSelectors, sessionSelectors, useActions, useWorkbench, type ExpertRow } from '../../stores'
import { ReasonConfirm } from '../removal/ReasonConfirm'
import { NewExpertModal } from './NewExpertModal'
import { EXPERTS_STRINGS as S } from './strings'
import { SigningCell } from '../signing/SigningCell'
import { ReplaceKeyModal } from '../signing/ReplaceKeyModal'
import { SignatureImageModal } from '../signing/SignatureImageModal'
import { SIGNING_STRINGS } from '../signing/strings'

/** The 回避 data of an expert in one line, with the details on hover. */
function ConflictData({ e }: { e: ExpertRow }) {
  if (!e.formerUnits.length && !e.relations.length) return <span className="muted">—</span>
  const lines = [
    ...e.formerUnits.map((f) => S.formerLine(f.unit, f.from, f.to)),
    ...e.relations.map((r) => S.relationLine(RELATION_LABEL[r.kind], r.name, r.unit, r.year)),
  ]
  return (
    <Popover content={<ul className="expert-conflict-lines">{lines.map((l) => <li key={l}>{l}</li>)}</ul>} title={S.conflictData}>
      <span className="dotted">{[e.formerUnits.length ? S.summaryFormer(e.formerUnits.length) : '', e.relations.length ? S.summaryRelations(e.relations.length) : ''].filter(Boolean).join('，')}</span>
    </Popover>
  )
}

/** `removable`: the 专家库 page, where an expert can be removed with a reason. */
export function ExpertsTable({ experts, emptyText, testId, removable }: { experts: ExpertRow[]; emptyText: string; testId: string; removable?: boolean }) {
  const { removeExpert } = useActions()
  const groups = useWorkbench(sessionSelectors.groups)
  const pool = useWorkbench(expertsSelectors.pool)
  const [editing, setEditing] = useState<string | null>(null)
  const editExpert = pool.find((e) => e.id === editing)
  // issue 11: the pool page (removable) shows each expert's signing key and signature image
  const [signing, setSigning] = useState<{ id: string; what: 'key' | 'image' } | null>(null)
  const signingExpert = pool.find((e) => e.id === signing?.id) ?? null
  return (
    <>
      <Table<ExpertRow>
        data-testid={testId}
        size="small"
        rowKey="id"
        sticky
        dataSource={experts}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText }}
        onRow={(r) => ({ 'data-testid': `expert-row-${r.id}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: S.name, dataIndex: 'name', width: 110 },
          { title: S.unit, dataIndex: 'unit' },
          { title: S.title, dataIndex: 'title', width: 140 },
          {
            title: S.groupsAndFields,
            dataIndex: 'groupIds',
            render: (ids: string[], e) => (
              <Space size={[2, 2]} wrap>
                {ids.map((id) => (
                  <Tag key={id}>{groups.find((g) => g.id === id)?.name ?? id}</Tag>
                ))}
                {e.fields.map((f) => (
                  <Tag key={`f-${f}`} color="blue" bordered={false}>
                    {f}
                  </Tag>
                ))}
              </Space>
            ),
          },
          { title: S.conflictData, width: 170, render: (_, e) => <ConflictData e={e} /> },
          { title: S.contact, dataIndex: 'contact', width: 140 },
          ...(removable
            ? [{
                title: SIGNING_STRINGS.column,
                width: 200,
                render: (_: unknown, e: ExpertRow) => {
                  const p = pool.find((x) => x.id === e.id)
                  return p && <SigningCell expert={p} onReplace={() => setSigning({ id: p.id, what: 'key' })} onImage={() => setSigning({ id: p.id, what: 'image' })} />
                },
              }]
            : []),
          {
            title: '',
            width: removable ? 110 : 60,
            render: (_, e) =>
              pool.some((p) => p.id === e.id) && (
                <Space size={0}>
                  <Button size="small" type="link" onClick={() => setEditing(e.id)} data-testid={`edit-expert-${e.id}`}>
                    {S.edit}
                  </Button>
                  {removable && (
                    <ReasonConfirm title={S.removeTitle(e.name)} testId={`remove-expert-${e.id}`} onConfirm={(reason) => removeExpert(e.id, reason)}>
                      <Button size="small" type="link" danger data-testid={`remove-expert-${e.id}`}>
                        {S.removeExpert}
                      </Button>
                    </ReasonConfirm>
                  )}
                </Space>
              ),
          },
        ]}
      />
      <ReplaceKeyModal expert={signing?.what === 'key' ? signingExpert : null} onClose={() => setSigning(null)} />
      <SignatureImageModal expert={signing?.what === 'image' ? signingExpert : null} onClose={() => setSigning(null)} />
      <NewExpertModal key={editing ?? ''} open={!!editExpert} onClose={() => setEditing(null)} intoCampaign={false} expert={editExpert} />
    </>
  )
}
