// Rollups: the counts region statistics read instead of counting whole tables (issue 11). A county
// overview used to count 240,000 records and 60,000 matters on every request; it now sums a few
// hundred to a few thousand rollup rows. The rollups are kept exact by the writes themselves: every
// write that adds a record or matter, or changes a counted column of a matter, calls this module in
// its own transaction, so a statistic never sees a write its rollup has not. `rebuildRollups`
// recounts everything from the tables (`pnpm db rebuild-rollups`, and after each fixture load).
//
// What is kept (models in prisma/schema.prisma):
// - GridRollup (grid): its kind, stored compliance, household-joint units and households, for
//   Region.gridStats. Staff by role is not rolled up: it counts distinct people in force on the day
//   asked, which neither adds up over grids nor stays true as days pass without a write; it reads
//   the assignments of the region on their (gridCode, role, personId) index instead.
// - RecordRollup (grid, category) and MatterRollup (grid, category, state): Region.recordStats.
// - FengqiaoRollup (grain, grid, period, level, state) with summed resolution minutes, over handled
//   disputes, and ResolutionRollup (grain, grid, period, band) over closed ones: Region.fengqiao,
//   which counts disputes only (core's FENGQIAO_CATEGORIES), so other categories never reach them. A
//   matter counts in the day, the month and the year it was reported (Asia/Shanghai), so a span of
//   days is read as whole years, whole months and the days left over (`spanOf`).
// - ContestRollup (event region, edition): contest events, their audience and entries, for
//   Region.contestStats over 560,000 entries.
import { addDays, type CalendarDate, FENGQIAO_CATEGORIES, shanghaiDateOf } from '@grassroots/core';
import { type Db, Prisma } from './db/client.js';
import type { Provider } from './db/config.js';

// ---- periods ------------------------------------------------------------------------------------

/** The kinds of period a rollup row counts: a year (`YYYY`), a month (`YYYY-MM`) or a day. */
export type Grain = 'YEAR' | 'MONTH' | 'DAY';

/** A run of periods of one grain, first and last included, as the rollups store them. */
export interface PeriodRange {
  readonly grain: Grain;
  readonly first: string;
  readonly last: string;
}

// The Date scalar's range: an open end of a span stands for it.
const FIRST_DAY = '1900-01-01' as CalendarDate;
const LAST_DAY = '2199-12-31' as CalendarDate;

const yearOf = (day: string): string => day.slice(0, 4);
/** The earlier of two days or months (their text orders as they do). */
const earlier = <T extends string>(a: T, b: T): T => (a < b ? a : b);
const monthOf = (day: string): string => day.slice(0, 7);

/** The last day of the month of `day`. */
function endOfMonth(day: CalendarDate): CalendarDate {
  const [year, month] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  const next = month === 12 ? `${year + 1}-01-01` : `${yearOf(day)}-${String(month + 1).padStart(2, '0')}-01`;
  return addDays(next as CalendarDate, -1);
}

/** The three periods a matter reported on `day` counts in. */
export function periodsOf(day: CalendarDate): readonly { readonly grain: Grain; readonly period: string }[] {
  return [
    { grain: 'YEAR', period: yearOf(day) },
    { grain: 'MONTH', period: monthOf(day) },
    { grain: 'DAY', period: day },
  ];
}

/**
 * The days from `from` to `to` (both included; an open end reaches the Date scalar's range) as runs
 * of whole years, whole months and single days, each day in exactly one run: the smallest set of
 * rollup rows that adds up to the span. At most two runs of days (before the first whole month and
 * after the last), two of months and one of years.
 */
