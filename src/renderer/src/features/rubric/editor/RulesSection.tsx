import { useActions, type DraftRubric } from '../../../stores'
import { CodeTextListEditor } from './CodeTextListEditor'
import { RUBRIC_STRINGS as S } from '../strings'

/** 资格条件 and 一票否决项. */
export function RulesSection({ rubric }: { rubric: DraftRubric }) {
  const { editRubricDraft } = useActions()
  return (
    <div className="rubric-two-cols">
      <CodeTextListEditor
        title={S.eligibilityTitle}
        hint={S.eligibilityHint}
        items={rubric.eligibility}
        onChange={(eligibility) => editRubricDraft((r) => ({ ...r, eligibility }))}
        codePrefix="E"
        anchor="elig-row"
        testId="eligibility-list"
      />
      <CodeTextListEditor
        title={S.vetoTitle}
        hint={S.vetoHint}
        items={rubric.vetoes}
        onChange={(vetoes) => editRubricDraft((r) => ({ ...r, vetoes }))}
        codePrefix="V"
        anchor="veto-row"
        testId="veto-list"
      />
    </div>
  )
}
