import { REVIEW_KIND_LABELS } from '../domain/rubric'
import type { Campaign, CollaborationGroup, Expert, ScoreSheet } from '../domain/workspace'
import { allIndicators } from '../rubric/indicators'
import { rubricFor } from '../rubric/versions'
import { sheetResult } from '../scoring/sheetResult'
import { chineseDate } from '../util/chineseDate'
import { DEFAULT_REPORT_FONTS, type ReportFonts, type ScoreSheetReportModel } from './scoreSheetModel'

export const SCORE_SHEET_DECLARATION =
  '本人承诺：已如实申报与被评对象的回避关系，不存在应回避而未回避的情形；严格按照评审标准独立、客观、公正评分，' +
  '不受任何单位和个人干预；对评审材料和评审结果严格保密，不泄露、不复制、不另作他用。如有违反，愿意承担相应责任。'

/** Builds the 专家评分表 model of one sheet: the data the .docx shows, already formatted. */
export function buildScoreSheetModel(args: {
  campaign: Campaign
  sheet: ScoreSheet
  expert: Expert
  groups: CollaborationGroup[]
  fonts?: ReportFonts
}): ScoreSheetReportModel {
  const { campaign, sheet, expert, groups } = args
  const rubric = rubricFor(campaign, sheet.rubricVersion)
  const submission = campaign.submissions.find((s) => s.id === sheet.submissionId)!
  const result = sheetResult(rubric, sheet)
  const byCode = new Map(result.indicators.map((i) => [i.code, i.points]))
  return {
    title: '专家评分表',
    campaignName: campaign.name,
    reviewKindLabel: REVIEW_KIND_LABELS[campaign.kind],
    rubricName: rubric.name,
    rubricVersion: sheet.rubricVersion,
    submission: {
      id: submission.id,
      school: submission.school,
      program: submission.program,
      groupName: groups.find((g) => g.id === submission.groupId)?.name ?? '',
      applicant: submission.applicant,
    },
    expert: { name: expert.name, unit: expert.unit, title: expert.title },
    rows: allIndicators(rubric).map((ind) => {
      const entry = sheet.entries[ind.code]
      const level = entry?.level ?? ''
      const levelDef = entry?.level ? rubric.levels.find((l) => l.level === entry.level) : undefined
      return {
        dimensionName: ind.dimensionName,
        dimensionPoints: rubric.dimensions.find((d) => d.code === ind.dimensionCode)!.points,
        indicatorCode: ind.code,
        indicatorName: ind.name,
        key: ind.key,
        points: ind.points,
        level,
        levelLabel: levelDef ? `${levelDef.label}（×${levelDef.coefficient}）` : '',
        score: byCode.get(ind.code) ?? null,
      }
    }),
    dimensionSubtotals: result.dimensions.map((d) => ({ name: d.name, max: d.max, score: d.points })),
    total: result.total,
    max: result.max,
    gradeText: `${result.grade} ${result.gradeLabel}`,
    gradeCapReason: result.gradeCapReason,
    comment: sheet.comment,
    declaration: SCORE_SHEET_DECLARATION,
    submittedDate: chineseDate(new Date(sheet.submittedAt ?? sheet.updatedAt)),
    sheetVersion: sheet.version,
    verificationCode: null,
    fonts: args.fonts ?? DEFAULT_REPORT_FONTS,
  }
}
