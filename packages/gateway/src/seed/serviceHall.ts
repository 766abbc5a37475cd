import { DEFAULT_SEED, type QonggyaiHall, qonggyaiHall } from '@grassroots/fixtures';
import {
  applicationMapper,
  ratingMapper,
  rectificationMapper,
  serviceHallMapper,
  serviceMatterMapper,
  visitMapper,
} from '../mappers/serviceHall.js';
import { type FixtureSet, insertTables } from './load.js';

/**
 * 琼结县's service hall: its 18 departments, 22 windows and assisted-handling points, the catalogue
 * (every version), and 2023's applications, visits, ratings and rectifications. Needs the regions.
 * `limit` keeps the first `limit` applications and every one with a rectification, with their visits
 * and ratings, for tests that need one row of each kind rather than the year.
 */
export function serviceHallFixtures(
  options: { readonly seed?: number; readonly limit?: number } = {},
): FixtureSet {
  const seed = options.seed ?? DEFAULT_SEED;
  const { limit } = options;
  return {
    name: 'service-hall',
    version: limit === undefined ? 'qonggyai-1' : `qonggyai-1-first-${limit}`,
    seed,
    load: (tx, progress) => {
      const year = qonggyaiHall(seed);
      const built = limit === undefined ? year : limited(year, limit);
      const { hall } = built;
      return insertTables(
        tx,
        [
          ['ServiceHall', [serviceHallMapper.toColumns(hall)]],
          ['HallDepartment', serviceHallMapper.departmentColumns(hall)],
          ['HallWindow', serviceHallMapper.windowColumns(hall)],
          ['HallWindowDepartment', serviceHallMapper.windowDepartmentColumns(hall)],
          ['HallAssistPoint', serviceHallMapper.assistPointColumns(hall)],
          [
            'ServiceMatter',
            built.matters.map((matter) => serviceMatterMapper.toColumns(matter, hall.regionCode)),
          ],
          ['ServiceApplication', built.applications.map(applicationMapper.toColumns)],
          ['HallVisit', built.visits.map(visitMapper.toColumns)],
          ['ServiceRating', built.ratings.map((rating) => ratingMapper.toColumns(rating, hall.regionCode))],
          ['Rectification', built.rectifications.map(rectificationMapper.toColumns)],
        ],
        progress,
      );
    },
  };
}

function limited(year: QonggyaiHall, limit: number): QonggyaiHall {
  const rectified = new Set(year.rectifications.map((r) => r.ratingId));
  const ratedBadly = new Set(year.ratings.filter((r) => rectified.has(r.id)).map((r) => r.applicationId));
  const applications = year.applications.filter((a, index) => index < limit || ratedBadly.has(a.id));
  const kept = new Set(applications.map((a) => a.id));
  const ratings = year.ratings.filter((r) => kept.has(r.applicationId));
  const ratingIds = new Set(ratings.map((r) => r.id));
  return {
    ...year,
    applications,
    visits: year.visits.filter((v) => v.applicationId !== null && kept.has(v.applicationId)),
    ratings,
    rectifications: year.rectifications.filter((r) => ratingIds.has(r.ratingId)),
  };
}
