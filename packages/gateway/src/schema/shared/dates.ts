import { type CalendarDate, shanghaiDateOf } from '@grassroots/core';
import { GraphQLError } from 'graphql';
import type { Context } from '../../context.js';

/** The request's civil day in Asia/Shanghai: the day "in force", "today" and "now" refer to. */
export function todayOf(context: Context): CalendarDate {
  return shanghaiDateOf(context.now);
}

/** A date the `Date` scalar has already checked (YYYY-MM-DD, a real day), as core's branded type. */
export function calendarDate(text: string): CalendarDate {
  return text as CalendarDate;
}

/**
 * Refuses a period that ends before it starts (days or instants, either end optional): counting it
 * would answer 0, which a dashboard would show as a true figure.
 */
export function refuseInvertedPeriod(
  from: string | Date | null | undefined,
  to: string | Date | null | undefined,
  field: readonly string[] = ['from'],
): void {
  if (from === null || from === undefined || to === null || to === undefined) return;
  const inverted = from instanceof Date && to instanceof Date ? from.getTime() > to.getTime() : from > to;
  if (inverted) {
    throw new GraphQLError(
      '时段无效：起始晚于结束 / Invalid period: it starts after it ends / དུས་ཡུན་ནུས་མེད། འགོ་འཛུགས་མཇུག་སྒྲིལ་ལས་ཕྱི་བ་རེད།',
      {
        extensions: { code: 'BAD_USER_INPUT', field: [...field] },
      },
    );
  }
}
