import { z } from 'zod'
import { sheetKey, type InputsOf } from '../shared/fields'

export const reportsInputs = {
  'reports.scoreSheet': z.object(sheetKey).strict(),
} satisfies InputsOf<'reports'>
