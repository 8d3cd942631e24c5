import { z } from 'zod'
import { none, type InputsOf } from '../shared/fields'

export const templatesInputs = {
  'templates.list': none,
  'templates.get': z.object({ templateId: z.string().min(1).max(64) }).strict(),
} satisfies InputsOf<'templates'>
