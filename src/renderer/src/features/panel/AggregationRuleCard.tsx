import { Alert, Card, Radio, Space } from 'antd'
import type { AggregationRule } from '../../../../core/domain/workspace'
import { AGGREGATION_RULE_TEXT } from '../../../../core/scoring/aggregateRules'
import { campaignsSelectors, useActions, useWorkbench } from '../../stores'
import { useRun } from '../../app/useRun'

const S = {
  title: '结果汇总规则',
  names: { trimmedMean: '去掉一个最高分和一个最低分后平均', mean: '算术平均', zNormalised: '标准化后平均（z 分数）' } satisfies Record<AggregationRule, string>,
  saved: (name: string) => `结果汇总规则已改为「${name}」，并记入审计日志`,
  hint: '规则决定每一项结果，修改后结果与评定、各类文书立即按新规则计算；每次修改记入审计日志。',
}

/** The campaign's declared aggregation rule (issue 12): chosen here, stated beside every result, audited when changed. */
export function AggregationRuleCard() {
  const campaign = useWorkbench(campaignsSelectors.campaign)
  const { updateCampaignSettings } = useActions()
  const run = useRun()
  if (!campaign) return null
  const rule = campaign.aggregation.rule
  const choose = (r: AggregationRule) => void run(() => updateCampaignSettings({ aggregationRule: r }), S.saved(S.names[r]))
  return (
    <Card size="small" title={S.title} data-testid="aggregation-rule">
      <Space orientation="vertical" size={8} className="full-width">
        <Radio.Group value={rule} onChange={(e) => choose(e.target.value as AggregationRule)} data-testid="aggregation-rule-choice">
          {(Object.keys(S.names) as AggregationRule[]).map((r) => (
            <Radio.Button key={r} value={r} data-testid={`aggregation-rule-${r}`}>
              {S.names[r]}
            </Radio.Button>
          ))}
        </Radio.Group>
        <Alert type="info" showIcon title={AGGREGATION_RULE_TEXT[rule]} description={S.hint} data-testid="aggregation-rule-text" />
      </Space>
    </Card>
  )
}
