import { describe, expect, it } from 'vitest'
import { icc } from '../../../src/core/calibration/icc'
import { iccOneWayPanels } from '../../../src/core/calibration/iccPanels'
import { SCORECARD, SHROUT_FLEISS } from './data'

describe('ICC(1) for panels (one-way, unequal panel sizes)', () => {
  it('is exactly S&F ICC(1,1) and ICC(1,k) when every subject has all k ratings', () => {
    for (const m of [SHROUT_FLEISS, SCORECARD]) {
      const p = iccOneWayPanels(m).value!
      const f = icc(m).value!.forms
      expect(p.k0).toBeCloseTo(m[0]!.length, 12)
      expect(p.ICC1).toBeCloseTo(f.ICC1.value!, 12)
      expect(p.ICC1k).toBeCloseTo(f.ICC1k.value!, 12)
    }
    // S&F (1979): ICC(1,1) = 448/2703 (derived in icc.test.ts); irr::icc oneway on the scorecard: 0.688
    expect(iccOneWayPanels(SHROUT_FLEISS).value!.ICC1).toBeCloseTo(448 / 2703, 12)
    expect(Math.abs(iccOneWayPanels(SCORECARD).value!.ICC1 - 0.688)).toBeLessThanOrEqual(0.0005)
  })

  it('uses every subject with ≥ 2 ratings, whoever gave them (by hand)', () => {
    // s1: 1, 3 (mean 2); s2: 4, 6, 8 (mean 6); s3: 9, 11 (mean 10); a fourth subject with one rating is left out.
    // N = 7, n = 3, ȳ = 42/7 = 6; SSB = 2·16 + 0 + 2·16 = 64 → BMS = 32; SSW = 2 + 8 + 2 = 12 → WMS = 12/4 = 3;
    // k0 = (7 − (4 + 9 + 4)/7)/2 = 16/7;  ICC(1) = 29/(32 + (9/7)·3) = 203/251;  ICC(1,k0) = 29/32
    const m = [
      [1, 3, null, null],
      [null, 4, 6, 8],
      [11, null, null, 9],
      [null, null, 5, null],
    ]
    const p = iccOneWayPanels(m).value!
    expect(p).toMatchObject({ n: 3, N: 7, BMS: 32, WMS: 3 })
    expect(p.k0).toBeCloseTo(16 / 7, 14)
    expect(p.ICC1).toBeCloseTo(203 / 251, 14)
    expect(p.ICC1k).toBeCloseTo(29 / 32, 14)
    // which expert gave which rating does not matter in the one-way model
    const moved = [
      [null, null, 3, 1],
      [8, 6, 4, null],
      [null, 9, 11, null],
    ]
    expect(iccOneWayPanels(moved).value!.ICC1).toBeCloseTo(203 / 251, 14)
  })

  it('is null with the reason for fewer than 2 subjects with 2 ratings, or no variance between subjects', () => {
    expect(iccOneWayPanels([[1, 2], [3, null]]).reason?.code).toBe('TOO_FEW_SUBJECTS')
    expect(iccOneWayPanels([[1, 3], [3, 1]]).reason?.code).toBe('NO_VARIANCE')
  })
})
