import type { Rubric } from '../../domain/rubric'
import type { Campaign } from '../../domain/workspace'
import type { FileOutput } from '../shared/files'

export interface RubricCheck {
  ok: boolean
  problems: Array<{ where: string; message: string; code: string }>
  /** sum of the 一级指标 points, for the editor's running total */
  total?: number
}

export interface RubricFileParse {
  ok: boolean
  rubric?: Rubric
  problems: Array<{ where: string; message: string; sheet?: string; row?: number; column?: string }>
}

export interface RubricOutputs {
  'rubric.validate': RubricCheck
  'rubric.update': Campaign
  'rubric.export': FileOutput
  'rubric.parseFile': RubricFileParse
}
