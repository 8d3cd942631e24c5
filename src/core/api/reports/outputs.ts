import type { ReportFontPreset, ReportFonts } from '../../domain/reportFonts'
import type { FileOutput } from '../shared/files'
import type { TaskViewOf } from '../taskView'

export interface ReportFontsView {
  fonts: ReportFonts
  preset: ReportFontPreset | 'custom'
  presets: Array<{ name: ReportFontPreset; label: string; fonts: ReportFonts }>
}

export interface CampaignDocumentList {
  kinds: Array<{ id: string; label: string; documents: Array<{ key: string; school: string; subject: string; fileName: string }> }>
  pdfAvailable: boolean
  pdfMessage: string
}

export interface ReportsOutputs {
  'reports.scoreSheet': FileOutput
  'reports.fonts': ReportFontsView
  'reports.setFonts': ReportFontsView
  'reports.panelOpinion': FileOutput
  'reports.documents': CampaignDocumentList
  'reports.document': FileOutput
  'reports.exportAll': TaskViewOf<'reports.exportAll'>
  'reports.exportedFile': FileOutput
}
