import { useMemo, useState } from 'react'
import { Alert, Modal, Radio, Select } from 'antd'
import type { DecisionsView } from '../../../../core/api/outputs'
import type { BallotChoice, Motion } from '../../../../core/domain/decisions'
import { tallyVote } from '../../../../core/decisions/votes'
import { ReasonField } from './ReasonField'
import { useDecide } from './useDecide'
import { DECISIONS_STRINGS as S } from './strings'

type Choice = BallotChoice | 'absent'

/** The motions an entry can be voted on: a level needing a vote it reaches, and vetoes its panel raised. */
function motionsOf(view: DecisionsView, submissionId: string): Array<{ key: string; label: string; motion: Motion }> {
  const row = view.rows.find((r) => r.id === submissionId)!
  const from = view.levels.findIndex((l) => l.code === row.reachedLevel)
  const awards = from < 0 || row.status !== 'ranked' ? [] : view.levels.slice(from).filter((l) => l.requiresVote)
  return [
    ...awards.map((l) => ({ key: `award:${l.code}`, label: S.motionAward(l.label), motion: { kind: 'award', levelCode: l.code } as Motion })),
    ...row.vetoes.map((v) => ({ key: `veto:${v.code}`, label: `${S.motionVeto(v.text)}（${v.count}/${v.needed} 名专家提出）`, motion: { kind: 'veto', vetoCode: v.code } as Motion })),
  ]
}

/** 票决: one ballot per committee member present; the ⌈2/3⌉ result is shown as it is counted. */
export function VoteModal({ view, submissionId, onClose }: { view: DecisionsView; submissionId: string; onClose: () => void }) {
  const row = view.rows.find((r) => r.id === submissionId)!
  const motions = useMemo(() => motionsOf(view, submissionId), [view, submissionId])
  const [motionKey, setMotionKey] = useState(motions[0]?.key)
  const [choices, setChoices] = useState<Record<string, Choice>>({})
  const [reason, setReason] = useState('')
  const { decide, busy: sending } = useDecide()
  const ballots = view.committee.flatMap((m) => (choices[m.id] && choices[m.id] !== 'absent' ? [{ expertId: m.id, choice: choices[m.id] as BallotChoice }] : []))
  const tally = tallyVote(ballots)
  const submit = async () => {
    const motion = motions.find((m) => m.key === motionKey)?.motion
    if (!motion) return
    if (await decide('decisions.recordVote', { submissionId: row.id, motion, ballots, ...(reason.trim() && { reason }) })) onClose()
  }
  return (
    <Modal open title={S.voteModalTitle(row.label)} okText={S.ok} cancelText={S.cancel} onOk={submit} onCancel={onClose} confirmLoading={sending} okButtonProps={{ disabled: !motions.length || !ballots.length, 'data-testid': 'vote-ok' }} width={640}>
      {!motions.length ? (
        <Alert type="info" message={S.needMotion} />
      ) : (
        <>
          <div>{S.motion}</div>
          <Select data-testid="vote-motion" style={{ width: '100%' }} value={motionKey} onChange={setMotionKey} options={motions.map((m) => ({ value: m.key, label: m.label }))} />
          {view.committee.map((m) => (
            <div key={m.id} className="ballot-row">
              <span className="voter">{m.name}</span>
              <Radio.Group data-testid={`ballot-${m.id}`} value={choices[m.id] ?? 'absent'} onChange={(e) => setChoices({ ...choices, [m.id]: e.target.value as Choice })}>
                {(['for', 'against', 'abstain'] as const).map((c) => (
                  <Radio key={c} value={c} data-testid={`ballot-${m.id}-${c}`}>{S.ballot[c]}</Radio>
                ))}
                <Radio value="absent">{S.absent}</Radio>
              </Radio.Group>
            </div>
          ))}
          <Alert type={tally.passed ? 'success' : 'info'} message={ballots.length ? tally.text : S.needBallot} data-testid="vote-preview" />
          <ReasonField locked={view.locked} value={reason} onChange={setReason} testId="vote-reason" />
        </>
      )}
    </Modal>
  )
}
