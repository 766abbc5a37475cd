// Child process: the gateway as it runs in production (createGateway behind node:http), on the
// bench database.
//   BENCH_DATABASE_URL      the database
//   BENCH_JWT_SECRET        the HS256 secret the bench's token is signed with
//   BENCH_COUNT_STATEMENTS  "1": count SQL statements with the gateway's onQuery hook. Prisma's query
//                           events cost time, so the bench counts in a separate probe process and
//                           times a process without them.
import { verifierFromEnv } from '../../src/auth/tokens.js';
import { createDb } from '../../src/db/client.js';
import { databaseConfig } from '../../src/db/config.js';
import { createGateway } from '../../src/yoga.js';
import { failChild, serveChild } from './child.js';

async function main(): Promise<void> {
  const config = databaseConfig({ DATABASE_URL: process.env.BENCH_DATABASE_URL });
  const counting = process.env.BENCH_COUNT_STATEMENTS === '1';
  let statements = 0;
  const db = await createDb(config, counting ? { onQuery: () => (statements += 1) } : {});
  const gateway = createGateway({
    db,
    verify: await verifierFromEnv({ GRASSROOTS_JWT_SECRET: process.env.BENCH_JWT_SECRET }),
    production: true,
  });
  serveChild(
    gateway,
    () => (counting ? statements : null),
    () => db.$disconnect(),
  );
}

main().catch(failChild);
