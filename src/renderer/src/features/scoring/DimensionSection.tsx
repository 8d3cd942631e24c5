import { Card, Typography } from 'antd'
import type { Dimension, Rubric } from '../../../../core/domain/rubric'
import { scoringSelectors, useWorkbench } from '../../stores'
import { points2 } from '../../lib/format'
import { IndicatorRow } from './IndicatorRow'
import { DimensionNotes } from './DiagnosisNotes'
import { SCORING_STRINGS as S } from './strings'

/** One 一级指标 with its 二级指标 rows and its subtotal; for a diagnosis also the expert's 问题 and 建议. */
export function DimensionSection({ rubric, dimension, firstRowIndex, notes = false }: { rubric: Rubric; dimension: Dimension; firstRowIndex: number; notes?: boolean }) {
  // the notes keep local text while typing: a new sheet starts them afresh
  const sheetId = useWorkbench((s) => `${scoringSelectors.sheetView(s)?.sheet.submissionId}-${scoringSelectors.sheetView(s)?.sheet.expertId}`)
  const subtotal = useWorkbench((s) => scoringSelectors.sheetView(s)?.result.dimensions.find((d) => d.code === dimension.code)?.points ?? 0)
  return (
    <Card
      size="small"
      className="dimension-section"
      data-testid={`dimension-${dimension.code}`}
      title={S.dimensionTitle(dimension.code, dimension.name, dimension.points)}
      extra={
        <Typography.Text className="num" data-testid={`subtotal-${dimension.code}`}>
          {S.subtotal(points2(subtotal), dimension.points)}
        </Typography.Text>
      }
    >
      {dimension.indicators.map((ind, i) => (
        <IndicatorRow key={ind.code} rubric={rubric} indicator={ind} rowIndex={firstRowIndex + i} />
      ))}
      {notes && <DimensionNotes key={sheetId} dimension={dimension} />}
    </Card>
  )
}
