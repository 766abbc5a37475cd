// A strict TypeScript consumer of the installed tarball, type-checked under `NodeNext` and `Bundler`.
import {
  addWorkingDays,
  type CalendarDate,
  type DomainError,
  nationalCalendar,
  parseCalendarDate,
  parseCitizenId,
  type Result,
  type Sex,
} from '@grassroots/core';

export function sexOf(id: string, today: CalendarDate): Sex | DomainError['code'] {
  const parsed = parseCitizenId(id, today);
  return parsed.ok ? parsed.value.sex : parsed.error.code;
}

export function nextWorkingDay(start: string): Result<CalendarDate, DomainError> {
  const day = parseCalendarDate(start);
  return day.ok ? addWorkingDays(nationalCalendar(), day.value, 1) : day;
}

export function misuse(today: CalendarDate): void {
  // @ts-expect-error: an ID number is a string, and the types say so to whoever installs the package.
  parseCitizenId(11010519491231002, today);
}
