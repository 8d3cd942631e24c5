import { Card, Typography } from 'antd'
import type { Dimension, Rubric } from '../../../../core/domain/rubric'
import { scoringSelectors, useWorkbench } from '../../stores'
import { points2 } from '../../lib/format'
import { IndicatorRow } from './IndicatorRow'
import { SCORING_STRINGS as S } from './strings'

/** One 一级指标 with its 二级指标 rows and its subtotal. */
export function DimensionSection({ rubric, dimension, firstRowIndex }: { rubric: Rubric; dimension: Dimension; firstRowIndex: number }) {
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
    </Card>
  )
}
