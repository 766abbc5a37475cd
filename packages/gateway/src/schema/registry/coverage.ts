// 采集覆盖: how much of a grid its staff visited and verified over a period — the households, let
// houses and organisations with an accepted collection — beside how many the registry holds. Counted
// in one statement for a whole list of grids, on the submissions' coverage index.
import { type CalendarDate, coveragePeriodOf } from '@grassroots/core';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { type Db, Prisma } from '../../db/client.js';
import { calendarDate, refuseInvertedPeriod, todayOf } from '../shared/dates.js';

/** A grid's coverage over a period. */
interface Coverage {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly households: number;
  readonly householdsVisited: number;
  readonly rentals: number;
  readonly rentalsVisited: number;
  readonly organisations: number;
  readonly organisationsVisited: number;
}

const MEASURES = [
  'households',
  'householdsVisited',
  'rentals',
  'rentalsVisited',
  'organisations',
  'organisationsVisited',
] as const;

/**
 * Every measure of every grid in `codes` over `from`…`to`, in one statement: the distinct subjects of
 * the period's submissions (the coverage index holds every column read) and the registry's totals
 * (each on its table's grid index).
 */
async function coverageIn(
  db: Db,
  codes: readonly string[],
  from: CalendarDate,
  to: CalendarDate,
): Promise<Coverage[]> {
  const grids = Prisma.join(codes);
  const rows = await db.$queryRaw<{ gridCode: string; measure: string; n: number | bigint }[]>(Prisma.sql`
    SELECT "gridCode", 'householdsVisited' AS "measure", COUNT(DISTINCT "householdId") AS "n"
      FROM "CollectionSubmission"
      WHERE "gridCode" IN (${grids}) AND "submittedOn" >= ${from} AND "submittedOn" <= ${to}
      GROUP BY "gridCode"
    UNION ALL
    SELECT "gridCode", 'rentalsVisited', COUNT(DISTINCT "housingId")
      FROM "CollectionSubmission"
      WHERE "gridCode" IN (${grids}) AND "submittedOn" >= ${from} AND "submittedOn" <= ${to}
      GROUP BY "gridCode"
    UNION ALL
    SELECT "gridCode", 'organisationsVisited', COUNT(DISTINCT "organisationId")
      FROM "CollectionSubmission"
      WHERE "gridCode" IN (${grids}) AND "submittedOn" >= ${from} AND "submittedOn" <= ${to}
      GROUP BY "gridCode"
    UNION ALL
    SELECT "gridCode", 'households', COUNT(*) FROM "Household" WHERE "gridCode" IN (${grids}) GROUP BY "gridCode"
    UNION ALL
    SELECT "gridCode", 'rentals', COUNT(*) FROM "Housing"
      WHERE "gridCode" IN (${grids}) AND "rental" = TRUE GROUP BY "gridCode"
    UNION ALL
    SELECT "gridCode", 'organisations', COUNT(*) FROM "Organisation" WHERE "gridCode" IN (${grids}) GROUP BY "gridCode"`);
  return codes.map((code) => {
    const measure = (name: (typeof MEASURES)[number]) =>
      Number(rows.find((row) => row.gridCode === code && row.measure === name)?.n ?? 0);
    return {
      from,
      to,
      ...(Object.fromEntries(MEASURES.map((name) => [name, measure(name)])) as Record<
        (typeof MEASURES)[number],
        number
      >),
    };
  });
}

/** One loader per period asked for in a request, each batching the grids of a list. */
const coverageLoaders = createContextCache(
  (_context: Context) => new Map<string, DataLoader<string, Coverage>>(),
);

function coverageLoader(
  context: Context,
  from: CalendarDate,
  to: CalendarDate,
): DataLoader<string, Coverage> {
  const loaders = coverageLoaders(context);
  const key = `${from}/${to}`;
  let loader = loaders.get(key);
  if (!loader) {
    loader = new DataLoader((codes: readonly string[]) => coverageIn(context.db, codes, from, to));
    loaders.set(key, loader);
  }
  return loader;
}

const CoverageRef = builder.objectRef<Coverage>('GridCoverage').implement({
  description:
    'How much of a grid its staff visited and verified (走访核实) in a period: the households, let houses ' +
    'and organisations with at least one accepted collection, beside how many the registry holds now.',
  fields: (t) => ({
    from: t.field({ type: 'Date', description: 'The first day counted.', resolve: (c) => c.from }),
    to: t.field({ type: 'Date', description: 'The last day counted.', resolve: (c) => c.to }),
    households: t.exposeInt('households', { description: 'The households of the grid.' }),
    householdsVisited: t.exposeInt('householdsVisited', {
      description: 'Households with a resident verified by a person collection in the period, each once.',
    }),
    rentals: t.exposeInt('rentals', { description: 'The let houses (出租房屋) of the grid.' }),
    rentalsVisited: t.exposeInt('rentalsVisited', {
      description: 'Houses verified by a rental collection in the period, each once.',
    }),
    organisations: t.exposeInt('organisations', { description: 'The organisations of the grid.' }),
    organisationsVisited: t.exposeInt('organisationsVisited', {
      description:
        'Organisations created or verified by an organisation collection in the period, each once.',
    }),
  }),
});

builder.prismaObjectFields('Grid', (t) => ({
  coverage: t.field({
    type: CoverageRef,
    description:
      'What the grid’s staff visited and verified in a period (both days included); by default this month ' +
      'up to today. Loaded for a whole list of grids in one statement.',
    args: {
      from: t.arg({
        type: 'Date',
        required: false,
        description: 'The first day; defaults to the 1st of this month.',
      }),
      to: t.arg({ type: 'Date', required: false, description: 'The last day; defaults to today.' }),
    },
    resolve: (grid, args, context) => {
      const period = coveragePeriodOf(todayOf(context));
      const from = args.from ? calendarDate(args.from) : period.from;
      const to = args.to ? calendarDate(args.to) : period.to;
      refuseInvertedPeriod(from, to);
      return coverageLoader(context, from, to).load(grid.code);
    },
  }),
}));
