import type { ReportFonts } from '../domain/reportFonts'
import type { SignatureImageData } from '../signing/signatureImageStore'
import type { ScoreSheetChecksModel } from './scoreSheetChecks'

/**
 * 专家评分表 as plain data (docs/design/architecture.md "Reports": model first, then .docx bytes).
 * Everything a renderer needs is already formatted here, so the model is what tests check.
 */
export interface ScoreSheetReportModel {
  /** e.g. "专家评分表" */
  title: string
  campaignName: string
  /** e.g. "专业建设诊断" */
  reviewKindLabel: string
  rubricName: string
  rubricVersion: number
  submission: {
    id: string
    school: string
    program: string
    groupName: string
    applicant: string
    /** what is judged, field by field (subjectOf): 申报单位/专业; 姓名/职称/…; 课程名称/学时/团队; 成果名称/完成人（按顺序）/完成单位 */
    fields?: Array<{ label: string; value: string }>
  }
  expert: { name: string; unit: string; title: string }
  rows: Array<{
    dimensionName: string
    dimensionPoints: number
    indicatorCode: string
    indicatorName: string
    key: boolean
    points: number
    /** 'A' … 'D', or '' for free points */
    level: string
    /** descriptor of the chosen level, shortened */
    levelLabel: string
    score: number | null
  }>
  dimensionSubtotals: Array<{ name: string; max: number; score: number }>
  /**
   * 加分项 as its own block: one row per item and a subtotal after the cap. The 一级指标 subtotals
   * and this subtotal add up to `total`; `max` is the rubric total plus the cap.
   */
  bonus?: { cap: number; subtotal: number; items: Array<{ name: string; points: number; score: number }>; note?: string }
  total: number
  max: number
  /** what the result line is called: 评定等次, or 奖项等级（参考） for award kinds */
  gradeHeading?: string
  /** e.g. "B 良好", or "一等奖" / "未达到奖项分数线" for award kinds */
  gradeText: string
  gradeCapReason?: string
  /** 资格条件 answers, raised vetoes with evidence, 加分项 (scoreSheetChecks.ts); absent: not printed */
  checks?: ScoreSheetChecksModel
  comment: string
  /** the 回避 and integrity declaration the expert signs */
  declaration: string
  /** 2026年11月28日 */
  submittedDate: string
  /** ISO time the document is dated by (submittedAt): docProps and zip times, so the bytes repeat */
  issuedAt: string
  /** sheet version, shown in the footer */
  sheetVersion: number
  /** the verification code of a signed sheet (issue 11), null for one submitted before signing */
  verificationCode: string | null
  /** 第 N 版: the submitted version the footer names (1, 2 after a reopening), not the autosave counter */
  submittedVersion: number
  /** 平台内签署确认 of a signed sheet (issue 11): the visible block; absent for a sheet submitted before signing */
  signing?: {
    expertName: string
    /** 2026年11月28日 */
    signedDate: string
    fingerprint: string
    verificationCode: string
    /** the expert's handwritten signature (PNG) with its pixel size, if they left one */
    signatureImage?: SignatureImageData
  }
  fonts: ReportFonts
}

// the font setting lives with the workspace's settings (domain/reportFonts.ts); re-exported for the report modules
export { DEFAULT_REPORT_FONTS, type ReportFonts } from '../domain/reportFonts'
