import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type IFontAttributesProperties,
  type ISectionOptions,
  type ISpacingProperties,
  type IStylesOptions,
} from 'docx'
import type { ReportFonts } from '../../domain/reportFonts'
import { corePropertiesXml, stampZipEntries, withStableDrawingIds } from './stablePackage'

/**
 * GB/T 9704-2012 (党政机关公文格式) layout shared by every report (docs/domain/report-format.md).
 * Lengths are in twips (1/20 pt) and font sizes in half-points, the units docx writes.
 */

export { chineseDate } from '../../util/chineseDate'

/** A4, 210 × 297 mm. */
export const A4 = { width: 11906, height: 16838 } as const

/**
 * Margins giving the 156 × 225 mm text block: top 37 mm, left (binding) 28 mm, right 26 mm, bottom 35 mm.
 * `footer` is the distance from the page's bottom edge to the page-number line's bottom: the em dashes sit
 * about 7 mm under the text block (§7.5) with a 4号 line, i.e. 262 + 7 + ~2.5 mm from the top → ~25 mm.
 */
export const MARGINS = { top: 2098, left: 1588, right: 1474, bottom: 1984, header: 851, footer: 1418 } as const

/** Width of the text block: 8844 twips = 156 mm. */
export const TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right

/** Chinese font sizes (字号) in half-points. */
export const FONT_SIZE = {
  /** 2号 22 pt — document title */
  title: 44,
  /** 3号 16 pt — body and headings */
  body: 32,
  /** 4号 14 pt — page numbers */
  pageNumber: 28,
  /** 小四 12 pt — table text */
  table: 24,
  /** 五号 10.5 pt — notes and small table text */
  small: 21,
} as const

/** Width of one 3号 character (16 pt) in twips; 2 of them indent a paragraph. */
export const BODY_CHAR = 320

/** Fixed ("exact") body line spacing: 28.9 pt gives 22 lines in the 225 mm text block. */
export const BODY_LINE = 578

/** `w:lineRule="exact"` — not LineRuleType.EXACTLY, which writes a value Word ignores. */
export const BODY_SPACING: ISpacingProperties = { line: BODY_LINE, lineRule: LineRuleType.EXACT }

/**
 * The 22 × 28 grid (§5.2.2): a line grid of BODY_LINE (22 lines in the 225 mm block) and 3号 characters
 * across the 156 mm block (8844 / 320 = 27.6 → 28 as GB/T rounds it). Only the line pitch is written as
 * a document grid (`w:type="lines"`): measured here, LibreOffice lays out any `linesAndChars` grid with a
 * non-zero `w:charSpace` (Word's −848 for an exact 28) at about 17 characters a line, so the PDFs the
 * committee circulates would be wrong; without a character pitch Word, WPS and LibreOffice agree.
 */
export const LINES_PER_PAGE = 22
export const CHARS_PER_LINE = Math.round(TEXT_WIDTH / BODY_CHAR)
export const DOC_GRID = { type: DocumentGridType.LINES, linePitch: BODY_LINE } as const

/** All text and rules are black (§ colour). */
export const BLACK = '000000'

/**
 * The same font for every script, so Chinese text (eastAsia) uses the chosen CJK font rather than
 * the theme's East Asian font; digits and Latin letters follow the same face as GB/T 9704 documents do.
 */
export function cjkFont(name: string): IFontAttributesProperties {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name }
}

export interface RunStyle {
  font: string
  /** half-points; default 3号 */
  size?: number
  bold?: boolean
}

export function textRun(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text,
    font: cjkFont(style.font),
    size: style.size ?? FONT_SIZE.body,
    bold: style.bold,
    color: BLACK,
  })
}

/** Indent of the first line by two characters of the paragraph's size (charas for Word, twips as fallback). */
function firstLineIndent(size: number = FONT_SIZE.body) {
  return { firstLineChars: 200, firstLine: size * 20 }
}

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (headings never go past that). */
export function chineseNumeral(n: number): string {
  const d = '〇一二三四五六七八九'
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`chineseNumeral: ${n}`)
  if (n < 10) return d[n]!
  const tens = Math.floor(n / 10)
  const ones = n % 10
  return `${tens === 1 ? '' : d[tens]}十${ones === 0 ? '' : d[ones]}`
}

/** Title: 2号 小标宋, centred, with a blank body line's worth of space below. */
export function titleParagraph(text: string, fonts: ReportFonts): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: 720, lineRule: LineRuleType.EXACT, after: 120 },
    children: [textRun(text, { font: fonts.title, size: FONT_SIZE.title })],
  })
}

