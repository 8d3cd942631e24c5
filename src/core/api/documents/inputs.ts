import { z } from 'zod'
import { text, type InputsOf } from '../shared/fields'

/** 验证文书 (issue 11): a dropped file checked, a typed verification code looked up. */
export const documentsInputs = {
  /** checks a signed .docx or a .wbexp/.wbscore the user uploaded (uploads.begin/chunk) against this workspace */
  'documents.verify': z.object({ uploadId: z.string().regex(/^up-[0-9a-f]{16}$/, '上传编号无效') }).strict(),
  /** the register entry of a verification code, as a person types it (any case, spaces or dashes) */
  'documents.lookup': z.object({ code: text('验证码').trim().min(1, '请输入验证码').max(64, '验证码过长') }).strict(),
} satisfies InputsOf<'documents'>
