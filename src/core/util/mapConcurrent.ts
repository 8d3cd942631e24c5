/**
 * Runs `fn` over `items` with at most `limit` calls in flight and returns the results in the items'
 * order. On the first failure no new call starts; the ones in flight are waited for (so a caller's
 * rollback never races a write still going on), then that first error is thrown.
 */
export async function mapConcurrent<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  let failed = false
  let firstError: unknown
  const worker = async () => {
    while (!failed && next < items.length) {
      const i = next++
      try {
        results[i] = await fn(items[i]!, i)
      } catch (e) {
        if (!failed) firstError = e
        failed = true
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  if (failed) throw firstError
  return results
}
