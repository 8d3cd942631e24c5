import type { FileOutput } from '../shared/files'

export interface ReportsOutputs {
  'reports.scoreSheet': FileOutput
}
