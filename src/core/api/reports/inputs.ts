import { z } from 'zod'
import { ReportFontsSchema, REPORT_FONT_PRESETS } from '../../domain/reportFonts'
import { none, sheetKey, type InputsOf } from '../shared/fields'

const presetNames = Object.keys(REPORT_FONT_PRESETS) as [keyof typeof REPORT_FONT_PRESETS, ...Array<keyof typeof REPORT_FONT_PRESETS>]

export const reportsInputs = {
  'reports.scoreSheet': z.object(sheetKey).strict(),
  'reports.fonts': none,
  /** a preset by name, or five names of the user's own */
  'reports.setFonts': z.union([
    z.object({ preset: z.enum(presetNames) }).strict(),
    z.object({ fonts: ReportFontsSchema.strict() }).strict(),
  ]),
} satisfies InputsOf<'reports'>
