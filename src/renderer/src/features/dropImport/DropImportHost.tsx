import { useState } from 'react'
import { App, Typography } from 'antd'
import { InboxOutlined } from '@ant-design/icons'
import type { PickedFile } from '../../api'
import { campaignsSelectors, sessionSelectors, useActions, useWorkbench } from '../../stores'
import { RosterImportWizard } from '../intake/RosterImportWizard'
import { MaterialsImportModal } from '../intake/MaterialsImportModal'
import { ImportModal } from '../rubric/exchange/ImportModal'
import { useRubricFileImport } from '../rubric/exchange/useRubricFileImport'
import { dropKind, NEEDS_CAMPAIGN } from './dropKind'
import { packageDropHandler } from './packageDrop'
import { useWindowFileDrop } from '../../lib/useWindowFileDrop'
import { DROP_STRINGS as S } from './strings'
import './drop.css'

/** Electron: main copies the dropped file into the workspace's uploads (fast, no base64); browser: the File itself. */
async function asPicked(file: File): Promise<PickedFile> {
  const stage = window.files?.stageDropped
  if (!stage) return file
  const r = await stage(file)
  if (!r.ok) throw new Error(r.error.message)
  return r.value[0]!
}

/**
 * Drag and drop onto the window (issue 15): a roster, a materials zip, a rubric file or a package goes
 * to the same dialog as its button, with the same checks; anything else is named and refused. Drops
 * inside a dialog's own file box are left to that box. In an expert workspace only packages are taken.
 */
export function DropImportHost({ packagesOnly = false }: { packagesOnly?: boolean }) {
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const page = useWorkbench(sessionSelectors.page)
  const tab = useWorkbench(sessionSelectors.campaignTab)
  const { setCampaignTab } = useActions()
  const { message } = App.useApp()
  const rubricFile = useRubricFileImport()
  const [dialog, setDialog] = useState<{ kind: 'roster' | 'materials'; file: PickedFile } | null>(null)
  const inCampaign = page === 'campaign' && !!campaign

  const over = useWindowFileDrop((dt) => void route(dt))

  async function route(dt: DataTransfer) {
    const files = Array.from(dt.files)
    if (files.length !== 1) return void message.warning(S.oneAtATime)
    const file = files[0]!
    const entry = dt.items[0]?.webkitGetAsEntry?.()
    const kind = dropKind({ name: file.name, isDirectory: !!entry?.isDirectory }, { tab: page === 'campaign' ? tab : null })
    if (kind === 'folder') return void message.error(S.folder(file.name))
    if (kind === 'oldExcel') return void message.error(S.oldExcel(file.name))
    if (kind === 'unknown') return void message.error(S.unknown(file.name))
    // an expert workspace (issue 11) imports nothing of the secretariat's: only packages
    if (packagesOnly && kind !== 'package') return void message.info(S.expertOnlyPackages(file.name))
    if (NEEDS_CAMPAIGN.includes(kind) && !inCampaign) return void message.warning(S.needsCampaign(file.name))
    try {
      if (kind === 'rubric') return void (await rubricFile.importFile(file))
      if (kind === 'package') {
        // staged only when the handler needs the bytes here (a .wbscore); a .wbexp opens by its own path
        const h = packageDropHandler()
        return h ? h(file, () => asPicked(file)) : void message.info(S.noPackages)
      }
      const picked = await asPicked(file)
      if (tab !== 'submissions') setCampaignTab('submissions')
      setDialog({ kind, file: picked })
    } catch (e) {
      void message.error((e as Error).message)
    }
  }

  return (
    <>
      {over && (
        <div className="drop-overlay" data-testid="drop-overlay">
          <div className="drop-overlay-box">
            <InboxOutlined className="drop-overlay-icon" />
            <Typography.Title level={4}>{S.overlay}</Typography.Title>
            <Typography.Text type="secondary">{S.overlayHint}</Typography.Text>
          </div>
        </div>
      )}
      {inCampaign && !packagesOnly && (
        <>
          <RosterImportWizard open={dialog?.kind === 'roster'} initialFile={dialog?.kind === 'roster' ? dialog.file : null} onClose={() => setDialog(null)} />
          <MaterialsImportModal open={dialog?.kind === 'materials'} initialFile={dialog?.kind === 'materials' ? dialog.file : null} onClose={() => setDialog(null)} />
          {rubricFile.parsed && <ImportModal campaign={campaign} fileName={rubricFile.parsed.fileName} result={rubricFile.parsed.result} onClose={rubricFile.close} />}
        </>
      )}
    </>
  )
}
