/** Round half away from zero to `digits` decimals, robust to binary noise (0.1 + 0.2 → 0.3). */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits
  const shifted = Math.abs(value) * f
  const r = Math.round(Number(shifted.toPrecision(12))) / f
  return value < 0 ? -r : r
}
