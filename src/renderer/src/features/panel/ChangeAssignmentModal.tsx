import { submissionLabel } from '../../../../core/domain/submissionLabel'
import { Form, Input, Modal, Select } from 'antd'
import { campaignExperts, campaignsSelectors, expertsSelectors, panelSelectors, useActions, useWorkbench } from '../../stores'
import { useBusyRun } from '../../app/useBusyRun'
import { PANEL_STRINGS as S } from './strings'

export interface ChangeTarget {
  submissionId: string
  /** set: 移出 this expert; absent: 加入 one */
  remove?: string
  /** set: make this member the 组长 */
  chair?: string
}

/** 手动调整: add an expert to a panel or take one off, always with a reason (it goes to the log). */
export function ChangeAssignmentModal({ target, onClose }: { target: ChangeTarget | null; onClose: () => void }) {
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const pool = useWorkbench(expertsSelectors.pool)
  const view = useWorkbench(panelSelectors.assignment)
  const conflicts = useWorkbench(panelSelectors.conflicts)
  const { changeAssignment } = useActions()
  const { run, busy } = useBusyRun()
  const [form] = Form.useForm<{ expertId: string; reason: string }>()
  if (!campaign) return null
  const s = campaign.submissions.find((x) => x.id === target?.submissionId)
  const label = s ? submissionLabel(s) : ''
  const members: readonly string[] = campaign.assignments[target?.submissionId ?? '']?.expertIds ?? []
  const experts = campaignExperts(pool, campaign.expertIds)
  const removed = experts.find((e) => e.id === target?.remove)
  const chair = experts.find((e) => e.id === target?.chair)
  const statusOf = (expertId: string) => conflicts?.find((c) => c.expertId === expertId && c.submissionId === target?.submissionId)?.status ?? 'clear'

  async function submit(v: { expertId?: string; reason: string }) {
    if (!target) return
    const change = target.chair ? { chairId: target.chair } : target.remove ? { remove: target.remove } : { add: v.expertId }
    const ok = await run(() => changeAssignment({ submissionId: target.submissionId, ...change, reason: v.reason }).then(() => true), S.changed)
    if (ok) {
      form.resetFields()
      onClose()
    }
  }

  return (
    <Modal
      title={target?.chair ? S.changeTitleChair(chair?.name ?? '', label) : target?.remove ? S.changeTitleRemove(removed?.name ?? '', label) : S.changeTitleAdd(label)}
      open={!!target}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText={target?.chair ? S.makeChair : target?.remove ? S.removeMember : S.addMember}
      okButtonProps={{ danger: !!target?.remove, 'data-testid': 'change-ok' }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        {!target?.remove && !target?.chair && (
          <Form.Item name="expertId" label={S.chooseExpert} rules={[{ required: true, message: S.chooseExpert }]}>
            <Select
              data-testid="change-expert"
              showSearch={{ optionFilterProp: 'label' }}
              options={experts
                .filter((e) => !members.includes(e.id))
                .map((e) => {
                  const status = statusOf(e.id)
                  const note = status === 'blocked' ? `（${S.blockedOption}）` : status === 'suspected' ? `（${S.suspectedOption}）` : ''
                  return { value: e.id, disabled: status !== 'clear', label: `${e.name}（${e.unit}）· ${S.load(view?.load[e.id] ?? 0)}${note}` }
                })}
            />
          </Form.Item>
        )}
        <Form.Item name="reason" label={S.changeReason} rules={[{ required: true, whitespace: true, message: S.changeReasonRequired }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} placeholder={S.changeReasonPlaceholder} data-testid="change-reason" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
