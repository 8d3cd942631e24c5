import { submissionLabel } from '../../../../core/domain/submissionLabel'
import { Form, Input, Modal, Select, Typography } from 'antd'
import { campaignExperts, campaignsSelectors, expertsSelectors, useActions, useWorkbench } from '../../stores'
import { useBusyRun } from '../../app/useBusyRun'
import { PANEL_STRINGS as S } from './strings'

export interface DecideTarget {
  decision: 'conflict' | 'noConflict'
  /** absent: 手动认定回避, the user picks the pair */
  expertId?: string
  submissionId?: string
  label?: string
}

interface Values {
  expertId: string
  submissionId: string
  reason: string
}

/** 认定: 需回避 or 无需回避 for a pair, always with a reason (it goes to the audit log). */
export function DecideConflictModal({ target, onClose }: { target: DecideTarget | null; onClose: () => void }) {
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const pool = useWorkbench(expertsSelectors.pool)
  const { decideConflict } = useActions()
  const { run, busy } = useBusyRun()
  const [form] = Form.useForm<Values>()
  if (!campaign) return null
  const manual = !!target && !target.expertId

  async function submit(v: Values) {
    if (!target) return
    const expertId = target.expertId ?? v.expertId
    const submissionId = target.submissionId ?? v.submissionId
    const ok = await run(() => decideConflict({ expertId, submissionId, decision: target.decision, reason: v.reason }).then(() => true), S.decided)
    if (ok) {
      form.resetFields()
      onClose()
    }
  }

  return (
    <Modal
      title={target ? (manual ? S.manualConflict : S.decideTitle(target.decision)) : ''}
      open={!!target}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText={target?.decision === 'conflict' ? S.decideConflict : S.decideClear}
      okButtonProps={{ danger: target?.decision === 'conflict', 'data-testid': 'decide-ok' }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        {target?.label && <Typography.Paragraph strong>{target.label}</Typography.Paragraph>}
        {manual && (
          <>
            <Typography.Paragraph type="secondary">{S.manualConflictHint}</Typography.Paragraph>
            <Form.Item name="expertId" label={S.chooseExpert} rules={[{ required: true, message: S.chooseExpert }]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={campaignExperts(pool, campaign.expertIds).map((e) => ({ value: e.id, label: `${e.name}（${e.unit}）` }))}
              />
            </Form.Item>
            <Form.Item name="submissionId" label={S.chooseSubmission} rules={[{ required: true, message: S.chooseSubmission }]}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={campaign.submissions.map((s) => ({ value: s.id, label: submissionLabel(s) }))} />
            </Form.Item>
          </>
        )}
        <Form.Item name="reason" label={S.reason} rules={[{ required: true, whitespace: true, message: S.reasonRequired }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} placeholder={S.reasonPlaceholder} data-testid="decide-reason" autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  )
}
