import { useEffect } from 'react'
import { Empty, Form, Select, Typography } from 'antd'
import { SafetyCertificateOutlined } from '@ant-design/icons'
import { campaignExperts, campaignsSelectors, expertsSelectors, panelSelectors, scoringSelectors, useActions, useWorkbench } from '../../stores'
import { cnDate } from '../../lib/format'
import { ExpertSheetList } from './ExpertSheetList'
import { SheetWithMaterials } from './SheetWithMaterials'
import { PledgeGate } from './PledgeGate'
import { PLEDGE_STRINGS as P, SCORING_STRINGS as S } from './strings'

/** 评分: choose the expert to act as, the 承诺书 if not yet signed, then that expert's list, then one sheet. */
export function ScoringTab() {
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const pool = useWorkbench(expertsSelectors.pool)
  const expertId = useWorkbench(scoringSelectors.actingExpertId)
  const openKey = useWorkbench(scoringSelectors.openKey)
  const pledge = useWorkbench(panelSelectors.pledgeOf(expertId))
  const { setActingExpert, loadSheetRows } = useActions()
  useEffect(() => {
    if (expertId) void loadSheetRows().catch(() => undefined)
  }, [expertId, loadSheetRows])
  if (!campaign) return null
  if (!campaign.expertIds.length) return <Empty description={S.noExperts} />
  const experts = campaignExperts(pool, campaign.expertIds)

  if (openKey) return <SheetWithMaterials />
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
          {pledge ? (
            <Typography.Text type="success" data-testid="pledge-signed" title={P.declared(pledge.declaration)}>
              <SafetyCertificateOutlined /> {P.signedOn(cnDate(pledge.acceptedAt))}
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary">{S.actAsHint}</Typography.Text>
          )}
        </Form.Item>
      </Form>
      {!expertId ? <Empty description={S.chooseExpert} /> : pledge ? <ExpertSheetList /> : <PledgeGate expertId={expertId} />}
    </div>
  )
}
