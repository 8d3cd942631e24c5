import type { Rubric } from '../../domain/rubric'
import type { Campaign } from '../../domain/workspace'
import type { FileOutput } from '../shared/files'
import type { Problem } from '../../domain/problem'
import type { RubricProblem } from '../../rubric/problems'

export interface RubricCheck {
  ok: boolean
  /** code, path into the rubric, params; `where` is the path in Chinese (describeRubricPath) */
  problems: RubricProblem[]
  /** sum of the 一级指标 points, for the editor's running total */
  total?: number
}

export interface RubricFileParse {
  ok: boolean
  rubric?: Rubric
  /**
   * `where` names the place in the file (the caller knows the file's name): 工作表「…」第 n 行 X 列 for a
   * spreadsheet, the item for JSON. `code` FILE is a problem of reading the file itself; a rubric
   * problem keeps its code and its path (from the JSON envelope, or into the rubric read from the sheets).
   */
  problems: Array<Problem & { where: string; sheet?: string; row?: number; column?: string }>
}

export interface RubricOutputs {
  'rubric.validate': RubricCheck
  'rubric.update': Campaign
  'rubric.export': FileOutput
  'rubric.parseFile': RubricFileParse
}
