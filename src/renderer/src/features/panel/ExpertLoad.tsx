import { Progress, Typography } from 'antd'
import { campaignExperts, expertsSelectors, panelSelectors, useWorkbench } from '../../stores'
import { PANEL_STRINGS as S } from './strings'

/** 专家负荷: how many submissions each expert judges, against the cap (or the busiest expert). */
export function ExpertLoad() {
  const view = useWorkbench(panelSelectors.assignment)
  const pool = useWorkbench(expertsSelectors.pool)
  if (!view) return null
  const ids = Object.keys(view.load)
  const max = view.settings.expertCap ?? Math.max(1, ...Object.values(view.load))
  const experts = campaignExperts(pool, ids).sort((a, b) => (view.load[b.id] ?? 0) - (view.load[a.id] ?? 0))
  return (
    <div className="expert-load" data-testid="expert-load">
      <Typography.Text strong>{S.loadTitle}</Typography.Text>
      {experts.map((e) => {
        const n = view.load[e.id] ?? 0
        return (
          <div key={e.id} className="expert-load-row" data-testid={`load-${e.id}`}>
            <span className="expert-load-name">{e.name}</span>
            <Progress percent={Math.min(100, (n / max) * 100)} showInfo={false} size="small" status={view.settings.expertCap && n >= view.settings.expertCap ? 'exception' : 'normal'} />
            <span className="num expert-load-n">{S.load(n)}</span>
          </div>
        )
      })}
    </div>
  )
}