export function spanOf(from: CalendarDate | null, to: CalendarDate | null): PeriodRange[] {
  const last = to ?? LAST_DAY;
  const runs: PeriodRange[] = [];
  let day = from ?? FIRST_DAY;
  while (day <= last) {
    const monthEnd = endOfMonth(day);
    if (day.endsWith('-01-01') && `${yearOf(day)}-12-31` <= last) {
      const lastYear = last.endsWith('-12-31')
        ? yearOf(last)
        : String(Number(yearOf(last)) - 1).padStart(4, '0');
      runs.push({ grain: 'YEAR', first: yearOf(day), last: lastYear });
      day = `${String(Number(lastYear) + 1).padStart(4, '0')}-01-01` as CalendarDate;
    } else if (day.endsWith('-01') && monthEnd <= last) {
      // Whole months up to the last whole one, not past December: the next year may be whole.
      const lastWhole =
        endOfMonth(last) === last
          ? monthOf(last)
          : monthOf(addDays(`${monthOf(last)}-01` as CalendarDate, -1));
      const lastMonth = earlier(lastWhole, `${yearOf(day)}-12`);
      runs.push({ grain: 'MONTH', first: monthOf(day), last: lastMonth });
      day = addDays(endOfMonth(`${lastMonth}-01` as CalendarDate), 1);
    } else {
      const end = earlier(monthEnd, last);
      runs.push({ grain: 'DAY', first: day, last: end });
      day = addDays(end, 1);
    }
  }
  return runs;
}

/**
 * "The row lies in the region and its period in the span", for a rollup table with `grain` and
 * `period` columns: one term per run, each whole (grain, region, periods), so each can be read from
 * an index on its own — (grain, gridCode, period) for a small region, (grain, period, gridCode) for a
 * short run of days over a large one.
 */
export function sqlInSpan(runs: readonly PeriodRange[], inRegion: Prisma.Sql): Prisma.Sql {
  if (runs.length === 0) return Prisma.sql`1 = 0`;
  return Prisma.sql`(${Prisma.join(
    runs.map(
      (run) =>
        Prisma.sql`("grain" = ${run.grain} AND ${inRegion} AND "period" >= ${run.first} AND "period" <= ${run.last})`,
    ),
    ' OR ',
  )})`;
}

// ---- bands of resolution minutes ----------------------------------------------------------------

/**
 * The lower bounds of the bands of resolution minutes, each about a quarter above the one before
 * (0, 1, 2, …, 188, 235, 293, …, 77121, 96401, …): 28 bands cover the article's range of 3 hours to
 * 67 days, so a county's distribution over two years is a few thousand rows and the band holding
 * its 90th percentile a few percent of its matters.
 */
const BAND_BOUNDS: readonly number[] = (() => {
  const bounds = [0];
  for (let bound = 1; bound < 2 ** 31; bound = Math.max(bound + 1, Math.floor(bound * 1.25)))
    bounds.push(bound);
  return bounds;
})();

/** The band of `minutes`: the largest bound at or below it. */
export function bandOf(minutes: number): number {
  let [low, high] = [0, BAND_BOUNDS.length - 1];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((BAND_BOUNDS[middle] ?? 0) <= minutes) low = middle;
    else high = middle - 1;
  }
  return BAND_BOUNDS[low] ?? 0;
}

/** The first minute past band `band` (its exclusive upper bound). */
export function bandEnd(band: number): number {
  return BAND_BOUNDS.find((bound) => bound > band) ?? 2 ** 31;
}

// ---- what rows count ----------------------------------------------------------------------------

/** The columns of a record the rollups count. */
export type RecordFacts = Readonly<{ gridCode: string; category: string }>;

/** The columns of a matter the rollups count (a stored row or a mapper's `toColumns`). */
export type MatterFacts = Readonly<{
  gridCode: string;
  category: string;
  state: string;
  level: string;
  reportedAt: Date;
  clockStartedAt: Date | null;
  resolutionMinutes: number | null;
}>;

/** Changes to the rollup tables, by primary key. */
class Deltas {
  readonly records = new Map<string, { gridCode: string; category: string; records: number }>();
  readonly matters = new Map<
    string,
    { gridCode: string; category: string; state: string; matters: number }
  >();
  readonly fengqiao = new Map<
    string,
    {
      grain: Grain;
      gridCode: string;
      period: string;
      level: string;
      state: string;
      matters: number;
      minutes: number;
    }
  >();
  readonly resolution = new Map<
    string,
    { grain: Grain; gridCode: string; period: string; band: number; matters: number }
  >();

  record(record: RecordFacts, sign: 1 | -1): void {
    const key = `${record.gridCode}|${record.category}`;
    const row = this.records.get(key) ?? { gridCode: record.gridCode, category: record.category, records: 0 };
    row.records += sign;
    this.records.set(key, row);
  }

