import { useEffect, useMemo, useState } from 'react'
import { Form, Input, InputNumber, Modal, Select, Table } from 'antd'
import type { CalibrationScores } from '../../../../core/api/outputs'
import { LEVELS, type Level } from '../../../../core/domain/rubric'
import { allIndicators } from '../../../../core/rubric/indicators'
import { campaignsSelectors, calibrationSelectors, useActions, useWorkbench } from '../../stores'
import { useBusyRun } from '../../app/useBusyRun'
import { CALIBRATION_STRINGS as S } from './strings'

export interface ReviseTarget {
  expertId: string
  submissionId: string
}

type Changes = Record<string, { level?: Level; points?: number }>

/** 复议: an expert changes scores on a submitted anchor sheet, with a reason that cannot be empty. */
export function ReviseModal({ target, scores, onClose }: { target: ReviseTarget | null; scores: CalibrationScores; onClose: () => void }) {
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const view = useWorkbench(calibrationSelectors.view)
  const { reviseSheet } = useActions()
  const { run, busy } = useBusyRun()
  const [who, setWho] = useState<ReviseTarget | null>(target)
  const [changes, setChanges] = useState<Changes>({})
  const [reason, setReason] = useState('')
  const [passphrase, setPassphrase] = useState('')
  useEffect(() => {
    setWho(target)
    setChanges({})
    setReason('')
    setPassphrase('')
  }, [target])
  const indicators = useMemo(() => (campaign ? allIndicators(campaign.rubric) : []), [campaign])
  if (!campaign || !view?.session || !who) return null
  const current = scores.entries[`${who.expertId}:${who.submissionId}`] ?? {}
  const changed = Object.entries(changes).filter(([code, e]) => (e.level ?? e.points) !== undefined && (e.level ?? e.points) !== (current[code]?.level ?? current[code]?.points))
  const submit = async () => {
    // useRun resolves undefined on a refusal: the modal stays open with what was typed
    const done = await run(async () => {
      await reviseSheet({ ...who, reason, passphrase, changes: changed.map(([indicatorCode, e]) => ({ indicatorCode, ...e })) })
      return true
    }, S.revised)
    if (done) onClose()
  }
  const show = (e?: { level?: Level; points?: number }) => (e ? (e.level ?? `${e.points} 分`) : '—')
  return (
    <Modal
      open={!!target}
      title={S.reviseTitle}
      width={760}
      onCancel={onClose}
      onOk={() => void submit()}
      confirmLoading={busy}
      okButtonProps={{ disabled: !reason.trim() || !passphrase || changed.length === 0, 'data-testid': 'revise-ok' }}
      data-testid="revise-modal"
    >
      <Form layout="inline" className="mb-12">
        <Form.Item label={S.expert}>
          <Select value={who.expertId} onChange={(expertId) => setWho({ ...who, expertId })} style={{ width: 160 }} options={view.session.participants.map((id) => ({ value: id, label: view.names[id] ?? id }))} />
        </Form.Item>
        <Form.Item label={S.anchor}>
          <Select value={who.submissionId} onChange={(submissionId) => setWho({ ...who, submissionId })} style={{ width: 300 }} options={view.session.anchors.map((id) => ({ value: id, label: view.names[id] ?? id }))} />
        </Form.Item>
      </Form>
      <Table
        size="small"
        bordered
        rowKey="code"
        pagination={false}
        scroll={{ y: 300 }}
        dataSource={indicators as Array<(typeof indicators)[number]>}
        columns={[
          { title: '指标', render: (_, i) => `${i.code} ${i.name}${i.key ? ' ★' : ''}` },
          { title: '原评分', width: 80, render: (_, i) => show(current[i.code]) },
          {
            title: S.newScore,
            width: 130,
            render: (_, i) =>
              i.scale === 'points' ? (
                <InputNumber size="small" min={0} max={i.points} value={changes[i.code]?.points} onChange={(v) => setChanges({ ...changes, [i.code]: { points: v ?? undefined } })} />
              ) : (
                <Select
                  size="small"
                  allowClear
                  placeholder={S.unchanged}
                  value={changes[i.code]?.level}
                  onChange={(level?: Level) => setChanges({ ...changes, [i.code]: { level } })}
                  options={LEVELS.map((l) => ({ value: l, label: l }))}
                  style={{ width: 90 }}
                  data-testid={`revise-level-${i.code}`}
                />
              ),
          },
        ]}
      />
      <Form layout="vertical" className="mt-12">
        <Form.Item label={S.reason} required help={reason.trim() ? undefined : S.reasonRequired}>
          <Input.TextArea rows={2} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={S.reasonPlaceholder} data-testid="revise-reason" />
        </Form.Item>
        <Form.Item label={S.passphrase} required extra={S.passphraseHint}>
          <Input.Password value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="off" data-testid="revise-passphrase" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
