import { DEFAULT_SEED, gerzeCameras } from '@grassroots/fixtures';
import { cameraPointMapper, keySiteMapper, solvedCaseMapper } from '../mappers/camera.js';
import { type FixtureSet, insertTables } from './load.js';

/**
 * 改则县's "雪亮工程" camera network: the key sites of each grid, the camera points with their
 * GB/T 28181 device ids, and the 40 cases solved with footage, each linked to the cameras used.
 * Needs the grids.
 */
export function cameraFixtures(options: { readonly seed?: number } = {}): FixtureSet {
  const seed = options.seed ?? DEFAULT_SEED;
  return {
    name: 'cameras',
    version: 'gerze-1',
    seed,
    load: (tx, progress) => {
      const network = gerzeCameras(seed);
      return insertTables(
        tx,
        [
          ['KeySite', network.keySites.map(keySiteMapper.toColumns)],
          ['CameraPoint', network.cameraPoints.map(cameraPointMapper.toColumns)],
          ['SolvedCase', network.solvedCases.map(solvedCaseMapper.toColumns)],
          ['SolvedCaseCamera', network.solvedCases.flatMap(solvedCaseMapper.cameraColumns)],
        ],
        progress,
      );
    },
  };
}
