import { atScale, checkFixtureScale, DEFAULT_SEED, gerzeCameras } from '@grassroots/fixtures';
import { cameraPointMapper, keySiteMapper, solvedCaseMapper } from '../mappers/camera.js';
import { type FixtureSet, insertTables } from './load.js';
import { scaledVersion } from './scale.js';

/**
 * 改则县's "雪亮工程" camera network: the key sites of each grid, the camera points with their
 * GB/T 28181 device ids, and the 40 cases solved with footage, each linked to the cameras used.
 * Needs the grids. At `scale` k, the same for each of the k − 1 copies of 改则县.
 */
export function cameraFixtures(
  options: { readonly seed?: number; readonly scale?: number } = {},
): FixtureSet {
  const seed = options.seed ?? DEFAULT_SEED;
  const scale = checkFixtureScale(options.scale ?? 1);
  return {
    name: 'cameras',
    version: scaledVersion('gerze-1', scale),
    seed,
    load: (tx, progress) => {
      const networks = atScale(gerzeCameras(seed), scale, seed);
      return insertTables(
        tx,
        [
          ['KeySite', networks.flatMap((n) => n.keySites.map(keySiteMapper.toColumns))],
          ['CameraPoint', networks.flatMap((n) => n.cameraPoints.map(cameraPointMapper.toColumns))],
          ['SolvedCase', networks.flatMap((n) => n.solvedCases.map(solvedCaseMapper.toColumns))],
          [
            'SolvedCaseCamera',
            networks.flatMap((n) => n.solvedCases.flatMap(solvedCaseMapper.cameraColumns)),
          ],
        ],
        progress,
      );
    },
  };
}