  matter(matter: MatterFacts, sign: 1 | -1): void {
    const { gridCode, category, state, level } = matter;
    const key = `${gridCode}|${category}|${state}`;
    const row = this.matters.get(key) ?? { gridCode, category, state, matters: 0 };
    row.matters += sign;
    this.matters.set(key, row);
    // The Fengqiao rollups count disputes only (core's FENGQIAO_CATEGORIES).
    if (!(FENGQIAO_CATEGORIES as readonly string[]).includes(category)) return;
    const periods = periodsOf(shanghaiDateOf(matter.reportedAt));
    // Handled: dispatched at least once (core's isHandled); the Fengqiao measures count only those.
    if (matter.clockStartedAt !== null) {
      for (const { grain, period } of periods) {
        const at = `${grain}|${gridCode}|${period}|${level}|${state}`;
        const counted = this.fengqiao.get(at) ?? {
          grain,
          gridCode,
          period,
          level,
          state,
          matters: 0,
          minutes: 0,
        };
        counted.matters += sign;
        counted.minutes += sign * (matter.resolutionMinutes ?? 0);
        this.fengqiao.set(at, counted);
      }
    }
    if (matter.resolutionMinutes !== null) {
      const band = bandOf(matter.resolutionMinutes);
      for (const { grain, period } of periods) {
        const at = `${grain}|${gridCode}|${period}|${band}`;
        const counted = this.resolution.get(at) ?? { grain, gridCode, period, band, matters: 0 };
        counted.matters += sign;
        this.resolution.set(at, counted);
      }
    }
  }
}

// ---- writing ------------------------------------------------------------------------------------

/** Bound parameters per statement: inside SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMETERS = 30_000;

type Table = 'RecordRollup' | 'MatterRollup' | 'FengqiaoRollup' | 'ResolutionRollup';

/**
 * Adds `rows` to a rollup table: one INSERT … ON CONFLICT DO UPDATE per few thousand rows (the same
 * statement on SQLite and PostgreSQL), inserting new keys and adding to existing ones. `keys` are
 * the primary key's columns, `sums` the counted ones; the names come from this module only.
 */
async function addTo(
  db: Db,
  table: Table,
  keys: readonly string[],
  sums: readonly string[],
  rows: readonly Readonly<Record<string, string | number>>[],
): Promise<void> {
  const columns = [...keys, ...sums];
  const quote = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');
  const update = sums.map((sum) => `"${sum}" = "${table}"."${sum}" + excluded."${sum}"`).join(', ');
  const perStatement = Math.floor(MAX_PARAMETERS / columns.length);
  for (let start = 0; start < rows.length; start += perStatement) {
    const values = rows
      .slice(start, start + perStatement)
      .map((row) => Prisma.sql`(${Prisma.join(columns.map((column) => row[column] ?? null))})`);
    await db.$executeRaw`
      INSERT INTO ${Prisma.raw(`"${table}" (${quote(columns)})`)} VALUES ${Prisma.join(values)}
      ON CONFLICT (${Prisma.raw(quote(keys))}) DO UPDATE SET ${Prisma.raw(update)}`;
  }
}

/** Writes the changes: one statement per rollup table that changes, none for the others. */
async function apply(db: Db, deltas: Deltas): Promise<void> {
  const writes: [Table, string[], string[], Iterable<Readonly<Record<string, string | number>>>][] = [
    ['RecordRollup', ['gridCode', 'category'], ['records'], deltas.records.values()],
    ['MatterRollup', ['gridCode', 'category', 'state'], ['matters'], deltas.matters.values()],
    [
      'FengqiaoRollup',
      ['grain', 'gridCode', 'period', 'level', 'state'],
      ['matters', 'minutes'],
      deltas.fengqiao.values(),
    ],
    ['ResolutionRollup', ['grain', 'gridCode', 'period', 'band'], ['matters'], deltas.resolution.values()],
  ];
  for (const [table, keys, sums, rows] of writes) {
    // A key whose changes cancel out (a matter moving within its own group) is not written. Rows go
    // in key order, tables in a fixed order, so two writers lock shared rows in the same order and
    // never deadlock (two matters moving between the same two groups in opposite directions).
    const keyOf = (row: Readonly<Record<string, string | number>>) =>
      keys.map((key) => String(row[key])).join('|');
    const changed = [...rows]
      .filter((row) => sums.some((sum) => row[sum] !== 0))
      .sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
    if (changed.length > 0) await addTo(db, table, keys, sums, changed);
  }
}

