import { afterEach, describe, expect, it } from 'vitest'
import { diagnosticTemplate } from '../../../src/core/rubric/templates/diagnostic'
import { allIndicators } from '../../../src/core/rubric/indicators'
import { sheetResult } from '../../../src/core/scoring/sheetResult'
import { storedSheetResult } from '../../../src/core/scoring/sheetResultMemo'
import { deepFreeze } from '../../../src/core/storage/readonly'
import { mapInSlices } from '../../../src/core/util/slices'
import { clientScoringCampaign, tempClient } from '../../helpers/client'

const sheet = (level: 'A' | 'B' | 'C' | 'D') => ({ entries: Object.fromEntries(allIndicators(diagnosticTemplate).map((i) => [i.code, { level }])) })

let cleanup: (() => Promise<void>) | undefined
afterEach(async () => {
  await cleanup?.()
  cleanup = undefined
})

describe('storedSheetResult: a stored (frozen) sheet is scored once per version', () => {
  it('gives what sheetResult gives, computes a frozen sheet once, and freezes the shared result', () => {
    const rubric = deepFreeze(structuredClone(diagnosticTemplate))
    const s = deepFreeze(sheet('B'))
    const first = storedSheetResult(rubric, s)
    // everything sheetResult gives but the per-indicator scores, which the memo does not keep
    const { indicators, ...rest } = sheetResult(rubric, s)
    expect(indicators.length).toBeGreaterThan(0)
    expect(first).toEqual(rest)
    expect('indicators' in first).toBe(false)
    expect(storedSheetResult(rubric, s)).toBe(first)
    expect(Object.isFrozen(first) && Object.isFrozen(first.dimensions[0])).toBe(true)
  })

  it('scores again for another rubric object, and never caches what is not frozen', () => {
    const r1 = deepFreeze(structuredClone(diagnosticTemplate))
    const r2 = deepFreeze({ ...structuredClone(diagnosticTemplate), levels: diagnosticTemplate.levels.map((l) => ({ ...l, coefficient: l.level === 'B' ? 0.5 : l.coefficient })) })
    const s = deepFreeze(sheet('B'))
    expect(storedSheetResult(r1, s).total).toBe(80)
    expect(storedSheetResult(r2, s).total).toBe(50)
    const mutable = sheet('A')
    expect(storedSheetResult(r1, mutable).total).toBe(100)
    mutable.entries['1.1'] = { level: 'D' }
    expect(storedSheetResult(r1, mutable).total).toBeLessThan(100)
  })

  it('results.summary follows every save of a sheet (no stale score from the memo)', async () => {
    const c = await tempClient()
    cleanup = c.cleanup
    const { key } = await clientScoringCampaign(c.api)
    const totalNow = async () => (await c.api['results.summary']({ campaignId: key.campaignId })).rows[0]!.experts[0]!.total
    await c.api['sheets.setEntry']({ ...key, indicatorCode: '1.1', level: 'A' })
    const a = await totalNow()
    await c.api['sheets.setEntry']({ ...key, indicatorCode: '1.1', level: 'D' })
    const d = await totalNow()
    expect(a).not.toBeNull()
    expect(d).toBeLessThan(a!)
    await c.api['sheets.setEntry']({ ...key, indicatorCode: '1.2', level: 'A' })
    expect(await totalNow()).toBeGreaterThan(d!)
  })
})

describe('mapInSlices', () => {
  it('maps in order and lets the event loop turn during a long map', async () => {
    let turns = 0
    let done = false
    const tick = () => {
      turns += 1
      if (!done) setImmediate(tick)
    }
    setImmediate(tick)
    const busy = (ms: number) => {
      const end = performance.now() + ms
      while (performance.now() < end);
    }
    const out = await mapInSlices([1, 2, 3, 4, 5, 6], (x, i) => (busy(5), x * 10 + i), 8)
    done = true
    expect(out).toEqual([10, 21, 32, 43, 54, 65])
    expect(turns).toBeGreaterThan(1)
  })
})
