import { REVIEW_KIND_LABELS } from '../domain/rubric'
import type { SignatureImageData } from '../signing/signatureImageStore'
import type { Campaign, CollaborationGroup, Expert, ScoreSheet } from '../domain/workspace'
import { allIndicators } from '../rubric/indicators'
import { rubricFor } from '../rubric/versions'
import { sheetResult } from '../scoring/sheetResult'
import { outcomeText } from '../scoring/outcome'
import { subjectOf } from '../domain/submissionLabel'
import { expertView } from '../domain/blind'
import { groupNamesFor } from '../domain/groupRules'
import { chineseDate } from '../util/chineseDate'
import { buildScoreSheetChecks } from './scoreSheetChecks'
import { submittedVersionOf } from '../scoring/submittedVersions'
import { verificationCodeOf } from '../signing/documentSignature'
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
  /** the expert's handwritten signature (PNG), printed in the signature block of a signed sheet */
  signatureImage?: SignatureImageData
}): ScoreSheetReportModel {
  const { campaign, sheet, expert, groups } = args
  const rubric = rubricFor(campaign, sheet.rubricVersion)
  // the expert's document shows what the expert saw: in a 盲评 the blind code, never the names
  const submission = expertView(campaign, campaign.submissions.find((s) => s.id === sheet.submissionId)!)
  const result = sheetResult(rubric, sheet)
  const outcome = outcomeText(rubric, result)
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
      groupName: groupNamesFor(groups, campaign.createdAt)[submission.groupId] ?? '',
      applicant: submission.applicant,
      fields: subjectOf(submission, campaign.kind)
        .fields.filter((f) => f.audience === 'all')
        .map((f) => ({ label: f.label, value: f.value })),
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
    bonus: rubric.bonus
      ? {
          cap: rubric.bonus.cap,
          subtotal: result.bonus,
          items: rubric.bonus.items.map((b) => ({ name: b.name, points: b.points, score: Math.min(Math.max(sheet.bonus[b.code] ?? 0, 0), b.points) })),
          note: rubric.bonusCountsTowardsThreshold ? undefined : '加分项不计入等次和奖项分数线的判定',
        }
      : undefined,
    total: result.total,
    max: result.max,
    gradeHeading: outcome.heading,
    gradeText: outcome.text,
    gradeCapReason: result.gradeCapReason,
    checks: buildScoreSheetChecks(rubric, sheet),
    comment: sheet.comment,
    declaration: SCORE_SHEET_DECLARATION,
    submittedDate: chineseDate(new Date(sheet.submittedAt ?? sheet.updatedAt)),
    issuedAt: sheet.submittedAt ?? sheet.updatedAt,
    sheetVersion: sheet.version,
    verificationCode: sheet.signature ? verificationCodeOf(campaign.id, sheet.signature.signature) : null,
    submittedVersion: submittedVersionOf(sheet) ?? 1,
    signing: sheet.signature
      ? {
          expertName: expert.name,
          signedDate: chineseDate(new Date(sheet.signature.signedAt)),
          fingerprint: sheet.signature.fingerprint,
          verificationCode: verificationCodeOf(campaign.id, sheet.signature.signature),
          ...(args.signatureImage ? { signatureImage: args.signatureImage } : {}),
        }
      : undefined,
    fonts: args.fonts ?? DEFAULT_REPORT_FONTS,
  }
}
