import { useEffect, useRef, useState } from 'react'
import { ApiError } from '../../api'

/**
 * An editor's own copy of a saved value that a newer saved value never silently replaces while the
 * user has changes of their own. When `saved` moves on — this window's save came back, or a refused
 * save reloaded what another window saved — an untouched copy (or one equal to the new saved value)
 * follows it; a changed copy is kept, and the newer saved value is offered beside it as `newer`
 * (`takeNewer` puts it in the editor; `keepMine` hides it; saving again saves the user's copy).
 * `keyOf` says when two values are the same edit (default: equal JSON).
 */
export function useKeptEdit<T>(saved: T, keyOf: (v: T) => string = (v) => JSON.stringify(v)) {
  const [value, setValue] = useState<T>(saved)
  const [newer, setNewer] = useState<T | null>(null)
  const savedKey = keyOf(saved)
  const valueKey = keyOf(value)
  const latest = useRef({ saved, valueKey, prevKey: savedKey })
  latest.current.saved = saved
  latest.current.valueKey = valueKey
  useEffect(() => {
    const l = latest.current
    const before = l.prevKey
    l.prevKey = savedKey
    if (before === savedKey) return
    if (l.valueKey === before || l.valueKey === savedKey) {
      setValue(l.saved)
      setNewer(null)
    } else setNewer(l.saved)
  }, [savedKey])
  return {
    value,
    setValue,
    /** whether the copy differs from what is saved */
    dirty: valueKey !== savedKey,
    /** what is saved now, when it changed under the user's own changes */
    newer,
    takeNewer: () => {
      if (newer !== null) setValue(newer)
      setNewer(null)
    },
    keepMine: () => setNewer(null),
  }
}

/**
 * A save whose refusal for another window's save (STALE_VERSION) is told as what happened here: the
 * newer text was loaded and the user's own is still in the editor (the store reloaded it).
 */
export async function keptOnStale<T>(save: () => Promise<T>, message: string): Promise<T> {
  try {
    return await save()
  } catch (e) {
    if (e instanceof ApiError && e.code === 'STALE_VERSION') throw new Error(message)
    throw e
  }
}
