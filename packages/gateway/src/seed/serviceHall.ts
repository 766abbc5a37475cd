import { DEFAULT_SEED, qonggyaiHall } from '@grassroots/fixtures';
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
 */
export function serviceHallFixtures(options: { readonly seed?: number } = {}): FixtureSet {
  const seed = options.seed ?? DEFAULT_SEED;
  return {
    name: 'service-hall',
    version: 'qonggyai-1',
    seed,
    load: (tx, progress) => {
      const built = qonggyaiHall(seed);
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
