import { Col, Divider, Form, Input, Modal, Row, Select } from 'antd'
import type { In } from '../../../../core/api/contract'
import type { Expert } from '../../../../core/domain/workspace'
import { sessionSelectors, useActions, useWorkbench } from '../../stores'
import { useBusyRun } from '../../app/useBusyRun'
import { ConflictDataFields } from './ConflictDataFields'
import { EXPERTS_STRINGS as S } from './strings'
import './experts.css'

type Values = In<'experts.add'>

/** Empty optional numbers come back from InputNumber as null; the api wants them absent. */
function clean(v: Values): Values {
  return {
    ...v,
    formerUnits: (v.formerUnits ?? []).map(({ from, ...f }) => (from == null ? f : { ...f, from })),
    relations: (v.relations ?? []).map(({ year, ...r }) => (year == null ? r : { ...r, year })),
  }
}

/**
 * 新增专家 into the pool (with `intoCampaign`, also into the open campaign), or 编辑 one (`expert`):
 * identity, 协作组 and fields, and the 回避 data.
 */
export function NewExpertModal({ open, onClose, intoCampaign, expert }: { open: boolean; onClose: () => void; intoCampaign: boolean; expert?: Expert }) {
  const groups = useWorkbench(sessionSelectors.groups)
  const { addExpert, addNewExpertToCampaign, updateExpert } = useActions()
  const { run, busy } = useBusyRun()
  const [form] = Form.useForm<Values>()

  async function submit(values: Values) {
    const v = clean(values)
    const done = expert
      ? await run(() => updateExpert({ ...v, expertId: expert.id }), S.saved)
      : await run(() => (intoCampaign ? addNewExpertToCampaign : addExpert)(v), intoCampaign ? S.added : S.saved)
    if (!done) return
    form.resetFields()
    onClose()
  }

  return (
    <Modal
      title={expert ? S.editTitle(expert.name) : intoCampaign ? S.modalTitleCampaign : S.modalTitle}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={S.save}
      cancelText={S.cancel}
      okButtonProps={{ 'data-testid': 'expert-ok' }}
      confirmLoading={busy}
      width={760}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} initialValues={expert} className="expert-form">
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="name" label={S.name} rules={[{ required: true, whitespace: true, message: S.nameRequired }]}>
              <Input maxLength={40} autoFocus />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="unit" label={S.unit} rules={[{ required: true, whitespace: true, message: S.unitRequired }]}>
              <Input maxLength={80} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="title" label={S.title}>
              <Input maxLength={40} placeholder={S.optional} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="contact" label={S.contact}>
              <Input maxLength={80} placeholder={S.optional} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="groupIds" label={S.groups}>
              <Select mode="multiple" data-testid="expert-groups" options={groups.map((g) => ({ value: g.id, label: g.name }))} placeholder={S.optional} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="fields" label={S.fields}>
              <Select mode="tags" data-testid="expert-fields" open={false} suffixIcon={null} placeholder={S.fieldsPlaceholder} tokenSeparators={['，', ',', '、']} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start" plain className="expert-divider">
          {S.conflictData}
        </Divider>
        <ConflictDataFields />
      </Form>
    </Modal>
  )
}
