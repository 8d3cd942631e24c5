import { useCallback, useEffect, useState } from 'react'

const KEY = 'workbench.sheetSplit'
const MIN = 35
const MAX = 75

interface Split {
  /** the form's share of the width, in percent */
  formPct: number
  viewerHidden: boolean
}

function stored(): Split {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Split> | null
    const pct = typeof v?.formPct === 'number' && v.formPct >= MIN && v.formPct <= MAX ? v.formPct : 56
    return { formPct: pct, viewerHidden: v?.viewerHidden === true }
  } catch {
    return { formPct: 56, viewerHidden: false }
  }
}

/** Where the user left the divider between form and materials, kept for the next sheet and the next start. */
export function useSplit() {
  const [split, setSplit] = useState<Split>(stored)
  useEffect(() => {
    try {
      localStorage.setItem(KEY, JSON.stringify(split))
    } catch {
      // storage full or disabled: the split still works for this session
    }
  }, [split])
  const setFormPct = useCallback((pct: number) => setSplit((s) => ({ ...s, formPct: Math.min(MAX, Math.max(MIN, pct)) })), [])
  const setViewerHidden = useCallback((viewerHidden: boolean) => setSplit((s) => ({ ...s, viewerHidden })), [])
  return { ...split, setFormPct, setViewerHidden }
}
