import { submissionLabel, subjectOf } from '../../../../core/domain/submissionLabel'
import { useState } from 'react'
import { Button, Descriptions, Drawer, Space, Tag, Typography } from 'antd'
import { CrownOutlined, FileAddOutlined, FileZipOutlined } from '@ant-design/icons'
import { campaignExperts, campaignsSelectors, expertsSelectors, sessionSelectors, useWorkbench } from '../../stores'
import { cnDate } from '../../lib/format'
import { MaterialsTable } from '../materials/MaterialsTable'
import { MaterialView } from '../materials/MaterialView'
import { materialKey } from '../materials/materialKind'
import { MaterialsImportModal } from '../intake/MaterialsImportModal'
import { AddFilesModal } from '../materials/AddFilesModal'
import { ADD_FILES_STRINGS as A } from '../materials/addFilesStrings'
import { SUBMISSIONS_STRINGS as S } from './strings'

/** A submission's details: its fields, its 专家组, its materials with a preview, and an upload for it alone. */
export function SubmissionDrawer({ submissionId, onClose }: { submissionId: string | null; onClose: () => void }) {
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const pool = useWorkbench(expertsSelectors.pool)
  const groups = useWorkbench(sessionSelectors.groups)
  const [previewSha, setPreviewSha] = useState<string | null>(null)
  const [uploading, setUploading] = useState(false)
  const [adding, setAdding] = useState(false)
  const s = campaign?.submissions.find((x) => x.id === submissionId)
  const panel = s && campaign?.assignments[s.id]
  const members = panel ? campaignExperts(pool, panel.expertIds) : []
  const preview = s?.materials.find((m) => materialKey(m) === previewSha) ?? null

  function close() {
    setPreviewSha(null)
    onClose()
  }

  return (
    <Drawer open={!!s} onClose={close} size={920} title={s ? submissionLabel(s) : ''} destroyOnHidden data-testid="submission-drawer">
      {s && (
        <Space orientation="vertical" size={16} className="full-width">
          <Descriptions
            size="small"
            column={2}
            bordered
            items={[
              // what is judged, field by field (the secretariat sees the contact too)
              ...subjectOf(s, campaign?.kind).fields.map((f) => ({ key: `s-${f.key}`, label: f.label, children: f.value })),
              { key: 'group', label: S.group, children: groups.find((g) => g.id === s.groupId)?.name ?? s.groupId },
              { key: 'applicant', label: S.applicant, children: s.applicant || '—' },
              { key: 'created', label: S.createdAt, children: cnDate(s.createdAt) },
              { key: 'id', label: S.id, children: <Typography.Text copyable>{s.id}</Typography.Text> },
              ...Object.entries(s.extra).map(([k, v]) => ({ key: `x-${k}`, label: k, children: v })),
              {
                key: 'panel',
                label: S.panelMembers,
                span: 2,
                children: members.length ? (
                  <Space size={[4, 4]} wrap>
                    {members.map((e) => (
                      <Tag key={e.id} icon={panel?.chairId === e.id ? <CrownOutlined /> : undefined} color={panel?.chairId === e.id ? 'gold' : undefined}>
                        {e.name}
                        {panel?.chairId === e.id ? `（${S.chair}）` : ''}
                      </Tag>
                    ))}
                  </Space>
                ) : (
                  <span className="muted">{S.noPanel}</span>
                ),
              },
            ]}
          />
          <div className="page-title-row">
            <Typography.Text strong>{S.materialsTitle(s.materials.length)}</Typography.Text>
            <Space size={8}>
              <Button size="small" type="primary" icon={<FileAddOutlined />} onClick={() => setAdding(true)} data-testid="add-files">
                {A.button}
              </Button>
              <Button size="small" icon={<FileZipOutlined />} onClick={() => setUploading(true)} data-testid="upload-one">
                {S.uploadOne}
              </Button>
            </Space>
          </div>
          <MaterialsTable materials={s.materials} selected={previewSha} onPreview={setPreviewSha} />
          {preview && (
            <div className="drawer-viewer" data-testid="drawer-viewer">
              <MaterialView material={preview} submissionId={s.id} />
            </div>
          )}
          <AddFilesModal open={adding} onClose={() => setAdding(false)} submissionId={s.id} />
          <MaterialsImportModal open={uploading} onClose={() => setUploading(false)} submissionId={s.id} />
        </Space>
      )}
    </Drawer>
  )
}
