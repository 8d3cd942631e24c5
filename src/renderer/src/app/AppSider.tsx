import { Layout, Menu } from 'antd'
import { AuditOutlined, SafetyCertificateOutlined, TeamOutlined } from '@ant-design/icons'
import { sessionSelectors, useActions, useWorkbench } from '../stores'
import { APP_STRINGS as S } from './strings'

export function AppSider() {
  const page = useWorkbench(sessionSelectors.page)
  const { goCampaigns, goExperts, goVerify } = useActions()
  const selected = page === 'experts' || page === 'verify' ? page : 'campaigns'
  return (
    <Layout.Sider width={200} theme="light" className="app-sider">
      <div className="app-brand">
        <div className="app-brand-mark">{S.brandMark}</div>
        <div>
          <div className="app-brand-name">{S.product}</div>
          <div className="app-brand-sub">{S.alliance}</div>
        </div>
      </div>
      <Menu
        mode="inline"
        selectedKeys={[selected]}
        onClick={({ key }) => (key === 'experts' ? goExperts() : key === 'verify' ? goVerify() : goCampaigns())}
        items={[
          { key: 'campaigns', icon: <AuditOutlined />, label: <span data-testid="nav-campaigns">{S.navCampaigns}</span> },
          { key: 'experts', icon: <TeamOutlined />, label: <span data-testid="nav-experts">{S.navExperts}</span> },
          { key: 'verify', icon: <SafetyCertificateOutlined />, label: <span data-testid="nav-verify">{S.navVerify}</span> },
        ]}
      />
    </Layout.Sider>
  )
}
