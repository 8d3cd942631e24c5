import { Alert } from 'antd'
import { useActions } from '../../../stores'
import type { ShownProblem } from './problems'
import { RUBRIC_STRINGS as S } from '../strings'

/** The check's problems, each a link to the item it is about. */
export function ProblemList({ problems, stale }: { problems: ShownProblem[]; stale: boolean }) {
  const { focusRubric } = useActions()
  if (!problems.length) return null
  return (
    <Alert
      type="warning"
      showIcon
      className={`rubric-problems ${stale ? 'stale' : ''}`}
      data-testid="rubric-problems"
      title={S.problemsTitle}
      description={
        <ul className="rubric-problem-list">
          {problems.map((p) => (
            <li key={p.key}>
              <a
                role="button"
                data-testid="rubric-problem"
                className={p.target ? undefined : 'no-target'}
                onClick={() => p.target && focusRubric(p.target, true)}
              >
                <span className="rubric-problem-where">{p.where}</span>
                {p.message}
              </a>
            </li>
          ))}
        </ul>
      }
    />
  )
}
