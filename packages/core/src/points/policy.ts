// Counties' points policies, as data: who sits on the villages' evaluation groups and how they
// decide, how long the approved list is posted, and when the points shop opens. The rules that read
// them are in process.rules.ts.
import type { CalendarDate } from '../shared/date.js';
import type { PointsPolicy } from './process.js';

const EVERY_MONTH: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/**
 * 改则县's (542526) points policy, from the day its villages adopted the evaluated process
 * (2025-01-01; the fixtures' ledgers of 2023–2024 predate it and were scored directly). A group of
 * at least 5 (village cadres, party members and household representatives, at least one of each),
 * two thirds present to decide, a majority of those present to approve; the month's list posted
 * 7 days; the shop open on days 15–25 of every month, after the month's posting has closed. Our
 * choices in the range the Tibetan counties' 积分制 rules publish; the article gives none.
 */
export const GERZE_POINTS_POLICY: PointsPolicy = {
  countyCode: '542526',
  adoptedOn: '2025-01-01' as CalendarDate,
  group: {
    minSize: 5,
    requiredKinds: ['VILLAGE_CADRE', 'PARTY_MEMBER', 'HOUSEHOLD_REPRESENTATIVE'],
    quorum: { numerator: 2, denominator: 3 },
  },
  postingDays: 7,
  redemption: { months: EVERY_MONTH, fromDay: 15, toDay: 25 },
};

/**
 * The policy of a county that has recorded none of its own: 改则县's, the one county the article
 * describes (as the default grid policy does for grids).
 */
export const DEFAULT_POINTS_POLICY: PointsPolicy = { ...GERZE_POINTS_POLICY, countyCode: null };

/** Every county's own points policy, one per county. */
export const POINTS_POLICIES: readonly PointsPolicy[] = [GERZE_POINTS_POLICY];
