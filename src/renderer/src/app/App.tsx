import { useEffect } from 'react'
import { Layout, Result, Spin } from 'antd'
import { sessionSelectors, useActions, useWorkbench } from '../stores'
import { AppSider } from './AppSider'
import { AppHeader } from './AppHeader'
import { APP_STRINGS as S } from './strings'
import { useLocationSync } from './useLocationSync'
import { useLeaveWarning } from './useLeaveWarning'
import { CampaignListPage } from '../features/campaigns/CampaignListPage'
import { ExpertPoolPage } from '../features/experts/ExpertPoolPage'
import { CampaignPage } from '../features/campaign/CampaignPage'
import { DamagedFileDialog } from './DamagedFileDialog'
import { ConnectionBanner } from './ConnectionBanner'
import { DropImportHost } from '../features/dropImport/DropImportHost'
import { PackageDropTarget } from '../features/packages/PackageDropTarget'
import { ExpertApp } from '../features/expertMode/ExpertApp'
import { VerifyPage } from '../features/verify/VerifyPage'

function CurrentPage() {
  useLocationSync()
  useLeaveWarning()
  const page = useWorkbench(sessionSelectors.page)
  switch (page) {
    case 'campaigns':
      return <CampaignListPage />
    case 'experts':
      return <ExpertPoolPage />
    case 'campaign':
      return <CampaignPage />
    case 'verify':
      return <VerifyPage />
  }
}

export function WorkbenchApp() {
  const booted = useWorkbench(sessionSelectors.booted)
  const bootError = useWorkbench(sessionSelectors.bootError)
  const expertWorkspace = useWorkbench(sessionSelectors.expertWorkspace)
  const { boot } = useActions()
  useEffect(() => {
    void boot()
  }, [boot])

  if (!booted) return <Spin fullscreen description={S.loading} />
  if (bootError)
    return (
      <>
        <Result status="error" title={S.bootFailed} subTitle={bootError} />
        <DamagedFileDialog />
      </>
    )
  // an expert's own workspace (issue 11): only what the expert needs, none of the secretariat's pages
  if (expertWorkspace) return <ExpertApp info={expertWorkspace} />
  return (
    <Layout className="app-root">
      <AppSider />
      <Layout>
        <AppHeader />
        <ConnectionBanner />
        <Layout.Content className="app-content" id="app-content">
          <CurrentPage />
        </Layout.Content>
        <DamagedFileDialog />
        <DropImportHost />
        <PackageDropTarget />
      </Layout>
    </Layout>
  )
}
