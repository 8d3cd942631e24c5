import { useRef, useState } from 'react'
import { App, Form, Input, Modal, Radio, Select, Space, Typography, type ButtonProps } from 'antd'
import type { In } from '../../../../core/api/contract'
import { CAMPAIGN_NAME_MAX_CHARS } from '../../../../core/domain/limits'
import { REVIEW_KINDS, REVIEW_KIND_LABELS, type ReviewKind } from '../../../../core/domain/rubric'
import { campaignsSelectors, sessionSelectors, useActions, useWorkbench } from '../../stores'
import { useRun } from '../../app/useRun'
import { ApiError } from '../../api'
import { CAMPAIGNS_STRINGS as S } from './strings'

type SourceType = 'template' | 'campaign' | 'blank'

interface Values {
  name: string
  kind: ReviewKind
  sourceType: SourceType
  templateId?: string
  fromCampaignId?: string
}

/**
 * 新建评审活动: a name, a kind, and where its rubric comes from — a built-in template of the kind,
 * a copy of an earlier campaign's rubric of the same kind, or a blank one to build in 指标体系.
 */
export function NewCampaignModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const templates = useWorkbench(sessionSelectors.templates)
  const cards = useWorkbench(campaignsSelectors.cards)
  const { createCampaign, openCampaign } = useActions()
  const run = useRun()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  // a second click while the first create is on its way must not create a second campaign (issue 9 item 9):
  // the ref stops it at once, the state shows it on the button
  const pendingRef = useRef(false)
  const [pending, setPending] = useState(false)
  const kind = Form.useWatch('kind', form)
  const sourceType = Form.useWatch('sourceType', form)
  const firstKind = templates[0]?.kind ?? REVIEW_KINDS[0]
  const kindTemplates = templates.filter((t) => t.kind === kind)
  const kindCampaigns = cards.filter((c) => !c.damaged && c.kind === kind)

  function kindChanged(next: ReviewKind) {
    const sameKind = cards.some((c) => !c.damaged && c.kind === next)
    form.setFieldsValue({
      templateId: templates.find((t) => t.kind === next)?.id,
      fromCampaignId: undefined,
      ...(form.getFieldValue('sourceType') === 'campaign' && !sameKind ? { sourceType: 'template' as const } : {}),
    })
  }

  async function submit(values: Values) {
    if (pendingRef.current) return
    pendingRef.current = true
    setPending(true)
    try {
      await create(values)
    } finally {
      pendingRef.current = false
      setPending(false)
    }
  }

  async function create(values: Values) {
    const source: In<'campaigns.create'>['source'] =
      values.sourceType === 'blank'
        ? { type: 'blank' }
        : values.sourceType === 'campaign'
          ? { type: 'campaign', campaignId: values.fromCampaignId! }
          : values.templateId
            ? { type: 'template', templateId: values.templateId }
            : undefined
    let nameTaken: string | undefined
    const campaign = await run(async () => {
      try {
        return await createCampaign({ name: values.name, kind: values.kind, source })
      } catch (e) {
        // a name already used is told at the name, where it is changed
        nameTaken = e instanceof ApiError ? e.issues?.find((i) => i.path === 'name')?.message : undefined
        if (!nameTaken) throw e
        return undefined
      }
    })
    if (nameTaken) form.setFields([{ name: 'name', errors: [nameTaken] }])
    if (!campaign) return
    void message.success(S.created)
    form.resetFields()
    onClose()
    // a blank rubric is built first
    openCampaign(campaign.id, values.sourceType === 'blank' ? 'rubric' : undefined)
  }

  return (
    <Modal
      title={S.modalTitle}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={S.create}
      cancelText={S.cancel}
      okButtonProps={{ 'data-testid': 'create-campaign-ok', disabled: pending } as ButtonProps}
      confirmLoading={pending}
      destroyOnHidden
      width={600}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={(changed: Partial<Values>) => changed.kind && kindChanged(changed.kind)}
        initialValues={{ kind: firstKind, sourceType: 'template', templateId: templates.find((t) => t.kind === firstKind)?.id }}
        requiredMark={false}
      >
        <Form.Item
          name="name"
          label={S.name}
          rules={[
            { required: true, whitespace: true, message: S.nameRequired },
            // refused visibly, never cut (issue 9 item 11); the core refuses the same length
            { max: CAMPAIGN_NAME_MAX_CHARS, message: S.nameTooLong(CAMPAIGN_NAME_MAX_CHARS) },
          ]}
        >
          <Input placeholder={S.namePlaceholder} count={{ show: true, max: CAMPAIGN_NAME_MAX_CHARS }} autoFocus data-testid="campaign-name" />
        </Form.Item>
        <Form.Item name="kind" label={S.kind} rules={[{ required: true, message: S.kindRequired }]}>
          <Radio.Group>
            <Space orientation="vertical" size={6}>
              {REVIEW_KINDS.map((k) => {
                const t = templates.find((x) => x.kind === k)
                return (
                  <Radio key={k} value={k} data-testid={`kind-${k}`}>
                    <Typography.Text strong>{REVIEW_KIND_LABELS[k]}</Typography.Text>
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
        <Form.Item name="sourceType" label={S.source}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'template', label: <span data-testid="source-template">{S.sourceTemplate}</span>, disabled: !kindTemplates.length },
              { value: 'campaign', label: <span data-testid="source-campaign">{S.sourceCampaign}</span>, disabled: !kindCampaigns.length },
              { value: 'blank', label: <span data-testid="source-blank">{S.sourceBlank}</span> },
            ]}
          />
        </Form.Item>
        {sourceType === 'template' && (
          <Form.Item name="templateId" label={S.template} rules={[{ required: true, message: S.templateRequired }]}>
            <Select
              data-testid="source-template-select"
              options={kindTemplates.map((t) => ({ value: t.id, label: `${t.name}（${S.templateShape(t.dimensionCount, t.indicatorCount, t.total)}）` }))}
            />
          </Form.Item>
        )}
        {sourceType === 'campaign' && (
          <Form.Item name="fromCampaignId" label={S.fromCampaign} rules={[{ required: true, message: S.fromCampaignRequired }]} extra={S.fromCampaignHint}>
            <Select
              data-testid="source-campaign-select"
              placeholder={S.fromCampaignPlaceholder}
              options={kindCampaigns.map((c) => ({ value: c.id, label: c.name }))}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
        )}
        {sourceType === 'blank' && <Typography.Paragraph type="secondary">{S.blankHint}</Typography.Paragraph>}
      </Form>
    </Modal>
  )
}
