import { useEffect } from 'react'
import { Empty, Form, Select, Typography } from 'antd'
import { campaignExperts, campaignsSelectors, expertsSelectors, scoringSelectors, useActions, useWorkbench } from '../../stores'
import { ExpertSheetList } from './ExpertSheetList'
import { ScoreSheetForm } from './ScoreSheetForm'
import { SCORING_STRINGS as S } from './strings'

/** 评分: choose the expert to act as, then that expert's list, then one sheet. */
export function ScoringTab() {
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const pool = useWorkbench(expertsSelectors.pool)
  const expertId = useWorkbench(scoringSelectors.actingExpertId)
  const openKey = useWorkbench(scoringSelectors.openKey)
  const { setActingExpert, loadSheetRows } = useActions()
  useEffect(() => {
    if (expertId) void loadSheetRows().catch(() => undefined)
  }, [expertId, loadSheetRows])
  if (!campaign) return null
  if (!campaign.expertIds.length) return <Empty description={S.noExperts} />
  const experts = campaignExperts(pool, campaign.expertIds)

  if (openKey) return <ScoreSheetForm />
  return (
    <div data-testid="scoring">
      <Form layout="inline" className="act-as">
        <Form.Item label={S.actAs}>
          <Select
            data-testid="act-as"
            className="act-as-select"
            value={expertId}
            placeholder={S.actAsPlaceholder}
            onChange={(id: string) => setActingExpert(id)}
            options={experts.map((e) => ({ value: e.id, label: S.expertOption(e.name, e.unit) }))}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item>
          <Typography.Text type="secondary">{S.actAsHint}</Typography.Text>
        </Form.Item>
      </Form>
      {expertId ? <ExpertSheetList /> : <Empty description={S.chooseExpert} />}
    </div>
  )
}
