import { useMemo, useState } from 'react'
import { programLabel, SUBJECT_KIND_LABELS, subjectKindFor } from '../../../../core/domain/subject'
import { subjectName } from '../../../../core/domain/submissionLabel'
import { Button, Space, Table, Tag, Typography } from 'antd'
import { FileZipOutlined, PlusOutlined, TableOutlined } from '@ant-design/icons'
import type { Submission } from '../../../../core/domain/workspace'
import { campaignsSelectors, sessionSelectors, useWorkbench } from '../../stores'
import { cnDate } from '../../lib/format'
import { RosterImportWizard } from '../intake/RosterImportWizard'
import { MaterialsImportModal } from '../intake/MaterialsImportModal'
import { MaterialsJobCard } from '../intake/MaterialsJobCard'
import { UnmatchedMaterials } from '../intake/UnmatchedMaterials'
import { NewSubmissionModal } from './NewSubmissionModal'
import { SubmissionDrawer } from './SubmissionDrawer'
import { SubmissionFilters, type Filters } from './SubmissionFilters'
import { hasStatus, panelCount } from './submissionStatus'
import { SUBMISSIONS_STRINGS as S } from './strings'
import { INTAKE_STRINGS as I } from '../intake/strings'

/**
 * 申报与材料: the submissions table (filter by 协作组, school and status; material count and 专家组 per
 * row), roster and materials import with progress, and a submission's details with its materials.
 */
export function SubmissionsTab() {
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const groups = useWorkbench(sessionSelectors.groups)
  const [dialog, setDialog] = useState<'add' | 'roster' | 'materials' | null>(null)
  const [filters, setFilters] = useState<Filters>({ query: '' })
  const [openId, setOpenId] = useState<string | null>(null)
  // memoised: opening a dialog or the drawer does not filter and sort 1,000 submissions again (issue 14)
  const schools = useMemo(
    () => [...new Set((campaign?.submissions ?? []).map((s) => s.school))].sort((a, b) => a.localeCompare(b, 'zh')),
    [campaign],
  )
  const rows = useMemo(() => {
    if (!campaign) return []
    const q = filters.query.trim()
    return campaign.submissions.filter(
      (s) =>
        (!q || s.school.includes(q) || s.program.includes(q) || subjectName(s).includes(q)) &&
        (!filters.groupId || s.groupId === filters.groupId) &&
        (!filters.school || s.school === filters.school) &&
        (!filters.status || hasStatus(campaign, s, filters.status)),
    )
  }, [campaign, filters])
  if (!campaign) return null
  const subjectKind = subjectKindFor(campaign.kind)
  const groupName = (id: string) => groups.find((g) => g.id === id)?.name ?? id
  const filtered = rows.length !== campaign.submissions.length

  return (
    <div data-testid="submissions">
      <div className="page-title-row">
        <Space wrap>
          <Typography.Text type="secondary" data-testid="submission-count">
            {filtered ? S.shown(rows.length, campaign.submissions.length) : S.count(campaign.submissions.length)}
          </Typography.Text>
          <SubmissionFilters value={filters} onChange={setFilters} schools={schools} />
        </Space>
        <Space>
          <Button icon={<TableOutlined />} onClick={() => setDialog('roster')} data-testid="import-roster">
            {I.rosterButton}
          </Button>
          <Button icon={<FileZipOutlined />} onClick={() => setDialog('materials')} disabled={!campaign.submissions.length} data-testid="import-materials">
            {I.materialsButton}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('add')} data-testid="add-submission">
            {S.add}
          </Button>
        </Space>
      </div>
      <MaterialsJobCard />
      <UnmatchedMaterials />
      <Table<Submission>
        data-testid="submissions-table"
        size="small"
        rowKey="id"
        sticky
        dataSource={rows}
        // paged, not scrolled: a secretary checks the list page by page and filters for the rest; 20
        // rows with a button each render at once (issue 14); more per page on request
        pagination={{ defaultPageSize: 20, hideOnSinglePage: true, showSizeChanger: true, pageSizeOptions: [20, 50, 100] }}
        locale={{ emptyText: campaign.submissions.length ? S.noMatch : S.empty }}
        onRow={(r) => ({ 'data-testid': `submission-row-${r.id}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          ...(subjectKind === 'program'
            ? []
            : [{ title: SUBJECT_KIND_LABELS[subjectKind], key: 'subject', render: (_: unknown, r: Submission) => <span data-testid={`subject-${r.id}`}>{subjectName(r)}</span> }]),
          { title: S.school, dataIndex: 'school', sorter: (a, b) => a.school.localeCompare(b.school, 'zh') },
          ...(subjectKind === 'achievement' ? [] : [{ title: programLabel(subjectKind), dataIndex: 'program' }]),
          { title: S.group, dataIndex: 'groupId', render: groupName },
          { title: S.applicant, dataIndex: 'applicant', width: 110 },
          {
            title: S.materials,
            width: 70,
            className: 'num',
            render: (_, r) => <span data-testid={`material-count-${r.id}`}>{r.materials.length || <span className="muted">—</span>}</span>,
          },
          {
            title: S.panel,
            width: 90,
            render: (_, r) => {
              const n = panelCount(campaign, r)
              if (!n) return <span className="muted">{S.unassigned}</span>
              return <Tag color={n < campaign.panel.size ? 'orange' : 'blue'}>{S.panelCount(n, campaign.panel.size)}</Tag>
            },
          },
          { title: S.createdAt, dataIndex: 'createdAt', width: 140, render: cnDate },
          {
            title: '',
            width: 64,
            render: (_, r) => (
              <Button size="small" type="link" onClick={() => setOpenId(r.id)} data-testid={`submission-details-${r.id}`}>
                {S.details}
              </Button>
            ),
          },
        ]}
      />
      <NewSubmissionModal open={dialog === 'add'} onClose={() => setDialog(null)} />
      <RosterImportWizard open={dialog === 'roster'} onClose={() => setDialog(null)} />
      <MaterialsImportModal open={dialog === 'materials'} onClose={() => setDialog(null)} />
      <SubmissionDrawer submissionId={openId} onClose={() => setOpenId(null)} />
    </div>
  )
}