/**
 * Counts a new record, and the matter it raised if any, in the rollups. Call it with the
 * transaction that inserts them.
 */
export async function rollupRecordCreated(
  tx: Db,
  record: RecordFacts,
  matter: MatterFacts | null,
): Promise<void> {
  const deltas = new Deltas();
  deltas.record(record, 1);
  if (matter) deltas.matter(matter, 1);
  await apply(tx, deltas);
}

/**
 * Moves a matter's counts from what it was to what it is after a transition or escalation. Call it
 * with the transaction that writes the change (a change to an uncounted column writes nothing).
 */
export async function rollupMatterChanged(tx: Db, before: MatterFacts, after: MatterFacts): Promise<void> {
  const deltas = new Deltas();
  deltas.matter(before, -1);
  deltas.matter(after, 1);
  await apply(tx, deltas);
}

/**
 * Stores a grid's compliance in its rollup row after a staffing change re-assessed it. Call it with
 * the transaction that updates the grid.
 */
export async function rollupGridCompliance(tx: Db, gridCode: string, compliant: boolean): Promise<void> {
  await tx.gridRollup.update({ where: { gridCode }, data: { compliant } });
}

// ---- rebuilding ---------------------------------------------------------------------------------

/**
 * The Asia/Shanghai day of a matter's report as `YYYY-MM-DD`, in each database's dialect: core's
 * shanghaiDateOf said in SQL (UTC+8, no daylight saving), so a rebuild counts in the database what
 * the incremental writes count in core. SQLite stores instants as ISO text, PostgreSQL as a UTC
 * timestamp without zone. rollups.test.ts checks that both give the same rows.
 */
const REPORT_DAY: Readonly<Record<Provider, Prisma.Sql>> = {
  sqlite: Prisma.sql`strftime('%Y-%m-%d', "reportedAt", '+8 hours')`,
  postgresql: Prisma.sql`to_char("reportedAt" + INTERVAL '8 hours', 'YYYY-MM-DD')`,
};

/** `"category" IN (…)` over core's FENGQIAO_CATEGORIES: the matters the Fengqiao rollups count. */
const FENGQIAO_CATEGORY = Prisma.sql`"category" IN (${Prisma.join([...FENGQIAO_CATEGORIES])})`;

/** Each grain's period as the leading characters of the day. */
const PERIOD_LENGTH: Readonly<Record<Grain, number>> = { YEAR: 4, MONTH: 7, DAY: 10 };

/** The bands as a table of (lower bound, upper bound) rows; the numbers are this module's constants. */
const BANDS_TABLE = Prisma.raw(
  `(VALUES ${BAND_BOUNDS.map((bound) => `(${bound}, ${bandEnd(bound)})`).join(', ')}) AS "bands"`,
);

/**
 * Recounts every rollup from the tables, in the transaction it is given, with one INSERT … SELECT …
 * GROUP BY per table and grain: afterwards they hold exactly what the incremental writes would have
 * built (rows whose count fell to zero aside), and running it twice leaves the same rows.
 */
