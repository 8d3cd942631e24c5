import { Form, Input, Modal, Select } from 'antd'
import { campaignsSelectors, sessionSelectors, useActions, useWorkbench, type NewSubmission } from '../../stores'
import { programLabel, programRequired, subjectKindFor } from '../../../../core/domain/subject'
import { SubjectFields, subjectFromValues, type SubjectValues } from './SubjectFields'
import { useBusyRun } from '../../app/useBusyRun'
import { SUBMISSIONS_STRINGS as S } from './strings'

type Values = Omit<NewSubmission, 'subject'> & SubjectValues

/** 新增申报: school, what is judged (a 专业, a person, a course, an achievement), 协作组, applicant. */
export function NewSubmissionModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const groups = useWorkbench(sessionSelectors.groups)
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const kind = subjectKindFor(campaign?.kind ?? 'diagnostic')
  const { addSubmission } = useActions()
  const { run, busy } = useBusyRun()
  const [form] = Form.useForm<Values>()

  async function submit(values: Values) {
    const { school, program, groupId, applicant, ...subject } = values
    const input: NewSubmission = { school, program: program ?? '', groupId, applicant, subject: subjectFromValues(kind, subject) }
    const done = await run(() => addSubmission(input), S.added)
    if (!done) return
    form.resetFields()
    onClose()
  }

  return (
    <Modal
      title={S.modalTitle}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={S.save}
      cancelText={S.cancel}
      okButtonProps={{ 'data-testid': 'submission-ok' }}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="school" label={S.school} rules={[{ required: true, whitespace: true, message: S.schoolRequired }]}>
          <Input maxLength={80} autoFocus />
        </Form.Item>
        <SubjectFields kind={kind} />
        <Form.Item
          name="program"
          label={kind === 'program' ? S.program : programLabel(kind)}
          rules={programRequired(kind) ? [{ required: true, whitespace: true, message: S.programRequired }] : []}
        >
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item name="groupId" label={S.group} rules={[{ required: true, message: S.groupRequired }]}>
          <Select data-testid="submission-group" options={groups.filter((g) => !g.retiredAt).map((g) => ({ value: g.id, label: g.name }))} />
        </Form.Item>
        <Form.Item name="applicant" label={S.applicant}>
          <Input maxLength={40} placeholder={S.applicantPlaceholder} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
