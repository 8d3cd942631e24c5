import { useEffect, useState } from 'react'
import { Button, Space, Typography } from 'antd'
import { UserAddOutlined } from '@ant-design/icons'
import { expertsSelectors, useActions, useWorkbench } from '../../stores'
import { ExpertsTable } from './ExpertsTable'
import { NewExpertModal } from './NewExpertModal'
import { EXPERTS_STRINGS as S } from './strings'

/** 专家库: every expert of the workspace. */
export function ExpertPoolPage() {
  const pool = useWorkbench(expertsSelectors.pool)
  const { loadExperts } = useActions()
  const [adding, setAdding] = useState(false)
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
        <Button type="primary" icon={<UserAddOutlined />} onClick={() => setAdding(true)} data-testid="new-expert">
          {S.addExpert}
        </Button>
      </div>
      <ExpertsTable experts={pool} emptyText={S.poolEmpty} testId="expert-pool-table" removable />
      <NewExpertModal open={adding} onClose={() => setAdding(false)} intoCampaign={false} />
    </div>
  )
}
