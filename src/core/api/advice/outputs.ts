import type { AdviceLibrary } from '../../reports/diagnosis/adviceLibrary'
import type { FileOutput } from '../shared/files'

export interface AdviceOutputs {
  'advice.get': AdviceLibrary
  'advice.save': AdviceLibrary
  'advice.export': FileOutput
  'advice.import': AdviceLibrary & { imported: number }
}
