import { addDays, type CalendarDate } from '../date.js';

// The Phugpa (ཕུག་ལུགས) Tibetan calendar, the one the Tibet Autonomous Region's notices follow, by the
// arithmetic of S. Janson, "Tibetan calendar mathematics" (2nd ed., 2014, arXiv:1401.6285), §5–6:
// a month count from the epoch 806, and the "true date" of each lunar day (tithi) from the mean date
// corrected by the moon's and the sun's equations, tabulated and linearly interpolated. The civil day
// on which tithi d of true month n ends is ⌊true_date(n, d)⌋ (a Julian day number).
//
// All arithmetic is on integers: the fractions of the formulas share the denominator below, and every
// product stays below 2^53 for the years we use, so no rounding can move a day.

// Julian day number of 1970-01-01, the epoch of CalendarDate arithmetic.
const JDN_1970_01_01 = 2_440_588;
const EPOCH = '1970-01-01' as CalendarDate;

// Mean date (Janson (5.4)): n·167025/5656 + d·11135/11312 + 2015501 + 4783/5656, over 11312.
const MEAN_DENOMINATOR = 11_312;
// The equations are in 1/60 of a day: moon over 126·60 = 7560, sun over 402·60 = 24120.
const MOON_DENOMINATOR = 126;
const SUN_DENOMINATOR = 402;
// lcm(11312, 7560, 24120).
const DENOMINATOR = 102_317_040;

const MOON_TABLE = [0, 5, 10, 15, 19, 22, 24, 25] as const;
const SUN_TABLE = [0, 6, 10, 11] as const;

function mod(a: number, b: number): number {
  return ((a % b) + b) % b;
}

function floorDiv(a: number, b: number): number {
  let q = Math.floor(a / b);
  // Exact correction in case the floating-point quotient rounded across an integer.
  while (q * b > a) q -= 1;
  while ((q + 1) * b <= a) q += 1;
  return q;
}

// moon_tab(i), period 28, and sun_tab(i), period 12 (Janson (6.3), (6.5)).
function moonTable(i: number): number {
  const k = mod(i, 28);
  if (k <= 7) return MOON_TABLE[k] ?? 0;
  if (k <= 14) return MOON_TABLE[14 - k] ?? 0;
  if (k <= 21) return -(MOON_TABLE[k - 14] ?? 0);
  return -(MOON_TABLE[28 - k] ?? 0);
}

function sunTable(i: number): number {
  const k = mod(i, 12);
  if (k <= 3) return SUN_TABLE[k] ?? 0;
  if (k <= 6) return SUN_TABLE[6 - k] ?? 0;
  if (k <= 9) return -(SUN_TABLE[k - 6] ?? 0);
  return -(SUN_TABLE[12 - k] ?? 0);
}

// table(x) interpolated linearly at x = numerator / denominator, times the denominator.
function interpolated(table: (i: number) => number, numerator: number, denominator: number): number {
  const i = floorDiv(numerator, denominator);
  const rest = numerator - i * denominator;
  const low = table(i);
  return low * denominator + (table(i + 1) - low) * rest;
}

/** ⌊true_date(n, d)⌋: the Julian day number on which tithi `day` of true month `n` ends. */
function trueDateDay(n: number, day: number): number {
  const mean = n * 334_050 + day * 11_135 + 2_015_501 * MEAN_DENOMINATOR + 9_566;
  // 28 × moon anomaly = (253n + 126d + 475) / 126.
  const moon = interpolated(moonTable, 253 * n + 126 * day + 475, MOON_DENOMINATOR);
  // 12 × (mean sun − 1/4) = (390n + 13d + 3252) / 402.
  const sun = interpolated(sunTable, 390 * n + 13 * day + 3_252, SUN_DENOMINATOR);
  const total =
    mean * (DENOMINATOR / MEAN_DENOMINATOR) +
    moon * (DENOMINATOR / (MOON_DENOMINATOR * 60)) -
    sun * (DENOMINATOR / (SUN_DENOMINATOR * 60));
  return floorDiv(total, DENOMINATOR);
}

/**
 * The true month count of month `month` (1–12) of the Tibetan year that begins in Gregorian `year`
 * (Janson (5.1)–(5.3), Phugpa: epoch 806, month 3, β* = 61, leap index 48/49). When the month is
 * doubled the first is the leap month: `leap` is its count and the regular month is `leap + 1`.
 */
function trueMonth(year: number, month: number): { readonly regular: number; readonly leap: number | null } {
  const value = 67 * (12 * (year - 806) + month - 3) + 61;
  const index = mod(value, 65);
  const count = floorDiv(value, 65);
  if (index === 48 || index === 49) return { regular: count + 1, leap: count };
  return { regular: index > 49 ? count + 1 : count, leap: null };
}

function dateOfDayNumber(jdn: number): CalendarDate {
  return addDays(EPOCH, jdn - JDN_1970_01_01);
}

/**
 * Losar (ལོ་གསར་, 藏历新年): the first day of the Tibetan year that begins in Gregorian `year`, the day
 * after the last day of the twelfth month before it (the first day of a leap first month when the
 * first month is doubled, as in 2019).
 */
export function losarOf(year: number): CalendarDate {
  const first = trueMonth(year, 1);
  return dateOfDayNumber(trueDateDay((first.leap ?? first.regular) - 1, 30) + 1);
}

/**
 * The last day of month `month` of the Tibetan year that begins in Gregorian `year`: the day tithi 30
 * ends (when tithi 30 is doubled, the second of the two days; when it is skipped, the day that holds
 * tithis 29 and 30). Two dates, the leap month's first, when the month is doubled (a sixth month in
 * 2024: 4 August and 2 September).
 */
export function tibetanMonthEnds(year: number, month: number): readonly CalendarDate[] {
  const { regular, leap } = trueMonth(year, month);
  const end = (count: number) => dateOfDayNumber(trueDateDay(count, 30));
  return leap === null ? [end(regular)] : [end(leap), end(regular)];
}
