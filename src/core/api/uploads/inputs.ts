import { z } from 'zod'
import { text, type InputsOf } from '../shared/fields'

export const uploadsInputs = {
  'uploads.begin': z.object({ name: text('文件名').min(1).max(255), size: z.number().int().nonnegative() }).strict(),
  'uploads.chunk': z
    .object({ uploadId: z.string().max(40), offset: z.number().int().nonnegative(), base64: z.string().max(6 * 1024 * 1024, '每块不超过 4 MB') })
    .strict(),
} satisfies InputsOf<'uploads'>
