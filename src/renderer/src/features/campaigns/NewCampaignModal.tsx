import { Form, Input, Modal, Radio, Space, Typography } from 'antd'
import { REVIEW_KINDS, REVIEW_KIND_LABELS, type ReviewKind } from '../../../../core/domain/rubric'
import { sessionSelectors, useActions, useWorkbench } from '../../stores'
import { useRun } from '../../app/useRun'
import { CAMPAIGNS_STRINGS as S } from './strings'

interface Values {
  name: string
  kind: ReviewKind
}

/** 新建评审活动: a name and a kind; only kinds with a built-in template can be chosen. */
export function NewCampaignModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const templates = useWorkbench(sessionSelectors.templates)
  const { createCampaign, openCampaign } = useActions()
  const run = useRun()
  const [form] = Form.useForm<Values>()
  const firstKind = templates[0]?.kind

  async function submit(values: Values) {
    const template = templates.find((t) => t.kind === values.kind)
    const source = template ? { type: 'template' as const, templateId: template.id } : undefined
    const campaign = await run(() => createCampaign({ name: values.name, kind: values.kind, source }), S.created)
    if (!campaign) return
    form.resetFields()
    onClose()
    openCampaign(campaign.id)
  }

  return (
    <Modal
      title={S.modalTitle}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={S.create}
      cancelText={S.cancel}
      okButtonProps={{ 'data-testid': 'create-campaign-ok' }}
      destroyOnHidden
      width={560}
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: firstKind }} requiredMark={false}>
        <Form.Item name="name" label={S.name} rules={[{ required: true, whitespace: true, message: S.nameRequired }]}>
          <Input placeholder={S.namePlaceholder} maxLength={80} autoFocus />
        </Form.Item>
        <Form.Item name="kind" label={S.kind} rules={[{ required: true, message: S.kindRequired }]}>
          <Radio.Group>
            <Space orientation="vertical" size={6}>
              {REVIEW_KINDS.map((kind) => {
                const t = templates.find((x) => x.kind === kind)
                return (
                  <Radio key={kind} value={kind} disabled={!t} data-testid={`kind-${kind}`}>
                    <Typography.Text strong={!!t}>{REVIEW_KIND_LABELS[kind]}</Typography.Text>
                    <br />
                    <Typography.Text type="secondary" className="kind-template">
                      {t ? `${t.name} · ${S.templateShape(t.dimensionCount, t.indicatorCount, t.total)}` : S.noTemplate}
                    </Typography.Text>
                  </Radio>
                )
              })}
            </Space>
          </Radio.Group>
        </Form.Item>
      </Form>
    </Modal>
  )
}
