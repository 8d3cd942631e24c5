import { Alert, Button, Card, List, Tag } from 'antd'
import type { CalibrationScores } from '../../../../core/api/outputs'
import { CALIBRATION_STRINGS as S } from './strings'

const KIND = { deviation: ['red', '偏离'], range: ['orange', '极差'], indicator: ['purple', '指标'], severity: ['blue', '宽严'] } as const

/** The flags the committee discusses; a deviation offers 复议 for that expert and anchor. */
export function FlagsCard({ scores, onRevise, canRevise }: { scores: CalibrationScores; onRevise: (expertId: string, submissionId: string) => void; canRevise: boolean }) {
  return (
    <Card size="small" title={`${S.flagsTitle}（${scores.flags.length}）`} data-testid="calibration-flags">
      {scores.flags.length === 0 ? (
        <Alert type="success" showIcon title={S.noFlags} data-testid="calibration-no-flags" />
      ) : (
        <List
          size="small"
          dataSource={scores.flags}
          renderItem={(f, i) => (
            <List.Item
              data-testid={`calibration-flag-${f.kind}-${i}`}
              data-flag-kind={f.kind}
              actions={
                f.kind === 'deviation' && canRevise
                  ? [<Button key="r" size="small" onClick={() => onRevise(f.expertId, f.submissionId)} data-testid={`calibration-revise-${f.expertId}-${f.submissionId}`}>{S.revise}</Button>]
                  : []
              }
            >
              <Tag color={KIND[f.kind][0]}>{KIND[f.kind][1]}</Tag>
              {f.text}
            </List.Item>
          )}
        />
      )}
    </Card>
  )
}
