import { useState } from 'react'
import { Button, Card, Input, Modal, Select, Table, Tag } from 'antd'
import type { DecisionsView } from '../../../../core/api/outputs'
import type { ObjectionView } from '../../../../core/api/decisions/outputs'
import { OBJECTION_OUTCOMES, type ObjectionOutcome } from '../../../../core/domain/decisions'
import { chineseDay } from '../../../../core/decisions/dates'
import { useDecide } from './useDecide'
import { DECISIONS_STRINGS as S } from './strings'

const O = S.objection
const todayIso = () => new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 10)

function AddObjection({ view, onClose }: { view: DecisionsView; onClose: () => void }) {
  const [f, setF] = useState({ submissionId: view.rows[0]?.id ?? '', by: '', receivedOn: todayIso(), content: '' })
  const { decide, busy: sending } = useDecide()
  const submit = async () => {
    if (await decide('decisions.recordObjection', f)) onClose()
  }
  return (
    <Modal open title={S.addObjection} okText={S.ok} cancelText={S.cancel} onOk={submit} onCancel={onClose} confirmLoading={sending} okButtonProps={{ 'data-testid': 'objection-ok' }}>
      <div>{O.entry}</div>
      <Select data-testid="objection-entry" style={{ width: '100%' }} value={f.submissionId} onChange={(v) => setF({ ...f, submissionId: v })} options={view.rows.map((r) => ({ value: r.id, label: r.label }))} showSearch optionFilterProp="label" />
      <div>{O.by}</div>
      <Input data-testid="objection-by" value={f.by} maxLength={80} onChange={(e) => setF({ ...f, by: e.target.value })} />
      <div>{O.receivedOn}</div>
      <Input type="date" data-testid="objection-date" value={f.receivedOn} onChange={(e) => setF({ ...f, receivedOn: e.target.value })} />
      <div>{O.content}</div>
      <Input.TextArea data-testid="objection-content" value={f.content} maxLength={3000} autoSize={{ minRows: 3 }} onChange={(e) => setF({ ...f, content: e.target.value })} />
    </Modal>
  )
}

function AnswerObjection({ objection, onClose }: { objection: ObjectionView; onClose: () => void }) {
  const [f, setF] = useState({ text: '', outcome: 'maintained' as ObjectionOutcome, answeredOn: todayIso() })
  const { decide, busy: sending } = useDecide()
  const submit = async () => {
    if (await decide('decisions.answerObjection', { objectionId: objection.id, ...f })) onClose()
  }
  return (
    <Modal open title={`${S.answer}：${objection.entryLabel}`} okText={S.ok} cancelText={S.cancel} onOk={submit} onCancel={onClose} confirmLoading={sending} okButtonProps={{ 'data-testid': 'answer-ok' }}>
      <p>{objection.content}</p>
      <div>{O.answer}</div>
      <Input.TextArea data-testid="answer-text" value={f.text} maxLength={3000} autoSize={{ minRows: 3 }} onChange={(e) => setF({ ...f, text: e.target.value })} />
      <div>{O.outcome}</div>
      <Select data-testid="answer-outcome" style={{ width: '100%' }} value={f.outcome} onChange={(v) => setF({ ...f, outcome: v })} options={OBJECTION_OUTCOMES.map((o) => ({ value: o, label: S.outcome[o] }))} />
      <div>{O.answeredOn}</div>
      <Input type="date" data-testid="answer-date" value={f.answeredOn} onChange={(e) => setF({ ...f, answeredOn: e.target.value })} />
    </Modal>
  )
}

/** 异议 during the 公示 period: who, when, what; the committee's answer and its outcome. */
export function ObjectionsPanel({ view }: { view: DecisionsView }) {
  const [adding, setAdding] = useState(false)
  const [answering, setAnswering] = useState<ObjectionView | null>(null)
  const extra = view.publication ? <Button size="small" data-testid="add-objection" onClick={() => setAdding(true)}>{S.addObjection}</Button> : null
  return (
    <Card size="small" title={S.objectionsTitle} extra={extra} data-testid="objections">
      {!view.publication && !view.objections.length ? <span className="excluded">{S.objectionsClosed}</span> : (
        <Table<ObjectionView>
          rowKey="id"
          size="small"
          pagination={false}
          locale={{ emptyText: S.noObjections }}
          dataSource={view.objections}
          onRow={(o) => ({ 'data-testid': `objection-${o.id}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: O.entry, key: 'entry', render: (_, o) => o.entryLabel },
            { title: O.by, dataIndex: 'by', width: 100 },
            { title: O.receivedOn, key: 'on', width: 130, render: (_, o) => chineseDay(o.receivedOn) },
            { title: O.content, dataIndex: 'content' },
            {
              title: O.answer,
              key: 'answer',
              render: (_, o) =>
                o.answer ? (
                  <span data-testid="objection-answer"><Tag color="blue">{o.outcomeLabel}</Tag>{o.answer.text}（{chineseDay(o.answer.answeredOn)}）</span>
                ) : (
                  <Button size="small" data-testid={`answer-${o.id}`} onClick={() => setAnswering(o)}>{S.answer}</Button>
                ),
            },
          ]}
        />
      )}
      {adding && <AddObjection view={view} onClose={() => setAdding(false)} />}
      {answering && <AnswerObjection objection={answering} onClose={() => setAnswering(null)} />}
    </Card>
  )
}
