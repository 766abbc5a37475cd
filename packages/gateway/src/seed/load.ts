import type { Db } from '../db/client.js';

/** One named, versioned set of fixture rows, loaded once per database. */
export interface FixtureSet {
  readonly name: string;
  readonly version: string;
  readonly seed: number;
  /** Inserts the set's rows through the transaction client it is given. */
  readonly load: (tx: Db, progress: Progress) => Promise<number>;
}

export type Progress = (done: number, total: number) => void;

/** Rows per INSERT: well under SQLite's 32,766 bound variables for our widest tables. */
export const CHUNK = 500;

/** Inserts rows in chunks, reporting progress; call inside a transaction. */
export async function insertChunked<T>(
  rows: readonly T[],
  insert: (chunk: T[]) => Promise<unknown>,
  progress: Progress,
): Promise<number> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await insert(rows.slice(start, start + CHUNK));
    progress(Math.min(start + CHUNK, rows.length), rows.length);
  }
  return rows.length;
}

function terminalProgress(name: string): Progress {
  let last = -1;
  return (done, total) => {
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    if (percent === last) return;
    last = percent;
    const width = 30;
    const filled = Math.round((percent / 100) * width);
    process.stdout.write(
      `\r${name.padEnd(12)} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${percent}%`,
    );
    if (done >= total) process.stdout.write('\n');
  };
}

const quiet: Progress = () => undefined;

/**
 * Loads every set the database has not seen yet, each in one transaction together with its
 * FixtureLoad row: a set is either wholly there or not at all, and a second start loads nothing.
 */
export async function loadFixtureSets(
  db: Db,
  sets: readonly FixtureSet[],
  options: { readonly progress?: boolean; readonly now?: Date } = {},
): Promise<string[]> {
  const done = new Set((await db.fixtureLoad.findMany({ select: { name: true } })).map((row) => row.name));
  const loaded: string[] = [];
  for (const set of sets) {
    if (done.has(set.name)) continue;
    const progress = options.progress ? terminalProgress(set.name) : quiet;
    await db.$transaction(
      async (tx) => {
        await set.load(tx as Db, progress);
        await tx.fixtureLoad.create({
          data: { name: set.name, version: set.version, seed: set.seed, loadedAt: options.now ?? new Date() },
        });
      },
      { timeout: 10 * 60_000, maxWait: 60_000 },
    );
    loaded.push(set.name);
  }
  return loaded;
}
