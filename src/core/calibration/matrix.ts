/**
 * Ratings as the statistics see them: rows are subjects (submissions, 评审对象), columns are raters
 * (experts); `null` is a missing rating (not on the panel, not submitted, empty CSV cell).
 */
export type Rating = number | null
export type RatingsMatrix = ReadonlyArray<ReadonlyArray<Rating>>

export const raterCount = (m: RatingsMatrix): number => m.reduce((k, row) => Math.max(k, row.length), 0)

/** The values present in a row. */
export const presentValues = (row: ReadonlyArray<Rating>): number[] => row.filter((v): v is number => v !== null)

/** One rater's column (missing where the row is shorter). */
export const column = (m: RatingsMatrix, j: number): Rating[] => m.map((row) => row[j] ?? null)

/**
 * Listwise deletion (R psych ICC's default, irr::kendall's "missing data are omitted in a listwise
 * way"): keeps only subjects rated by every rater. Returns the kept rows and how many were dropped.
 */
export function completeRows(m: RatingsMatrix, k = raterCount(m)): { rows: number[][]; dropped: number } {
  const rows: number[][] = []
  for (const row of m) {
    if (row.length === k && row.every((v) => v !== null)) rows.push(row as number[])
  }
  return { rows, dropped: m.length - rows.length }
}

/**
 * Leaves out raters who rated no subject at all (an expert on no panel, or who submitted nothing):
 * they carry no information, and under listwise deletion one empty column would remove every subject.
 */
export function withoutEmptyRaters(m: RatingsMatrix): { matrix: Rating[][]; kept: number[] } {
  const k = raterCount(m)
  const kept = Array.from({ length: k }, (_, j) => j).filter((j) => m.some((row) => (row[j] ?? null) !== null))
  return { matrix: m.map((row) => kept.map((j) => row[j] ?? null)), kept }
}
