import { useEffect, useState } from 'react'
import { Button, Space, Typography } from 'antd'
import { TableOutlined, UserAddOutlined } from '@ant-design/icons'
import { expertsSelectors, useActions, useWorkbench } from '../../stores'
import { ExpertsTable } from './ExpertsTable'
import { NewExpertModal } from './NewExpertModal'
import { ExpertImportWizard } from './ExpertImportWizard'
import { EXPERT_IMPORT_STRINGS as X } from './importStrings'
import { GroupsCard } from '../groups/GroupsCard'
import { WorkspaceKeyCard } from '../signing/WorkspaceKeyCard'
import { EXPERTS_STRINGS as S } from './strings'

/** 专家库: every expert of the workspace. */
export function ExpertPoolPage() {
  const pool = useWorkbench(expertsSelectors.pool)
  const { loadExperts } = useActions()
  const [adding, setAdding] = useState(false)
  const [importing, setImporting] = useState(false)
  useEffect(() => {
    void loadExperts().catch(() => undefined)
  }, [loadExperts])
  return (
    <div data-testid="expert-pool">
      <div className="page-title-row">
        <Space align="baseline" size={12}>
          <Typography.Title level={4}>{S.poolTitle}</Typography.Title>
          <Typography.Text type="secondary">{S.poolCount(pool.length)}</Typography.Text>
        </Space>
        <Space size={8}>
          <Button icon={<TableOutlined />} onClick={() => setImporting(true)} data-testid="import-experts">
            {X.button}
          </Button>
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setAdding(true)} data-testid="new-expert">
            {S.addExpert}
          </Button>
        </Space>
      </div>
      <WorkspaceKeyCard />
      <ExpertsTable experts={pool} emptyText={S.poolEmpty} testId="expert-pool-table" removable />
      <ExpertImportWizard open={importing} onClose={() => setImporting(false)} />
      <div className="groups-section">
        <GroupsCard />
      </div>
      <NewExpertModal open={adding} onClose={() => setAdding(false)} intoCampaign={false} />
    </div>
  )
}
