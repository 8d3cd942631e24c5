import type { ReportFontPreset, ReportFonts } from '../../domain/reportFonts'
import type { FileOutput } from '../shared/files'

export interface ReportFontsView {
  fonts: ReportFonts
  preset: ReportFontPreset | 'custom'
  presets: Array<{ name: ReportFontPreset; label: string; fonts: ReportFonts }>
}

export interface ReportsOutputs {
  'reports.scoreSheet': FileOutput
  'reports.fonts': ReportFontsView
  'reports.setFonts': ReportFontsView
}
