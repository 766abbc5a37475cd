import type { BilingualText } from '../errors.js';

// The shape of the committed holiday data. Dates are plain 'YYYY-MM-DD' texts here because this is
// data typed by hand or by a script; calendar.ts checks every one of them when it builds a calendar.

/** Consecutive days off announced together (放假调休期间), both ends included. */
export interface RestPeriodData {
  readonly from: string;
  readonly to: string;
  readonly name: BilingualText;
}

/** A Saturday or Sunday announced as a working day (调休上班日). */
export interface AdjustedWorkdayData {
  readonly date: string;
  readonly name: BilingualText;
}

/** How sure we are of a regional entry: read from the notice itself, or inferred from practice. */
export type DataBasis = 'NOTICE' | 'ESTIMATE';

/** What one year's notice(s) announced. */
export interface CalendarYearData<
  P extends RestPeriodData = RestPeriodData,
  W extends AdjustedWorkdayData = AdjustedWorkdayData,
> {
  readonly year: number;
  readonly restPeriods: readonly P[];
  readonly adjustedWorkdays: readonly W[];
}

/** The national calendar: every year from `firstYear` to `lastYear`, none missing. */
export interface NationalCalendarData {
  readonly source: string;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly years: readonly CalendarYearData[];
}

/** A regional rest period with the basis it rests on. */
export interface RegionalRestPeriodData extends RestPeriodData {
  readonly basis: DataBasis;
}

/** A regional make-up working day with the basis it rests on. */
export interface RegionalAdjustedWorkdayData extends AdjustedWorkdayData {
  readonly basis: DataBasis;
}

/** Days a region adds to (or, for make-up days, takes from) the national calendar. */
export interface RegionalOverlayData {
  readonly id: string;
  readonly name: BilingualText;
  /** Region codes (GB/T 2260) starting with this prefix use the overlay. */
  readonly regionCodePrefix: string;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly years: readonly CalendarYearData<RegionalRestPeriodData, RegionalAdjustedWorkdayData>[];
}
