import { useMemo, useState } from 'react'
import { Alert, Button, Card, Drawer, Progress, Space, Tag, Typography } from 'antd'
import type { Entry } from '../../../../../core/domain/workspace'
import type { Grade, Level, Rubric } from '../../../../../core/domain/rubric'
import type { Campaign } from '../../../../../core/domain/workspace'
import { sheetResult, type SheetResult } from '../../../../../core/scoring/sheetResult'
import { fromDraft, rubricSelectors, useWorkbench } from '../../../stores'
import { points2 } from '../../../lib/format'
import { SCORING_STRINGS as SS } from '../../scoring/strings'
import { PreviewIndicatorRow } from './PreviewIndicatorRow'
import { PreviewBonus, PreviewEligibility, PreviewVetoes } from './PreviewChecks'
import { RUBRIC_STRINGS as S } from '../strings'

interface Trial {
  entries: Record<string, Entry>
  eligibility: Record<string, 'pass' | 'fail'>
  bonus: Record<string, number>
}
const EMPTY: Trial = { entries: {}, eligibility: {}, bonus: {} }
/** as the scoring form's summary colours them */
const GRADE_COLOR: Record<Grade, string> = { A: 'green', B: 'blue', C: 'gold', D: 'red' }

/** The core's own sheet arithmetic on the trial scores; null for a draft it cannot score yet. */
function trialResult(rubric: Rubric, trial: Trial): SheetResult | null {
  try {
    return sheetResult(rubric, trial)
  } catch {
    return null
  }
}

function TrialSummary({ result, onReset }: { result: SheetResult | null; onReset: () => void }) {
  return (
    <div className="sheet-summary rubric-preview-summary" data-testid="preview-summary">
      <Space size={28} align="center" wrap>
        <div>
          <div className="sheet-summary-label">{SS.totalLabel}</div>
          <span className="sheet-total num" data-testid="preview-total">
            {points2(result?.total)}
          </span>
          <span className="sheet-total-max">{SS.outOf(result?.max ?? 0)}</span>
        </div>
        <div>
          <div className="sheet-summary-label">{SS.grade}</div>
          <Tag color={result ? GRADE_COLOR[result.grade] : undefined} className="sheet-grade" data-testid="preview-grade">
            {result?.gradeLabel ?? '—'}
          </Tag>
          {result?.notRated && <Tag color="red">{SS.notRated}</Tag>}
          {result && !result.complete && !result.notRated && (
            <Typography.Text type="secondary" className="sheet-provisional">
              {SS.gradeProvisional}
            </Typography.Text>
          )}
        </div>
        <div className="sheet-summary-progress">
          <div className="sheet-summary-label">{SS.scored}</div>
          <Progress
            size="small"
            percent={result && result.indicatorCount ? Math.round((result.scoredCount / result.indicatorCount) * 100) : 0}
            format={() => `${result?.scoredCount ?? 0}/${result?.indicatorCount ?? 0}`}
          />
        </div>
      </Space>
      <Button size="small" onClick={onReset}>
        {S.previewReset}
      </Button>
      {result?.gradeCapReason && <div className="sheet-cap-reason">{result.gradeCapReason}</div>}
    </div>
  )
}

/**
 * 预览（专家视角）: the scoring form as an expert will see it for this rubric — the draft while
 * editing, else the saved version — with trial scores that are never saved.
 */
export function RubricPreviewDrawer({ open, onClose, campaign }: { open: boolean; onClose: () => void; campaign: Campaign }) {
  const draft = useWorkbench(rubricSelectors.draft)
  const rubric = useMemo(() => (draft ? fromDraft(draft.rubric) : campaign.rubric), [draft, campaign.rubric])
  const [trial, setTrial] = useState<Trial>(EMPTY)
  const result = useMemo(() => trialResult(rubric, trial), [rubric, trial])
  const setEntry = (code: string, entry: Entry | null) =>
    setTrial((t) => {
      const { [code]: _old, ...rest } = t.entries
      return { ...t, entries: entry ? { ...rest, [code]: entry } : rest }
    })
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={960}
      title={S.previewTitle}
      extra={<Tag color={draft ? 'gold' : 'blue'}>{draft ? S.previewDraft : S.previewSaved(rubric.version)}</Tag>}
      destroyOnHidden
    >
      <div className="score-sheet rubric-preview" data-testid="rubric-preview-drawer">
        <Alert type="info" showIcon className="sheet-readonly" title={S.previewHint} />
        <TrialSummary result={result} onReset={() => setTrial(EMPTY)} />
        <Typography.Paragraph type="secondary" className="small">
          {SS.pickHint}
        </Typography.Paragraph>
        <PreviewEligibility
          rubric={rubric}
          values={trial.eligibility}
          onChange={(code, v) => setTrial((t) => ({ ...t, eligibility: { ...t.eligibility, [code]: v } }))}
        />
        {rubric.dimensions.map((d, di) => (
          <Card
            key={`${di}-${d.code}`}
            size="small"
            className="dimension-section"
            data-testid={`preview-dimension-${d.code}`}
            title={SS.dimensionTitle(d.code, d.name, d.points)}
            extra={<span className="num">{SS.subtotal(points2(result?.dimensions.find((x) => x.code === d.code)?.points ?? 0), d.points)}</span>}
          >
            {d.indicators.map((ind, ii) => (
              <PreviewIndicatorRow
                key={`${ii}-${ind.code}`}
                rubric={rubric}
                indicator={ind}
                level={trial.entries[ind.code]?.level ?? null}
                freePoints={trial.entries[ind.code]?.points ?? null}
                points={result?.indicators.find((x) => x.code === ind.code)?.points ?? null}
                onLevel={(level: Level) => setEntry(ind.code, { level })}
                onPoints={(points) => setEntry(ind.code, points === null ? null : { points })}
              />
            ))}
          </Card>
        ))}
        <PreviewVetoes rubric={rubric} />
        <PreviewBonus
          bonus={rubric.bonus}
          values={trial.bonus}
          total={result?.bonus ?? 0}
          onChange={(code, v) =>
            setTrial((t) => {
              const { [code]: _old, ...rest } = t.bonus
              return { ...t, bonus: v === null ? rest : { ...rest, [code]: v } }
            })
          }
        />
      </div>
    </Drawer>
  )
}
