import { z } from 'zod'
import { ExpertIdSchema, GroupIdSchema } from '../../domain/ids'
import { FormerUnitSchema, RelationSchema } from '../../domain/workspace'
import { fileSource, name, none, type InputsOf } from '../shared/fields'

const expertFields = {
  name: name('专家姓名', 40),
  unit: name('工作单位', 80),
  title: z.string().trim().max(40).default(''),
  groupIds: z.array(GroupIdSchema).max(7).default([]),
  contact: z.string().trim().max(80).default(''),
  formerUnits: z.array(FormerUnitSchema).max(20).default([]),
  relations: z.array(RelationSchema).max(50).default([]),
  fields: z.array(z.string().trim().min(1).max(40)).max(30).default([]),
}

export const expertsInputs = {
  'experts.list': none,
  'experts.add': z.object(expertFields).strict(),
  'experts.update': z.object({ expertId: ExpertIdSchema, ...expertFields }).strict(),
  /** the expert pool from an .xlsx/CSV table: headers 姓名, 工作单位, 职称, 协作组, 原工作单位, 关系, 研究领域, 联系方式 */
  'experts.previewImport': z.object({ source: fileSource, headerRow: z.number().int().min(1).max(1_048_576).optional() }).strict(),
  'experts.import': z.object({ source: fileSource, headerRow: z.number().int().min(1).max(1_048_576).optional(), mode: z.enum(['all', 'validOnly']) }).strict(),
} satisfies InputsOf<'experts'>
