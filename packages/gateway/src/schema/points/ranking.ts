// A village's points ranking (村内积分排名): RANK() over its households' balances, paged by
// (balance, household) keys (sql.ts).
import { resolveCursorConnection } from '@pothos/plugin-relay';
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../builder.js';
import { RegionRef } from '../region/region.js';
import { encodeCursor } from '../shared/cursor.js';
import { sqlReadable } from '../shared/scope.js';
import { rankedHouseholds, rankingPage, type Standing } from './sql.js';

const PointsStandingRef = builder.objectRef<Standing>('PointsStanding').implement({
  description: 'One household in its village’s points ranking.',
  fields: (t) => ({
    rank: t.exposeInt('rank', { description: 'The place; equal balances share a place (1, 2, 2, 4).' }),
    balance: t.exposeInt('balance', { description: 'The household’s balance.' }),
    household: t.prismaField({
      type: 'Household',
      description: 'The household.',
      resolve: (query, standing, _args, context) =>
        context.db.household.findUniqueOrThrow({ ...query, where: { id: standing.householdId } }),
    }),
  }),
});

builder.objectFields(RegionRef, (t) => ({
  pointsRanking: t.connection(
    {
      type: PointsStandingRef,
      description:
        'The households of a village ranked by points balance (村内积分排名), computed in SQL with RANK(); ' +
        'empty for a region that is not a village keeping a points catalogue. Lists only the households whose ' +
        'ledgers the caller may read; ranks are over the whole village. Null for an anonymous caller, who ' +
        'reads no ledger.',
      nullable: true,
      authScopes: { authenticated: true },
      // A region's page is public; the ranking in it is not, and must not take the page down with it.
      unauthorizedResolver: () => null,
      resolve: async (region, args, context) => {
        // Ranks are the village's, computed over all its households; the caller sees the rows of the
        // households whose ledgers it may read (a grid worker: those of their own grid).
        const readable = (column: string) => sqlReadable(context, 'POINTS_LEDGER', { code: column });
        const connection = await resolveCursorConnection<Promise<Standing[]>>(
          {
            args,
            defaultSize: DEFAULT_PAGE_SIZE,
            maxSize: MAX_PAGE_SIZE,
            toCursor: (s: Standing) => encodeCursor([s.balance, s.householdId]),
          },
          (page) => rankingPage(context.db, region.code, readable('gridCode'), page),
        );
        return {
          ...connection,
          totalCount: () => rankedHouseholds(context.db, region.code, readable('h.gridCode')),
        };
      },
    },
    {
      name: 'PointsStandingConnection',
      description: 'A page of a village’s points ranking.',
      fields: (connection) => ({
        totalCount: connection.int({
          description:
            'How many of the village’s ranked households the caller may read, counted in the database.',
          resolve: (page) => page.totalCount(),
        }),
      }),
    },
    { name: 'PointsStandingEdge' },
  ),
}));
