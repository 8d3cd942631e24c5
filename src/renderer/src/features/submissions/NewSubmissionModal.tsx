import { Form, Input, Modal, Select } from 'antd'
import { sessionSelectors, useActions, useWorkbench, type NewSubmission } from '../../stores'
import { useRun } from '../../app/useRun'
import { SUBMISSIONS_STRINGS as S } from './strings'

/** 新增申报: school, program, collaboration group, applicant. */
export function NewSubmissionModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const groups = useWorkbench(sessionSelectors.groups)
  const { addSubmission } = useActions()
  const run = useRun()
  const [form] = Form.useForm<NewSubmission>()

  async function submit(values: NewSubmission) {
    const done = await run(() => addSubmission(values), S.added)
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
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="school" label={S.school} rules={[{ required: true, whitespace: true, message: S.schoolRequired }]}>
          <Input maxLength={80} autoFocus />
        </Form.Item>
        <Form.Item name="program" label={S.program} rules={[{ required: true, whitespace: true, message: S.programRequired }]}>
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item name="groupId" label={S.group} rules={[{ required: true, message: S.groupRequired }]}>
          <Select data-testid="submission-group" options={groups.map((g) => ({ value: g.id, label: g.name }))} />
        </Form.Item>
        <Form.Item name="applicant" label={S.applicant}>
          <Input maxLength={40} placeholder={S.applicantPlaceholder} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
