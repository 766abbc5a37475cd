import { NATIONAL_CALENDAR_DATA } from './national.js';

/** The first year the working calendar answers for: the first year of the committed national data. */
export const CALENDAR_FIRST_YEAR = NATIONAL_CALENDAR_DATA.firstYear;

/**
 * The last year the working calendar answers for. Past the official data it answers provisionally, by
 * the rules of 全国年节及纪念日放假办法; beyond 2099 it refuses: the rules have changed four times since
 * 1949, so a date that far out is far likelier a typing error (2207 for 2027) than a real time limit.
 */
export const CALENDAR_LAST_YEAR = 2099;
