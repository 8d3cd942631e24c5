import { Input, Select, Space } from 'antd'
import { sessionSelectors, useWorkbench } from '../../stores'
import { SUBMISSION_STATUSES, type SubmissionStatus } from './submissionStatus'
import { SUBMISSIONS_STRINGS as S } from './strings'

export interface Filters {
  query: string
  groupId?: string
  school?: string
  status?: SubmissionStatus
}

/** 协作组, 申报单位 and 状态 selects with a free-text search over school and program. */
export function SubmissionFilters({ value, onChange, schools }: { value: Filters; onChange: (f: Filters) => void; schools: string[] }) {
  const groups = useWorkbench(sessionSelectors.groups)
  return (
    <Space wrap className="submission-filters">
      <Input.Search allowClear placeholder={S.search} onChange={(e) => onChange({ ...value, query: e.target.value })} className="search-box" />
      <Select
        allowClear
        data-testid="filter-group"
        placeholder={S.filterGroup}
        value={value.groupId}
        onChange={(groupId?: string) => onChange({ ...value, groupId })}
        options={groups.map((g) => ({ value: g.id, label: g.name }))}
        popupMatchSelectWidth={false}
      />
      <Select
        allowClear
        data-testid="filter-school"
        className="filter-school"
        placeholder={S.filterSchool}
        value={value.school}
        onChange={(school?: string) => onChange({ ...value, school })}
        showSearch={{ optionFilterProp: 'label' }}
        options={schools.map((s) => ({ value: s, label: s }))}
        popupMatchSelectWidth={false}
      />
      <Select
        allowClear
        data-testid="filter-status"
        placeholder={S.filterStatus}
        value={value.status}
        onChange={(status?: SubmissionStatus) => onChange({ ...value, status })}
        options={SUBMISSION_STATUSES.map((s) => ({ value: s, label: S.status[s] }))}
      />
    </Space>
  )
}
