/**
 * Data handed out by storage: read-only all the way down in its type, and frozen at run time, so a
 * change that bypasses update()/put() does not compile, and if forced through a cast it throws
 * instead of looking saved (docs/design/style.md: "treat as read-only" on a mutable getter is not safety).
 */
export type DeepReadonly<T> = T extends string | number | boolean | bigint | symbol | null | undefined
  ? T // branded ids (string & brand) stay as they are
  : T extends (infer U)[]
  ? ReadonlyArray<DeepReadonly<U>>
  : T extends Map<infer K, infer V>
    ? ReadonlyMap<K, DeepReadonly<V>>
    : T extends Set<infer U>
      ? ReadonlySet<DeepReadonly<U>>
      : T extends (...args: never[]) => unknown
        ? T
        : T extends object
          ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
          : T

/** Freezes `value` and everything reachable from it (plain JSON data); returns it. */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value
  Object.freeze(value)
  for (const v of Object.values(value as object)) deepFreeze(v)
  return value
}
