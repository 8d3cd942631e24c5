import { Layout, Select, Typography } from 'antd'
import { FolderOpenOutlined } from '@ant-design/icons'
import { campaignsSelectors, sessionSelectors, useActions, useWorkbench } from '../stores'
import { SaveState } from './SaveState'
import { APP_STRINGS as S } from './strings'
import { WorkspaceSwitch } from '../features/start/WorkspaceSwitch'

export function AppHeader() {
  const workspaceName = useWorkbench(sessionSelectors.workspaceName)
  const cards = useWorkbench(campaignsSelectors.cards)
  const campaignId = useWorkbench(sessionSelectors.campaignId)
  const page = useWorkbench(sessionSelectors.page)
  const { openCampaign } = useActions()
  return (
    <Layout.Header className="app-header">
      <div className="app-header-left">
        <Typography.Text strong data-testid="workspace-name" className="workspace-name" ellipsis={{ tooltip: workspaceName }}>
          <FolderOpenOutlined /> {workspaceName}
        </Typography.Text>
        <WorkspaceSwitch />
        <Select
          data-testid="campaign-switcher"
          className="campaign-switcher"
          placeholder={S.campaignSwitcher}
          value={page === 'campaign' ? campaignId : null}
          onChange={(id: string) => openCampaign(id)}
          options={cards.filter((c) => !c.damaged).map((c) => ({ value: c.id, label: c.name }))}
          popupMatchSelectWidth={false}
          showSearch={{ optionFilterProp: 'label' }}
          title={cards.find((c) => c.id === campaignId)?.name}
        />
      </div>
      <SaveState />
    </Layout.Header>
  )
}
