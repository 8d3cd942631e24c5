import { z } from 'zod'
import { ExpertIdSchema, GroupIdSchema } from '../../domain/ids'
import { FormerUnitSchema, RelationSchema } from '../../domain/workspace'
import { fileSource, name, none, text, type InputsOf } from '../shared/fields'

/** An expert's fields, none defaulted: experts.update passes on only what the caller gave. */
const expertFields = {
  name: name('专家姓名', 40),
  unit: name('工作单位', 80),
  title: text('职称').trim().max(40),
  groupIds: z.array(GroupIdSchema).max(7),
  contact: text('联系方式').trim().max(80),
  formerUnits: z.array(FormerUnitSchema.extend({ unit: text('曾任职单位').trim().min(1).max(80) })).max(20),
  relations: z
    .array(RelationSchema.extend({ name: text('关系人姓名').trim().max(40).default(''), unit: text('关系人单位').trim().max(80).default('') }))
    .max(50),
  fields: z.array(text('专业领域').trim().min(1).max(40)).max(30),
}

export const expertsInputs = {
  'experts.list': none,
  /** Creates an expert: name and unit required, every other field empty when omitted. */
  'experts.add': z
    .object({
      ...expertFields,
      title: expertFields.title.default(''),
      groupIds: expertFields.groupIds.default([]),
      contact: expertFields.contact.default(''),
      formerUnits: expertFields.formerUnits.default([]),
      relations: expertFields.relations.default([]),
      fields: expertFields.fields.default([]),
    })
    .strict(),
  /**
   * PATCH: changes only the fields given; an omitted field keeps its stored value (never cleared).
   * A list field given replaces that whole list; to empty a field, send '' or [].
   */
  'experts.update': z.object({ expertId: ExpertIdSchema, ...z.object(expertFields).partial().shape }).strict(),
  /** the expert pool from an .xlsx/CSV table: headers 姓名, 工作单位, 职称, 协作组, 原工作单位, 关系, 研究领域, 联系方式 */
  'experts.previewImport': z.object({ source: fileSource, headerRow: z.number().int().min(1).max(1_048_576).optional() }).strict(),
  'experts.import': z.object({ source: fileSource, headerRow: z.number().int().min(1).max(1_048_576).optional(), mode: z.enum(['all', 'validOnly']) }).strict(),
} satisfies InputsOf<'experts'>
