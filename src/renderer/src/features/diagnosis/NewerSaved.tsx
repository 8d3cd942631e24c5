import type { ReactNode } from 'react'
import { Alert, Button, Space } from 'antd'
import { DIAGNOSIS_STRINGS as S } from './strings'

/**
 * What is saved now, shown beside the consultant's own unsaved changes after another window saved the
 * same part: take it into the editor, or keep one's own text (and save it again to replace it).
 */
export function NewerSaved({ testId, onTake, onKeep, children }: { testId: string; onTake: () => void; onKeep: () => void; children: ReactNode }) {
  return (
    <Alert
      type="warning"
      showIcon
      data-testid={testId}
      title={S.newerTitle}
      description={
        <Space orientation="vertical" size={6} className="full-width">
          {children}
          <Space>
            <Button size="small" onClick={onTake} data-testid={`${testId}-take`}>
              {S.takeNewer}
            </Button>
            <Button size="small" type="link" onClick={onKeep} data-testid={`${testId}-keep`}>
              {S.keepMine}
            </Button>
          </Space>
        </Space>
      }
    />
  )
}
