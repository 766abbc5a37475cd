// A household's family points: its balance and rank in the village (sql.ts) and its ledger, a page of
// events per household, all households of a list loaded together.
import { parseCursorConnectionArgs, resolveCursorConnection } from '@pothos/plugin-relay';
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../builder.js';
import type { Context } from '../../context.js';
import type { PointEvent as PointEventRow } from '../../generated/sqlite/client.js';
import { encodeCursor } from '../shared/cursor.js';
import { PointEventRef } from './event.js';
import { loadEventPages, loadStandings, type Standing } from './sql.js';

/** What a page of a ledger carries besides its edges: the size of the whole ledger. */
interface LedgerPage {
  readonly totalCount: number;
}

const PointEventConnection = builder.connectionObject<typeof PointEventRef, LedgerPage>({
  type: PointEventRef,
  name: 'PointEventConnection',
  description: 'A page of a household’s points events, newest first.',
  fields: (t) => ({
    totalCount: t.int({
      description: 'How many events the household’s ledger holds, counted in the database.',
      resolve: (connection) => connection.totalCount,
    }),
  }),
});

const HouseholdPointsRef = builder.objectRef<Standing>('HouseholdPoints').implement({
  description: 'A household’s family points: its balance, its rank in the village, and its ledger.',
  fields: (t) => ({
    balance: t.exposeInt('balance', { description: 'The sum of every event of the ledger (SUM in SQL).' }),
    rank: t.exposeInt('rank', {
      description:
        'The place in the village, highest balance first; equal balances share a place (1, 2, 2, 4).',
    }),
    households: t.exposeInt('households', { description: 'How many households the village ranks.' }),
    villageCode: t.exposeString('villageCode', { description: 'The village the household is ranked in.' }),
    events: t.loadable({
      type: PointEventConnection,
      description: 'The ledger, newest first (by day, then recording time).',
      // One loader per place in the query, so every household of a list shares the page arguments
      // and their pages load together.
      byPath: true,
      args: { ...t.arg.connectionArgs() },
      load: async (householdIds: string[], context: Context, args) => {
        const options = { args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE };
        const pages = await loadEventPages(context.db, householdIds, parseCursorConnectionArgs(options));
        return Promise.all(
          pages.map(async (page) => ({
            ...(await resolveCursorConnection<PointEventRow[]>(
              { ...options, toCursor: (row) => encodeCursor(row.id) },
              () => [...page.rows],
            )),
            totalCount: page.total,
          })),
        );
      },
      resolve: (standing) => standing.householdId,
    }),
  }),
});

builder.prismaObjectFields('Household', (t) => ({
  points: t.loadable({
    type: HouseholdPointsRef,
    nullable: true,
    description:
      'The household’s family points (家庭积分制); null when its village keeps no points catalogue.',
    load: (householdIds: string[], context: Context) => loadStandings(context.db, householdIds),
    resolve: (household) => household.id,
  }),
}));
