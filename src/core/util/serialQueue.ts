/**
 * One-at-a-time work per key (a workspace store, or a store and an expert): each call waits for the
 * key's previous call to settle, whether it succeeded or failed. For check-then-write operations that
 * two callers (a double click, a second window, two doors) must not interleave, where the check of
 * the second has to see the first one's writes. A key is forgotten once its last call settles.
 */
export function serialQueue<K>(): <T>(key: K, run: () => Promise<T>) => Promise<T> {
  const tails = new Map<K, Promise<unknown>>()
  return <T>(key: K, run: () => Promise<T>): Promise<T> => {
    const before = tails.get(key) ?? Promise.resolve()
    const p = before.then(run, run)
    const tail = p.then(
      () => undefined,
      () => undefined,
    )
    tails.set(key, tail)
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key)
    })
    return p
  }
}
