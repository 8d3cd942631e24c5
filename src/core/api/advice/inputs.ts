import { z } from 'zod'
import { AdviceEntrySchema } from '../../reports/diagnosis/adviceLibrary'
import { fileSource, none, text, type InputsOf } from '../shared/fields'

export const adviceInputs = {
  'advice.get': none,
  /** REPLACES the whole library with the one the consultant edited, starting from `expectVersion` (advice.get's version) */
  'advice.save': z
    .object({
      /** the version the edit started from: a save of an older library is refused (STALE_VERSION) and writes nothing */
      expectVersion: z.number().int().nonnegative(),
      name: text('建议库名称').trim().min(1, '请填写建议库名称').max(80).optional(),
      entries: z.array(AdviceEntrySchema.extend({ text: text('建议内容', { multiline: true }).trim().min(1, '建议内容不能为空').max(2000, '建议内容不能超过 2000 字') })).max(5000, '建议库最多 5000 条'),
    })
    .strict(),
  'advice.export': none,
  /** replace: the file becomes the library; merge: its entries replace those with the same id and the rest are added */
  'advice.import': z.object({ source: fileSource, mode: z.enum(['replace', 'merge']) }).strict(),
} satisfies InputsOf<'advice'>
