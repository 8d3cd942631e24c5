import { Alert, Badge, Tabs } from 'antd'
import type { Campaign } from '../../../../../core/domain/workspace'
import { rubricSelectors, useActions, useWorkbench, type RubricSection } from '../../../stores'
import { useDraftValidation, useJumpToFocus } from './hooks'
import { problemsBySection, shownProblems } from './problems'
import { RubricTotals } from './RubricTotals'
import { ProblemList } from './ProblemList'
import { StructureSection } from './StructureSection'
import { LevelsSection } from './LevelsSection'
import { RulesSection } from './RulesSection'
import { BonusAwardsSection } from './BonusAwardsSection'
import { RUBRIC_STRINGS as S } from '../strings'

const SECTIONS: RubricSection[] = ['structure', 'levels', 'rules', 'bonus']

/** The rubric editor: running total and problems on top, then one tab per part of the rubric. */
export function RubricEditor({ campaign }: { campaign: Campaign }) {
  const draft = useWorkbench(rubricSelectors.draft)
  const check = useWorkbench(rubricSelectors.check)
  const pending = useWorkbench(rubricSelectors.checkPending)
  const focus = useWorkbench(rubricSelectors.focus)
  const { focusRubric } = useActions()
  useDraftValidation()
  useJumpToFocus()
  if (!draft) return null
  const problems = shownProblems(check, draft.rubric)
  const counts = problemsBySection(problems)
  const content: Record<RubricSection, React.ReactNode> = {
    structure: <StructureSection rubric={draft.rubric} problems={problems} />,
    levels: <LevelsSection rubric={draft.rubric} />,
    rules: <RulesSection rubric={draft.rubric} />,
    bonus: <BonusAwardsSection rubric={draft.rubric} />,
  }
  return (
    <div className="rubric-editor" data-testid="rubric-editor">
      <RubricTotals rubric={draft.rubric} problems={check ? problems.length : null} pending={pending} />
      {draft.baseVersion !== campaign.rubric.version && (
        <Alert type="warning" showIcon className="rubric-problems" title={S.staleBase(draft.baseVersion, campaign.rubric.version)} />
      )}
      <ProblemList problems={problems} stale={pending} />
      <Tabs
        className="rubric-sections"
        activeKey={focus.section}
        onChange={(k) => focusRubric({ section: k as RubricSection, uid: focus.uid })}
        items={SECTIONS.map((key) => ({
          key,
          label: (
            <span data-testid={`rubric-section-${key}`}>
              {S.sections[key]}
              {counts[key] > 0 && <Badge count={counts[key]} size="small" className="rubric-section-badge" />}
            </span>
          ),
          children: content[key],
        }))}
      />
    </div>
  )
}