export async function rebuildRollups(tx: Db, provider: Provider): Promise<void> {
  await rebuildGridRollup(tx);
  await rebuildContestRollup(tx);
  for (const table of ['RecordRollup', 'MatterRollup', 'FengqiaoRollup', 'ResolutionRollup']) {
    await tx.$executeRawUnsafe(`DELETE FROM "${table}"`);
  }
  await tx.$executeRaw`
    INSERT INTO "RecordRollup" ("gridCode", "category", "records")
    SELECT "gridCode", "category", COUNT(*) FROM "PublicOpinionRecord" GROUP BY "gridCode", "category"`;
  await tx.$executeRaw`
    INSERT INTO "MatterRollup" ("gridCode", "category", "state", "matters")
    SELECT "gridCode", "category", "state", COUNT(*) FROM "Matter" GROUP BY "gridCode", "category", "state"`;
  const day = REPORT_DAY[provider];
  for (const grain of ['YEAR', 'MONTH', 'DAY'] as const) {
    const period = Prisma.sql`SUBSTR(${day}, 1, ${Prisma.raw(String(PERIOD_LENGTH[grain]))})`;
    // Handled: dispatched at least once (core's isHandled).
    await tx.$executeRaw`
      INSERT INTO "FengqiaoRollup" ("grain", "gridCode", "period", "level", "state", "matters", "minutes")
      SELECT CAST(${grain} AS TEXT), "gridCode", "period", "level", "state", COUNT(*), SUM("minutes")
      FROM (
        SELECT "gridCode", ${period} AS "period", "level", "state", COALESCE("resolutionMinutes", 0) AS "minutes"
        FROM "Matter" WHERE "clockStartedAt" IS NOT NULL AND ${FENGQIAO_CATEGORY}
      ) AS "handled"
      GROUP BY "gridCode", "period", "level", "state"`;
    await tx.$executeRaw`
      INSERT INTO "ResolutionRollup" ("grain", "gridCode", "period", "band", "matters")
      SELECT CAST(${grain} AS TEXT), "gridCode", "period", "band", COUNT(*)
      FROM (
        SELECT "gridCode", ${period} AS "period", "bands"."column1" AS "band"
        FROM "Matter" JOIN ${BANDS_TABLE}
          ON "resolutionMinutes" >= "bands"."column1" AND "resolutionMinutes" < "bands"."column2"
        WHERE "resolutionMinutes" IS NOT NULL AND ${FENGQIAO_CATEGORY}
      ) AS "closed"
      GROUP BY "gridCode", "period", "band"`;
  }
}

/**
 * Recounts GridRollup from the grids, their units and their households: one row per grid, also for
 * a grid with none. The grid fixtures end with it; {@link rebuildRollups} runs it with the others.
 */
export async function rebuildGridRollup(tx: Db): Promise<void> {
  await tx.$executeRaw`DELETE FROM "GridRollup"`;
  await tx.$executeRaw`
    INSERT INTO "GridRollup" ("gridCode", "kind", "compliant", "householdJointUnits", "households")
    SELECT "g"."code", "g"."kind", "g"."compliant",
           (SELECT COUNT(*) FROM "HouseholdJointUnit" AS "u" WHERE "u"."gridCode" = "g"."code"),
           (SELECT COUNT(*) FROM "Household" AS "h" WHERE "h"."gridCode" = "g"."code")
    FROM "Grid" AS "g"`;
}

// ---- contests -----------------------------------------------------------------------------------

/** What a contest write adds to the row of its event's region and edition. */
export interface ContestCounts {
  readonly events: number;
  readonly audience: number;
  readonly entries: number;
}

/**
 * Adds a contest write's counts to its event's rollup row (a new event, entries checked in or
 * advanced). Call it with the transaction that writes them.
 */
export async function rollupContest(
  tx: Db,
  event: Readonly<{ regionCode: string; editionNumber: number }>,
  counts: ContestCounts,
): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "ContestRollup" ("regionCode", "editionNumber", "events", "audience", "entries")
    VALUES (${event.regionCode}, ${event.editionNumber}, ${counts.events}, ${counts.audience}, ${counts.entries})
    ON CONFLICT ("regionCode", "editionNumber") DO UPDATE SET
      "events" = "ContestRollup"."events" + excluded."events",
      "audience" = "ContestRollup"."audience" + excluded."audience",
      "entries" = "ContestRollup"."entries" + excluded."entries"`;
}

/**
 * Recounts ContestRollup from the events and entries: the entries grouped by event on their
 * (eventId, id) index first, then joined to their events, one statement. The contest fixture sets
 * end with it.
 */
export async function rebuildContestRollup(tx: Db): Promise<void> {
  await tx.$executeRaw`DELETE FROM "ContestRollup"`;
  await tx.$executeRaw`
    INSERT INTO "ContestRollup" ("regionCode", "editionNumber", "events", "audience", "entries")
    SELECT e."regionCode", e."editionNumber", COUNT(*), SUM(e."audience"),
           SUM(COALESCE(n."entries", 0) + COALESCE(e."reportedEntrants", 0))
    FROM "ContestEvent" AS e
    LEFT JOIN (SELECT "eventId", COUNT(*) AS "entries" FROM "ContestEntry" GROUP BY "eventId") AS n
      ON n."eventId" = e."id"
    GROUP BY e."regionCode", e."editionNumber"`;
}
