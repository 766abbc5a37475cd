// The baseline's operations by key (the keys of `../queries.ts`).
import contestLeaderboard from './contest-leaderboard.js';
import countyOverview from './county-overview.js';
import gridStats from './grid-stats.js';
import gridsStaff from './grids-staff.js';
import mattersFeed from './matters-feed.js';
import type { BaselineOperation } from './request.js';
import serviceHallStats from './service-hall-stats.js';

export const BASELINE_OPERATIONS: Readonly<Record<string, BaselineOperation>> = {
  'grids-staff': gridsStaff,
  'matters-feed': mattersFeed,
  'grid-stats': gridStats,
  'county-overview': countyOverview,
  'service-hall-stats': serviceHallStats,
  'contest-leaderboard': contestLeaderboard,
};
