import { Alert } from 'antd'
import type { ErrorIssue } from '../../../../core/domain/errors'

/**
 * An error from the core with everything it listed (ApiError.issues), e.g. a refused import. `paths`
 * off where the path is an internal id and each message already names what it is about.
 */
export function IssueList({ message, issues, testId, paths = true }: { message: string; issues?: ErrorIssue[]; testId?: string; paths?: boolean }) {
  return (
    <Alert
      type="error"
      showIcon
      data-testid={testId}
      title={message}
      description={
        issues?.length ? (
          <ul className="issue-list">
            {issues.map((i, n) => (
              <li key={n}>
                {paths && i.path && <strong>{i.path}：</strong>}
                {i.message}
              </li>
            ))}
          </ul>
        ) : undefined
      }
    />
  )
}
