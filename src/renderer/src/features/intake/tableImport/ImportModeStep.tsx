import { Radio, Result, Space, Typography } from 'antd'
import { INTAKE_STRINGS as S } from '../strings'
import { problemRowCount, type ImportMode, type TablePreviewLike } from './useTableImport'

interface Props {
  preview: TablePreviewLike
  mode: ImportMode
  onMode: (m: ImportMode) => void
  /** after the import: what was imported and what was left out */
  result: { title: string; subTitle?: string } | null
  testIds: { step: string; all: string; validOnly: string; result: string }
}

/** 导入: 全部导入 (only when nothing is wrong) or 仅导入无误的行; then what was imported. */
export function ImportModeStep({ preview, mode, onMode, result, testIds }: Props) {
  if (result) return <Result status="success" data-testid={testIds.result} title={result.title} subTitle={result.subTitle} />
  const problemRows = problemRowCount(preview)
  const hasProblems = preview.problems.length > 0
  return (
    <div data-testid={testIds.step}>
      <Typography.Paragraph strong>{S.modeTitle}</Typography.Paragraph>
      <Radio.Group value={mode} onChange={(e) => onMode(e.target.value as ImportMode)}>
        <Space orientation="vertical" size={10}>
          <Radio value="all" disabled={hasProblems} data-testid={testIds.all}>
            {S.modeAll}
            <Typography.Text type="secondary" className="radio-hint">
              {hasProblems ? S.modeAllDisabled : S.modeAllHint(preview.rowCount)}
            </Typography.Text>
          </Radio>
          <Radio value="validOnly" disabled={!preview.validCount} data-testid={testIds.validOnly}>
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
