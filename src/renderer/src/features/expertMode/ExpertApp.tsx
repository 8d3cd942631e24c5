import { Layout } from 'antd'
import type { ExpertWorkspaceInfo } from '../../../../core/domain/expertWorkspace'
import { useLocationSync } from '../../app/useLocationSync'
import { useLeaveWarning } from '../../app/useLeaveWarning'
import { ConnectionBanner } from '../../app/ConnectionBanner'
import { DamagedFileDialog } from '../../app/DamagedFileDialog'
import { DropImportHost } from '../dropImport/DropImportHost'
import { PackageDropTarget } from '../packages/PackageDropTarget'
import { ExpertHeader } from './ExpertHeader'
import { ExpertHome } from './ExpertHome'
import { useExpertPlace } from './useExpertPlace'
import './expertMode.css'

/**
 * The window of an expert workspace (issue 11; docs/design/screens.md, Expert): a header that says
 * whose package this is and until when, and the expert's home — no navigation, none of the
 * secretariat's tabs. Addresses still work for Back/Forward and reload (one open sheet).
 */
export function ExpertApp({ info }: { info: ExpertWorkspaceInfo }) {
  useLocationSync()
  useLeaveWarning()
  useExpertPlace(info)
  return (
    <Layout className="app-root expert-app" data-testid="expert-app">
      <ExpertHeader info={info} />
      <ConnectionBanner />
      <Layout.Content className="app-content" id="app-content">
        <ExpertHome info={info} />
      </Layout.Content>
      <DamagedFileDialog />
      <DropImportHost packagesOnly />
      <PackageDropTarget />
    </Layout>
  )
}
