import { rmSync } from 'node:fs';
import pg from 'pg';
import { nagquContest, nagquLocalEntryChunks } from '@grassroots/fixtures';
import { createDb } from './db/client.js';
import { databaseConfig } from './db/config.js';
import { migrate } from './db/migrations.js';
import { loadFixtureSets } from './seed/load.js';
import { regionFixtures } from './seed/region.js';
import { contestFixtures, contestLocalFixtures } from './seed/contest.js';

const pgUrl = process.env.PG;
let config;
if (pgUrl) {
  const c = new pg.Client({ connectionString: pgUrl });
  await c.connect();
  await c.query('DROP DATABASE IF EXISTS contest_measure');
  await c.query('CREATE DATABASE contest_measure');
  await c.end();
  const u = new URL(pgUrl); u.pathname = '/contest_measure';
  config = databaseConfig({ DATABASE_URL: u.toString() });
} else {
  for (const f of ['', '-wal', '-shm']) rmSync(`/tmp/contest-m/m.db${f}`, { force: true });
  config = databaseConfig({ DATABASE_URL: 'file:/tmp/contest-m/m.db' });
}
await migrate(config);
const stats = new Map<string, [number, number]>();
const db = await createDb(config, { onQuery: (e) => { const k = e.query.slice(0, 60); const v = stats.get(k) ?? [0, 0]; v[0] += 1; v[1] += e.durationMs; stats.set(k, v); } });
await loadFixtureSets(db, [regionFixtures], { provider: config.provider });
let t = performance.now();
let cpu = process.cpuUsage();
const cpuMs = () => { const u = process.cpuUsage(cpu); cpu = process.cpuUsage(); return Math.round((u.user + u.system) / 1000); };
const c = nagquContest();
console.log(`generation base ${Math.round(performance.now() - t)} ms cpu ${cpuMs()}`);
if (process.env.GEN) {
  t = performance.now();
  let n = 0;
  for (const chunk of nagquLocalEntryChunks()) n += chunk.entries.length;
  console.log(`generation local ${Math.round(performance.now() - t)} ms cpu ${cpuMs()} (${n})`);
}
t = performance.now(); cpuMs();
await loadFixtureSets(db, [contestFixtures()], { provider: config.provider, progress: true });
console.log(`load base ${Math.round(performance.now() - t)} ms cpu ${cpuMs()}`);
t = performance.now();
await loadFixtureSets(db, [contestLocalFixtures()], { provider: config.provider, progress: true });
console.log(`load local ${Math.round(performance.now() - t)} ms cpu ${cpuMs()}`);
for (const table of ['Person','ContestEvent','ContestEntry','ContestEntrant','ContestMark','ContestJudge','ContestRollup']) {
  const r = await db.$queryRawUnsafe<{n: unknown}[]>(`SELECT COUNT(*) AS n FROM "${table}"`);
  console.log(table, Number(r[0]?.n));
}
for (const [k, [n, ms]] of [...stats].sort((a, b) => b[1][1] - a[1][1]).slice(0, 12)) console.log(Math.round(ms), n, k);
await db.$disconnect();
