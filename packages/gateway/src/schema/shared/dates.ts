import { type CalendarDate, shanghaiDateOf } from '@grassroots/core';
import type { Context } from '../../context.js';

/** The request's civil day in Asia/Shanghai: the day "in force", "today" and "now" refer to. */
export function todayOf(context: Context): CalendarDate {
  return shanghaiDateOf(context.now);
}

/** A date the `Date` scalar has already checked (YYYY-MM-DD, a real day), as core's branded type. */
export function calendarDate(text: string): CalendarDate {
  return text as CalendarDate;
}
