// The working-day calendars the gateway hands to core: the committed data, provisional years past
// it, and the official schedules an operator loaded into the database (`pnpm db load-schedule`).
import {
  calendarForRegion,
  type DomainError,
  type OfficialSchedule,
  parseOfficialSchedule,
  type Result,
  type WorkingCalendar,
} from '@grassroots/core';
import type { Db } from './db/client.js';

/** How long a gateway keeps the loaded schedules before it reads them again. */
export const SCHEDULE_REFRESH_MS = 60_000;

/** Where resolvers get calendars; `refresh` makes the next call read the schedules again. */
export interface CalendarSource {
  readonly calendarFor: (regionCode: string) => Promise<WorkingCalendar>;
  /** The loaded schedules, for a rule that picks its region's calendar itself (`calendarForRegion`). */
  readonly schedules: () => Promise<readonly OfficialSchedule[]>;
  readonly refresh: () => void;
}

/**
 * Schedules are read once and kept for {@link SCHEDULE_REFRESH_MS} (a few rows, read at most once a
 * minute, not on every request); core caches calendars per schedules array, so one array is kept
 * per reading.
 */
export function createCalendarSource(
  db: Db,
  options: { readonly refreshMs?: number; readonly clock?: () => number } = {},
): CalendarSource {
  const refreshMs = options.refreshMs ?? SCHEDULE_REFRESH_MS;
  const clock = options.clock ?? Date.now;
  let loaded: { readonly at: number; readonly schedules: Promise<readonly OfficialSchedule[]> } | null = null;
  const schedules = () => {
    if (loaded === null || clock() - loaded.at > refreshMs) {
      loaded = { at: clock(), schedules: readSchedules(db) };
    }
    return loaded.schedules;
  };
  // Read them now, so the first request does not pay for it (nor count it among its statements).
  schedules().catch(() => {
    loaded = null;
  });
  return {
    calendarFor: async (regionCode) => calendarForRegion(regionCode, { schedules: await schedules() }),
    schedules,
    refresh: () => {
      loaded = null;
    },
  };
}

async function readSchedules(db: Db): Promise<readonly OfficialSchedule[]> {
  const rows = await db.holidaySchedule.findMany({ orderBy: { id: 'asc' } });
  return rows.map((row) => {
    const parsed = parseOfficialSchedule(JSON.parse(row.document));
    // Every stored document was parsed before it was written; one that no longer parses is a bug.
    if (!parsed.ok) throw new Error(`HolidaySchedule ${row.id}: ${parsed.error.code}`);
    return parsed.value;
  });
}

/** The row id of a schedule: one per year and scope, so loading a year again replaces it. */
export function scheduleId(schedule: OfficialSchedule): string {
  return schedule.scope === 'NATIONAL'
    ? `${schedule.year}-NATIONAL`
    : `${schedule.year}-REGIONAL-${schedule.regionCode ?? ''}`;
}

/**
 * Checks an official schedule document with core's reader and stores it, replacing an earlier one
 * of the same year and scope. Returns the schedule, or core's typed error naming the bad field.
 */
export async function loadSchedule(
  db: Db,
  document: unknown,
  now: Date,
): Promise<Result<OfficialSchedule, DomainError>> {
  const parsed = parseOfficialSchedule(document);
  if (!parsed.ok) return parsed;
  const schedule = parsed.value;
  const columns = {
    year: schedule.year,
    scope: schedule.scope,
    regionCode: schedule.scope === 'REGIONAL' ? (schedule.regionCode ?? null) : null,
    document: JSON.stringify(document),
    loadedAt: now,
  };
  await db.holidaySchedule.upsert({
    where: { id: scheduleId(schedule) },
    create: { id: scheduleId(schedule), ...columns },
    update: columns,
  });
  return parsed;
}
