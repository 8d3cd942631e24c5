import { useState } from 'react'
import { App, Button, Card, Form, Input, Modal, Select, Table, Typography } from 'antd'
import { LinkOutlined } from '@ant-design/icons'
import type { UnmatchedMaterial } from '../../../../core/domain/workspace'
import { campaignsSelectors, useActions, useWorkbench } from '../../stores'
import { useBusyRun } from '../../app/useBusyRun'
import { ADD_FILES_STRINGS as S } from '../materials/addFilesStrings'

/** 未匹配的材料: files an import could not match, each with 关联到申报… (a submission select and an optional reason). */
export function UnmatchedMaterials() {
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const [target, setTarget] = useState<UnmatchedMaterial | null>(null)
  const list = campaign?.unmatchedMaterials ?? []
  if (!campaign || list.length === 0) return null
  return (
    <Card size="small" title={S.unmatchedTitle(list.length)} data-testid="unmatched-materials">
      <Typography.Paragraph type="secondary" className="small">
        {S.unmatchedHelp}
      </Typography.Paragraph>
      <Table<UnmatchedMaterial>
        size="small"
        rowKey={(m) => `${m.sha256}/${m.path}`}
        dataSource={list}
        pagination={{ pageSize: 8, hideOnSinglePage: true, showSizeChanger: false }}
        columns={[
          { title: S.colName, dataIndex: 'path', className: 'material-name' },
          { title: S.colSource, dataIndex: 'source', width: 200 },
          {
            title: '',
            width: 140,
            render: (_: unknown, m) => (
              <Button size="small" icon={<LinkOutlined />} onClick={() => setTarget(m)} data-testid="attach-unmatched">
                {S.attach}
              </Button>
            ),
          },
        ]}
      />
      <AttachModal material={target} onClose={() => setTarget(null)} />
    </Card>
  )
}

function AttachModal({ material, onClose }: { material: UnmatchedMaterial | null; onClose: () => void }) {
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const { attachUnmatched } = useActions()
  const { message } = App.useApp()
  const { run, busy } = useBusyRun()
  const [submissionId, setSubmissionId] = useState<string | undefined>()
  const [reason, setReason] = useState('')
  const label = (id: string) => {
    const s = campaign?.submissions.find((x) => x.id === id)
    return s ? `${s.school}「${s.program}」` : id
  }
  async function attach() {
    if (!material || !submissionId) return
    const ok = await run(() => attachUnmatched({ submissionId, sha256: material.sha256, path: material.path, reason }))
    if (ok === undefined) return
    void message.success(S.attached(material.name, label(submissionId)))
    setSubmissionId(undefined)
    setReason('')
    onClose()
  }
  return (
    <Modal
      open={!!material}
      title={material ? S.attachTitle(material.path) : ''}
      onCancel={onClose}
      onOk={() => void attach()}
      okText={S.attachOk}
      cancelText="取消"
      okButtonProps={{ disabled: !submissionId, loading: busy, 'data-testid': 'attach-ok' }}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={S.chooseSubmission}>
          <Select
            data-testid="attach-submission"
            value={submissionId}
            onChange={setSubmissionId}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={S.chooseSubmission}
            options={(campaign?.submissions ?? []).map((s) => ({ value: s.id, label: `${s.school}「${s.program}」` }))}
          />
        </Form.Item>
        <Form.Item label={S.reason}>
          <Input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} placeholder={S.reasonPlaceholder} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
