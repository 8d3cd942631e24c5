import { Space, Tag, Typography } from 'antd'
import { CheckCircleFilled, CloseCircleFilled, LoadingOutlined } from '@ant-design/icons'
import { round } from '../../../../../core/util/round'
import type { DraftRubric } from '../../../stores'
import { indicatorCount, sumPoints } from './ops'
import { RUBRIC_STRINGS as S } from '../strings'

/**
 * The running total, worked out here as the user types (the core's check follows after a pause):
 * the 一级 sum against the rubric's total, the shape, and how many problems the last check found.
 */
export function RubricTotals({ rubric, problems, pending }: { rubric: DraftRubric; problems: number | null; pending: boolean }) {
  const sum = sumPoints(rubric.dimensions)
  const ok = round(sum, 4) === round(rubric.total, 4)
  return (
    <div className="rubric-totals" data-testid="rubric-totals">
      <Space size={18} align="center" wrap>
        <span>
          <span className="sheet-summary-label">{S.runningTotal}</span>{' '}
          <span className={`rubric-running-total num ${ok ? '' : 'bad'}`} data-testid="rubric-running-total" data-ok={ok}>
            {sum.toFixed(2)}
          </span>{' '}
          <Typography.Text type="secondary">{S.ofTotal(rubric.total)}</Typography.Text>{' '}
          {ok ? <CheckCircleFilled className="ok-icon" /> : <CloseCircleFilled className="bad-icon" />}
        </span>
        <Typography.Text type="secondary">{S.shape(rubric.dimensions.length, indicatorCount(rubric))}</Typography.Text>
      </Space>
      {problems === null ? (
        <Tag icon={<LoadingOutlined />} data-testid="rubric-problem-count" data-state="checking" data-pending="true">
          {S.checking}
        </Tag>
      ) : (
        // while a newer check is on its way the last answer stays, marked as pending
        <Tag
          icon={pending ? <LoadingOutlined /> : undefined}
          color={problems > 0 ? 'red' : 'green'}
          data-testid="rubric-problem-count"
          data-state={problems > 0 ? 'problems' : 'ok'}
          data-count={problems}
          data-pending={pending}
        >
          {problems > 0 ? S.problems(problems) : S.noProblems}
        </Tag>
      )}
    </div>
  )
}
