// Produces the generated code that is never committed: the PostgreSQL copy of the Prisma schema,
// one Prisma client per provider, and the Pothos types. Runs on install (postinstall) and by hand.
//
// `prisma generate` never runs the native schema engine, but the CLI insists that its binary exists
// and would try to download it; this machine class cannot reach the download host, so we point it at
// an executable that is always present (node itself).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { derivePostgresSchema } from './derive-postgres-schema.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'prisma', 'schema.prisma');
const pgSchema = join(root, 'prisma', 'postgresql', 'schema.prisma');

mkdirSync(dirname(pgSchema), { recursive: true });
writeFileSync(pgSchema, derivePostgresSchema(readFileSync(source, 'utf8')));

const prismaCli = join(root, 'node_modules', 'prisma', 'build', 'index.js');
for (const schema of [source, pgSchema]) {
  const run = spawnSync(process.execPath, [prismaCli, 'generate', '--schema', schema], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
      PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      CHECKPOINT_DISABLE: '1',
    },
  });
  if (run.status !== 0) {
    process.stderr.write(run.stdout);
    process.stderr.write(run.stderr);
    process.exit(run.status ?? 1);
  }
}
console.log('generated: Prisma clients (sqlite, postgresql) and Pothos types');