/** A centred 3号 楷体 line under the title (e.g. the campaign name). */
export function subtitleParagraph(text: string, fonts: ReportFonts): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...BODY_SPACING, after: BODY_LINE / 2 },
    children: [textRun(text, { font: fonts.subheading })],
  })
}

/** Body paragraphs: 3号 仿宋, first line indented 2 characters, fixed 28.9 pt lines; one per input line. */
export function bodyParagraphs(text: string, fonts: ReportFonts, options: { keepWithNext?: boolean } = {}): Paragraph[] {
  // keepWithNext: the paragraphs stay whole and on the page of what follows (a sign-off never opens a page alone)
  const keep = options.keepWithNext ? { keepNext: true, keepLines: true } : {}
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map(
      (line) =>
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing: BODY_SPACING,
          indent: firstLineIndent(),
          ...keep,
          children: [textRun(line, { font: fonts.body })],
        }),
    )
}

/** First-level heading "一、…" in 3号 黑体, indented like the body, kept with what follows. */
export function headingParagraph(n: number, text: string, fonts: ReportFonts): Paragraph {
  return new Paragraph({
    spacing: BODY_SPACING,
    indent: firstLineIndent(),
    keepNext: true,
    keepLines: true,
    children: [textRun(`${chineseNumeral(n)}、${text}`, { font: fonts.heading })],
  })
}

/** Second-level heading "（一）…" in 3号 楷体. */
export function subheadingParagraph(n: number, text: string, fonts: ReportFonts): Paragraph {
  return new Paragraph({
    spacing: BODY_SPACING,
    indent: firstLineIndent(),
    keepNext: true,
    keepLines: true,
    children: [textRun(`（${chineseNumeral(n)}）${text}`, { font: fonts.subheading })],
  })
}

/** Third-level heading "1. …" in 3号 仿宋 (§ headings: 一、 → （一） → 1. → （1）). */
export function level3Paragraph(n: number, text: string, fonts: ReportFonts): Paragraph {
  return new Paragraph({
    spacing: BODY_SPACING,
    indent: firstLineIndent(),
    keepNext: true,
    keepLines: true,
    children: [textRun(`${n}. ${text}`, { font: fonts.body })],
  })
}

/** A centred picture (e.g. a chart PNG) `width` × `height` pixels at 96 dpi; 589 px is the text block's width. */
export function imageParagraph(png: Uint8Array, width: number, height: number): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepLines: true,
    children: [new ImageRun({ type: 'png', data: png, transformation: { width, height } })],
  })
}

/** Text block width in pixels at 96 dpi (156 mm). */
export const TEXT_WIDTH_PX = Math.floor((TEXT_WIDTH / 1440) * 96)

/** A 五号 note line (e.g. "注：标★者为关键指标。"), flush left. */
export function noteParagraph(text: string, fonts: ReportFonts): Paragraph {
  return new Paragraph({
    spacing: { before: 60, after: 60 },
    children: [textRun(text, { font: fonts.body, size: FONT_SIZE.small })],
  })
}

/** Characters of 3号 text in one line of the text block (27.6: GB/T 9704's 28 with a character grid). */
const LINE_CHARS = TEXT_WIDTH / BODY_CHAR

/** Rough width of a line in 3号 characters: CJK and full-width forms count 1, other characters 0.6. */
export function estimateChars(text: string): number {
  let n = 0
  for (const ch of text) n += /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\u2014]/.test(ch) ? 1 : 0.6
  return n
}

/**
 * Lines of a sign-off block, left-aligned at a common start, so that e.g. "专家签名：" and "日期：" line up
 * with the longest line ending two characters in from the right (§7.3.5.3); `indentChars` overrides the start.
 */
export function signOffParagraphs(lines: readonly string[], fonts: ReportFonts, indentChars?: number): Paragraph[] {
  const longest = Math.max(0, ...lines.map(estimateChars))
  const start = indentChars ?? Math.max(0, Math.floor(LINE_CHARS - 2 - longest))
  return lines.map(
    (line, i) =>
      new Paragraph({
        spacing: { ...BODY_SPACING, before: i === 0 ? BODY_LINE : 0 },
        indent: { left: start * BODY_CHAR },
        keepNext: i < lines.length - 1,
        keepLines: true,
        children: [textRun(line, { font: fonts.body })],
      }),
  )
}

