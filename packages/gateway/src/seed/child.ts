// The article's fixtures, loaded in a process of their own: the generators memoise what they build
// (module-level maps per seed, 500 MB of live heap after a full load), and a gateway that loaded them
// itself kept all of it for its whole life. Started by start.ts with the database in DATABASE_URL;
// answers with the names it loaded over IPC and exits, taking the memory with it.
import { createDb } from '../db/client.js';
import { databaseConfig } from '../db/config.js';
import { articleFixtureSets } from './index.js';
import { loadFixtureSets } from './load.js';

/** What the child tells its parent. */
export type SeedChildMessage =
  | { readonly type: 'loaded'; readonly names: readonly string[] }
  | { readonly type: 'failed'; readonly message: string };

const send = (message: SeedChildMessage) =>
  new Promise<void>((resolve) => (process.send ? process.send(message, () => resolve()) : resolve()));

// A parent that is gone (killed, or stopped by a signal) takes the load with it: the set being
// written rolls back, as after any interrupted load.
process.on('disconnect', () => process.exit(1));

async function main(): Promise<void> {
  const config = databaseConfig();
  const db = await createDb(config);
  try {
    const names = await loadFixtureSets(db, articleFixtureSets, {
      provider: config.provider,
      progress: process.env.GRASSROOTS_SEED_PROGRESS === '1',
    });
    await send({ type: 'loaded', names });
  } finally {
    await db.$disconnect();
  }
}

main().then(
  () => process.exit(0),
  async (error: unknown) => {
    await send({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  },
);
