import { useEffect, useState } from 'react'
import { Space } from 'antd'
import { campaignsSelectors, rubricSelectors, useActions, useWorkbench } from '../../stores'
import { RubricStatusBar } from './RubricStatusBar'
import { RubricNotes } from './RubricNotes'
import { RubricView } from './RubricView'
import { RubricEditor } from './editor/RubricEditor'
import { RubricPreviewDrawer } from './preview/RubricPreviewDrawer'
import './rubric.css'

/**
 * 指标体系: the campaign's rubric with its version, frozen state and change notes; the editor when
 * it is being changed; the expert's-eye preview; JSON / Excel export and import.
 */
export function RubricTab() {
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const draft = useWorkbench(rubricSelectors.draft)
  const { loadCampaign } = useActions()
  const [previewing, setPreviewing] = useState(false)
  const campaignId = campaign?.id
  // scoring elsewhere may have frozen the rubric since the campaign was read
  useEffect(() => {
    if (campaignId) void loadCampaign(campaignId).catch(() => undefined)
  }, [campaignId, loadCampaign])
  if (!campaign) return null
  return (
    <Space orientation="vertical" size={12} className="full-width" data-testid="rubric-tab">
      <RubricStatusBar campaign={campaign} onPreview={() => setPreviewing(true)} />
      <RubricNotes campaign={campaign} />
      {draft ? <RubricEditor campaign={campaign} /> : <RubricView rubric={campaign.rubric} />}
      <RubricPreviewDrawer open={previewing} onClose={() => setPreviewing(false)} campaign={campaign} />
    </Space>
  )
}
