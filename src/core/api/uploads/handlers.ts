import type { HandlerDeps } from '../shared/deps'
import type { HandlersOf } from '../contract'

/** A file sent in chunks; roster.* and materials.import then name it by its uploadId. */
export function uploadsHandlers({ uploads }: HandlerDeps) {
  return {
    'uploads.begin': async ({ name, size }) => ({ uploadId: await uploads.begin(name, size) }),
    'uploads.chunk': async ({ uploadId, offset, base64 }) => ({ received: await uploads.chunk(uploadId, offset, Buffer.from(base64, 'base64')) }),
  } satisfies HandlersOf<'uploads'>
}
