/** Published reliability data sets shared by the calibration tests (sources cited where they are used). */

/** Shrout & Fleiss (1979) Table 2: 6 targets (rows) × 4 judges (columns). */
export const SHROUT_FLEISS: number[][] = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
]

/**
 * Iris Kemp, "Scorecard Example" (R Markdown knitted with R package irr, 2016-11-07):
 * 12 items (rows) ranked by 5 raters R1…R5 (columns); R2 ties items 3 and 11 at 6.
 */
export const SCORECARD: number[][] = [
  [4, 1, 1, 2, 1],
  [3, 2, 2, 3, 6],
  [1, 6, 6, 5, 2],
  [5, 3, 3, 6, 5],
  [6, 5, 4, 7, 3],
  [9, 4, 5, 1, 8],
  [8, 8, 8, 4, 4],
  [2, 9, 7, 10, 9],
  [7, 10, 10, 8, 7],
  [11, 11, 9, 9, 10],
  [10, 6, 11, 11, 11],
  [12, 12, 12, 12, 12],
]

/** Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the worked example for any number of observers with missing values: 12 units (rows) × observers A–D (columns), null = missing. */
export const KRIPPENDORFF_2011: Array<Array<number | null>> = [
  [1, 1, null, 1],
  [2, 2, 3, 2],
  [3, 3, 3, 3],
  [3, 3, 3, 3],
  [2, 2, 2, 2],
  [1, 2, 3, 4],
  [4, 4, 4, 4],
  [1, 1, 2, 1],
  [2, 2, 2, 2],
  [null, 5, 5, 5],
  [null, null, 1, 1],
  [null, 3, null, null],
]

/**
 * Wikipedia, "Krippendorff's alpha", section "A computational example": 15 units (rows) × 3 coders
 * (columns), null = missing; the same data are the reliability_data of the test suite of the Python
 * package krippendorff (pln-fing-udelar/fast-krippendorff, tests/test_krippendorff.py).
 */
export const WIKIPEDIA_EXAMPLE: Array<Array<number | null>> = [
  [null, 1, null],
  [null, null, null],
  [null, 2, 2],
  [null, 1, 1],
  [null, 3, 3],
  [3, 3, 4],
  [4, 4, 4],
  [1, 3, null],
  [2, null, 2],
  [1, null, 1],
  [1, null, 1],
  [3, null, 3],
  [3, null, 3],
  [null, null, null],
  [3, null, 4],
]
