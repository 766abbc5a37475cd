// `pnpm --filter @grassroots/gateway bench`: loads the article's fixtures into a fresh database and
// times each set, then times representative queries. Speed is measured here, not in tests.
//   DATABASE_URL unset → a temporary SQLite file; set it to a PostgreSQL URL to bench there (the
//   database must be empty).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mintToken, verifierFromEnv } from '../src/auth/tokens.js';
import { createDb } from '../src/db/client.js';
import { type DatabaseConfig, databaseConfig } from '../src/db/config.js';
import { migrate } from '../src/db/migrations.js';
import { articleFixtureSets } from '../src/seed/index.js';
import { loadFixtureSets } from '../src/seed/load.js';
import { createGateway } from '../src/yoga.js';
import { BENCH_QUERIES } from './queries.js';

const SECRET = 'bench-secret-bench-secret-bench-secret';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'grassroots-bench-'));
  const config: DatabaseConfig = process.env.DATABASE_URL
    ? databaseConfig()
    : { provider: 'sqlite', url: `file:${join(dir, 'bench.db')}` };
  try {
    await migrate(config);
    let statements = 0;
    const db = await createDb(config, { onQuery: () => (statements += 1) });
    console.log(`database: ${config.provider}`);
    for (const set of articleFixtureSets) {
      const started = performance.now();
      await loadFixtureSets(db, [set], { provider: config.provider });
      console.log(`load ${set.name.padEnd(10)} ${((performance.now() - started) / 1000).toFixed(2)} s`);
    }
    const gateway = createGateway({
      db,
      verify: await verifierFromEnv({ GRASSROOTS_JWT_SECRET: SECRET }),
    });
    const token = await mintToken(
      { subject: 'bench', grants: [{ role: 'COUNTY_ADMIN', region: '542526' }] },
      new TextEncoder().encode(SECRET),
    );
    for (const { name, query, variables } of BENCH_QUERIES) {
      const times: number[] = [];
      let perRequest = 0;
      for (let i = 0; i < 30; i += 1) {
        const before = statements;
        const started = performance.now();
        const response = await gateway.fetch('http://bench/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await response.json()) as { errors?: unknown };
        if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
        times.push(performance.now() - started);
        perRequest = statements - before;
      }
      times.sort((a, b) => a - b);
      const at = (p: number) =>
        times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]?.toFixed(1);
      console.log(
        `query ${name.padEnd(28)} p50 ${at(50)} ms  p95 ${at(95)} ms  ${perRequest} SQL statements`,
      );
    }
    await db.$disconnect();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
