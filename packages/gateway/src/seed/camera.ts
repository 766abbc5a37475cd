import { DEFAULT_SEED, gerzeCameras } from '@grassroots/fixtures';
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
      const rows = gerzeCameras(seed);
      return insertTables(
        tx,
        [
          ['KeySite', rows.keySites],
          ['CameraPoint', rows.cameraPoints],
          ['SolvedCase', rows.solvedCases],
          ['SolvedCaseCamera', rows.solvedCaseCameras],
        ],
        progress,
      );
    },
  };
}
