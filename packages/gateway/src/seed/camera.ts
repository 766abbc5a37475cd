import { DEFAULT_SEED, gerzeCameras } from '@grassroots/fixtures';
import type { Db } from '../db/client.js';
import type { FixtureSet } from './load.js';
import { cumulativeProgress, insertRows } from './registry.js';

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
    load: async (tx: Db, progress) => {
      const rows = gerzeCameras(seed);
      const tables = [
        ['KeySite', rows.keySites],
        ['CameraPoint', rows.cameraPoints],
        ['SolvedCase', rows.solvedCases],
        ['SolvedCaseCamera', rows.solvedCaseCameras],
      ] as const;
      const total = tables.reduce((sum, [, table]) => sum + table.length, 0);
      const next = cumulativeProgress(progress, total);
      for (const [name, table] of tables) await insertRows(tx, name, table, next(table.length));
      return total;
    },
  };
}
