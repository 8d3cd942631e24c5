import { Form, Input, Modal, Select } from 'antd'
import type { In } from '../../../../core/api/contract'
import { sessionSelectors, useActions, useWorkbench } from '../../stores'
import { useRun } from '../../app/useRun'
import { EXPERTS_STRINGS as S } from './strings'

type Values = In<'experts.add'>

/** 新增专家 into the pool; with `intoCampaign`, also into the open campaign. */
export function NewExpertModal({ open, onClose, intoCampaign }: { open: boolean; onClose: () => void; intoCampaign: boolean }) {
  const groups = useWorkbench(sessionSelectors.groups)
  const { addExpert, addNewExpertToCampaign } = useActions()
  const run = useRun()
  const [form] = Form.useForm<Values>()

  async function submit(values: Values) {
    const add = intoCampaign ? addNewExpertToCampaign : addExpert
    const done = await run(() => add(values), intoCampaign ? S.added : S.saved)
    if (!done) return
    form.resetFields()
    onClose()
  }

  return (
    <Modal
      title={intoCampaign ? S.modalTitleCampaign : S.modalTitle}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={S.save}
      cancelText={S.cancel}
      okButtonProps={{ 'data-testid': 'expert-ok' }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="name" label={S.name} rules={[{ required: true, whitespace: true, message: S.nameRequired }]}>
          <Input maxLength={40} autoFocus />
        </Form.Item>
        <Form.Item name="unit" label={S.unit} rules={[{ required: true, whitespace: true, message: S.unitRequired }]}>
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item name="title" label={S.title}>
          <Input maxLength={40} placeholder={S.optional} />
        </Form.Item>
        <Form.Item name="groupIds" label={S.groups}>
          <Select mode="multiple" data-testid="expert-groups" options={groups.map((g) => ({ value: g.id, label: g.name }))} placeholder={S.optional} />
        </Form.Item>
        <Form.Item name="contact" label={S.contact}>
          <Input maxLength={80} placeholder={S.optional} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
