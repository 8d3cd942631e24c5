import { useState } from 'react'
import { Alert, Button, Input, Select, Space, Table } from 'antd'
import type { DiagnosisScreen } from '../../../../core/api/outputs'
import { useActions } from '../../stores'
import { useBusyRun } from '../../app/useBusyRun'
import { NewerSaved } from './NewerSaved'
import { keptOnStale, useKeptEdit } from './useKeptEdit'
import { DIAGNOSIS_STRINGS as S } from './strings'

type Issue = DiagnosisScreen['issues'][number]
type Kind = Issue['kind']

/** Two lists are the same edit when their rows say the same (ids are the core's, text is trimmed there). */
const sameRows = (rows: Issue[]) => JSON.stringify(rows.map((r) => [r.kind, r.dimensionCode, r.text.trim(), r.owner.trim(), r.deadline.trim()]))

/**
 * 问题清单: the rows (drafted from the scores until first saved), add and remove, then 保存问题清单.
 * Rows not yet saved stay when a part is saved, or another window's list arrives (useKeptEdit).
 */
export function IssueListEditor({ issues, drafted, dimensions }: { issues: Issue[]; drafted: boolean; dimensions: DiagnosisScreen['dimensions'] }) {
  const { saveDiagnosisIssues } = useActions()
  const { run, busy } = useBusyRun()
  const edit = useKeptEdit(issues, sameRows)
  const [rows, setRows] = [edit.value, edit.setValue]
  const [draft, setDraft] = useState<{ kind: Kind; text: string; owner: string; deadline: string; dimensionCode: string }>({ kind: 'mustFix', text: '', owner: '', deadline: '', dimensionCode: '' })
  const dim = (code: string) => dimensions.find((d) => d.code === code)?.name ?? ''
  const add = () => {
    if (!draft.text.trim()) return
    setRows([...rows, { ...draft, id: `new-${Date.now()}` }])
    setDraft({ ...draft, text: '', owner: '', deadline: '' })
  }
  const save = () => run(() => keptOnStale(() => saveDiagnosisIssues(rows.map(({ id, ...r }) => (id.startsWith('new-') || id.startsWith('draft-') ? r : { id, ...r }))), S.stale), S.saved)
  return (
    <Space orientation="vertical" size={8} className="full-width" data-testid="diagnosis-issues">
      {drafted && <Alert type="info" showIcon title={S.issueDrafted} />}
      {edit.newer && (
        <NewerSaved testId="issues-newer" onTake={edit.takeNewer} onKeep={edit.keepMine}>
          <span>{S.newerIssues(edit.newer.length)}{edit.newer.map((i) => i.text).join('；')}</span>
        </NewerSaved>
      )}
      <Table<Issue>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: S.issueColumns.kind, dataIndex: 'kind', width: 100, render: (k: Kind) => S.issueKinds[k] },
          { title: S.issueColumns.text, dataIndex: 'text', render: (t: string, r) => (r.dimensionCode ? `${t}（${dim(r.dimensionCode)}）` : t) },
          { title: S.issueColumns.owner, dataIndex: 'owner', width: 140 },
          { title: S.issueColumns.deadline, dataIndex: 'deadline', width: 110 },
          { title: S.issueColumns.action, width: 70, render: (_, r) => <Button size="small" type="link" danger onClick={() => setRows(rows.filter((x) => x.id !== r.id))}>{S.remove}</Button> },
        ]}
      />
      <Space wrap>
        <Select<Kind> value={draft.kind} onChange={(kind) => setDraft({ ...draft, kind })} style={{ width: 110 }} options={(['mustFix', 'suggest'] as const).map((k) => ({ value: k, label: S.issueKinds[k] }))} data-testid="issue-kind" />
        <Select value={draft.dimensionCode} onChange={(dimensionCode) => setDraft({ ...draft, dimensionCode })} style={{ width: 180 }} options={[{ value: '', label: '—' }, ...dimensions.map((d) => ({ value: d.code, label: d.name }))]} />
        <Input placeholder={S.issueText} value={draft.text} onChange={(e) => setDraft({ ...draft, text: e.target.value })} style={{ width: 320 }} maxLength={1000} data-testid="issue-text" />
        <Input placeholder={S.issueColumns.owner} value={draft.owner} onChange={(e) => setDraft({ ...draft, owner: e.target.value })} style={{ width: 140 }} maxLength={80} data-testid="issue-owner" />
        <Input placeholder={S.issueColumns.deadline} value={draft.deadline} onChange={(e) => setDraft({ ...draft, deadline: e.target.value })} style={{ width: 120 }} maxLength={40} data-testid="issue-deadline" />
        <Button onClick={add} data-testid="issue-add">{S.addIssue}</Button>
        <Button type="primary" loading={busy} onClick={() => void save()} data-testid="issues-save">{S.saveIssues}</Button>
      </Space>
    </Space>
  )
}
