import { Radio, Result, Space, Typography } from 'antd'
import type { Out } from '../../../../core/api/contract'
import type { RosterPreview } from '../../../../core/api/outputs'
import { INTAKE_STRINGS as S } from './strings'

export type ImportMode = 'all' | 'validOnly'

/** 导入: 全部导入 (only when nothing is wrong) or 仅导入无误的行; then what was imported. */
export function RosterCommitStep(props: { preview: RosterPreview; mode: ImportMode; onMode: (m: ImportMode) => void; result: Out<'roster.import'> | null }) {
  const { preview, mode, onMode, result } = props
  if (result) {
    return (
      <Result
        status="success"
        data-testid="roster-result"
        title={S.imported(result.imported)}
        subTitle={result.skippedRows ? S.importedSkipped(result.skippedRows) : undefined}
      />
    )
  }
  const problemRows = new Set(preview.problems.map((p) => p.row)).size
  const hasProblems = preview.problems.length > 0
  return (
    <div data-testid="roster-commit">
      <Typography.Paragraph strong>{S.modeTitle}</Typography.Paragraph>
      <Radio.Group value={mode} onChange={(e) => onMode(e.target.value as ImportMode)}>
        <Space orientation="vertical" size={10}>
          <Radio value="all" disabled={hasProblems} data-testid="mode-all">
            {S.modeAll}
            <Typography.Text type="secondary" className="radio-hint">
              {hasProblems ? S.modeAllDisabled : S.modeAllHint(preview.rowCount)}
            </Typography.Text>
          </Radio>
          <Radio value="validOnly" disabled={!preview.validCount} data-testid="mode-valid-only">
            {S.modeValidOnly}
            <Typography.Text type="secondary" className="radio-hint">
              {S.modeValidOnlyHint(preview.validCount, problemRows)}
            </Typography.Text>
          </Radio>
        </Space>
      </Radio.Group>
    </div>
  )
}