/** "— 1 —" in 4号 半角宋体. */
function pageNumberRun(fonts: ReportFonts): TextRun {
  return new TextRun({
    children: ['— ', PageNumber.CURRENT, ' —'],
    font: cjkFont(fonts.pageNumber),
    size: FONT_SIZE.pageNumber,
    color: BLACK,
  })
}

/** One 4号 character: the page number's distance from the text block's outer edge (§7.5). */
const PAGE_NUMBER_INSET = 280

/**
 * Page-number footers: odd pages right, even pages left, one character in (§7.5). Word shows `default`
 * on odd pages and `even` on even pages only with the document's `evenAndOddHeaderAndFooters`
 * (packReport sets it). An optional small `note` (e.g. a form's version) takes the opposite side.
 */
export function pageNumberFooters(fonts: ReportFonts, note?: string): { default: Footer; even: Footer } {
  const noteRun = note ? textRun(note, { font: fonts.body, size: FONT_SIZE.small }) : undefined
  const odd = new Paragraph({
    alignment: noteRun ? AlignmentType.LEFT : AlignmentType.RIGHT,
    indent: noteRun ? undefined : { right: PAGE_NUMBER_INSET },
    tabStops: noteRun ? [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - PAGE_NUMBER_INSET }] : undefined,
    children: noteRun ? [noteRun, new TextRun({ children: [new Tab()] }), pageNumberRun(fonts)] : [pageNumberRun(fonts)],
  })
  const even = new Paragraph({
    alignment: AlignmentType.LEFT,
    indent: { left: PAGE_NUMBER_INSET },
    tabStops: noteRun ? [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }] : undefined,
    children: noteRun ? [pageNumberRun(fonts), new TextRun({ children: [new Tab()] }), noteRun] : [pageNumberRun(fonts)],
  })
  return { default: new Footer({ children: [odd] }), even: new Footer({ children: [even] }) }
}

/** One A4 portrait section with GB/T margins and page-number footers. */
export function gbtSection(
  fonts: ReportFonts,
  children: ISectionOptions['children'],
  options: { footerNote?: string; restartNumbering?: boolean } = {},
): ISectionOptions {
  return {
    properties: {
      page: {
        size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
        margin: { ...MARGINS },
        ...(options.restartNumbering ? { pageNumbers: { start: 1 } } : {}),
      },
      grid: { ...DOC_GRID },
    },
    footers: pageNumberFooters(fonts, options.footerNote),
    children,
  }
}

/**
 * A cover page: same paper and margins, no page number (GB/T 9704 numbers the body); the section that
 * follows starts at page 1.
 */
export function coverSection(children: ISectionOptions['children']): ISectionOptions {
  return {
    properties: {
      page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT }, margin: { ...MARGINS } },
      grid: { ...DOC_GRID },
    },
    children,
  }
}

/** Document defaults: body font for every script, 3号, black, Chinese language tags. */
export function gbtStyles(fonts: ReportFonts): IStylesOptions {
  return {
    default: {
      document: {
        run: {
          font: cjkFont(fonts.body),
          size: FONT_SIZE.body,
          color: BLACK,
          language: { value: 'zh-CN', eastAsia: 'zh-CN' },
        },
      },
    },
  }
}

/** What every report's package says made it (docProps/core.xml). */
export const REPORT_CREATOR = '专家评审工作台'

export interface PackReportOptions {
  title: string
  fonts: ReportFonts
  sections: ISectionOptions[]
  /**
   * The document's own date (e.g. when the sheet was submitted), written as created/modified and as
   * every zip entry's time, so the same data gives the same bytes. Never the clock.
   */
  date: Date
}

/**
 * The one way every report becomes .docx bytes (issue 13): GB/T styles, odd/even page-number footers,
 * and a deterministic package (stablePackage.ts). Returns a plain Uint8Array (no Node Buffer needed).
 */
export async function packReport(options: PackReportOptions): Promise<Uint8Array> {
  if (Number.isNaN(options.date.getTime())) throw new RangeError('packReport: invalid date')
  const doc = new Document({
    title: options.title,
    creator: REPORT_CREATOR,
    // Needed for the footers' `even` part to be used on even pages (w:evenAndOddHeaders in settings.xml).
    evenAndOddHeaderAndFooters: true,
    styles: gbtStyles(options.fonts),
    sections: options.sections,
  })
  const core = corePropertiesXml({ title: options.title, creator: REPORT_CREATOR, date: options.date })
  const bytes = await Packer.pack(doc, 'uint8array', undefined, [{ path: 'docProps/core.xml', data: core }])
  return stampZipEntries(await withStableDrawingIds(bytes), options.date)
}
