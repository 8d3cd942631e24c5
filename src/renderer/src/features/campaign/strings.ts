import type { CampaignTab } from '../../stores'

/** The campaign frame: its title line and the tab names, in the order work happens (docs/design/screens.md). */
export const CAMPAIGN_STRINGS = {
  tabs: {
    overview: '概览',
    rubric: '指标体系',
    submissions: '申报与材料',
    experts: '专家与分配',
    scoring: '评分',
    results: '结果与评定',
    decisions: '评定与公示',
    reports: '报告',
    diagnosis: '诊断报告',
    calibration: '校准会',
    audit: '审计日志',
  } satisfies Record<CampaignTab, string>,
  createdOn: (date: string) => `创建于 ${date}`,
  back: '全部评审活动',
  loading: '正在读取评审活动…',
}
