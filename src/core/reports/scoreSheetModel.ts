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
  submission: { id: string; school: string; program: string; groupName: string; applicant: string }
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
  total: number
  max: number
  /** e.g. "B 良好" */
  gradeText: string
  gradeCapReason?: string
  comment: string
  /** the 回避 and integrity declaration the expert signs */
  declaration: string
  /** 2026年11月28日 */
  submittedDate: string
  /** sheet version, shown in the footer */
  sheetVersion: number
  /** the place reserved for the signature verification code (issue: signing) */
  verificationCode: string | null
  fonts: ReportFonts
}

export interface ReportFonts {
  /** body: 仿宋_GB2312 by default */
  body: string
  /** title: 方正小标宋简体 by default */
  title: string
  /** 一、 headings: 黑体 */
  heading: string
  /** （一） headings: 楷体_GB2312 */
  subheading: string
  /** page numbers: 宋体 */
  pageNumber: string
}

export const DEFAULT_REPORT_FONTS: ReportFonts = {
  body: '仿宋_GB2312',
  title: '方正小标宋简体',
  heading: '黑体',
  subheading: '楷体_GB2312',
  pageNumber: '宋体',
}
