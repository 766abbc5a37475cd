// Starts the gateway: migrate the database, load the article's fixtures on first start, listen.
import { createServer } from 'node:http';
import { verifierFromEnv } from './auth/tokens.js';
import { createDb } from './db/client.js';
import { databaseConfig, redactUrl } from './db/config.js';
import { migrate } from './db/migrations.js';
import { loadArticleFixtures } from './seed/index.js';
import { createGateway } from './yoga.js';

async function main(): Promise<void> {
  const config = databaseConfig();
  const { applied } = await migrate(config);
  if (applied.length > 0) console.log(`Applied ${applied.length} migration(s) to ${redactUrl(config.url)}`);
  const db = await createDb(config);
  const loaded = await loadArticleFixtures(db, {
    provider: config.provider,
    progress: process.stdout.isTTY === true,
  });
  if (loaded.length > 0) console.log(`Loaded fixtures: ${loaded.join(', ')}`);
  const gateway = createGateway({
    db,
    verify: await verifierFromEnv(),
    production: process.env.NODE_ENV === 'production',
  });
  const port = Number(process.env.PORT ?? 4000);
  const host = process.env.HOST ?? 'localhost';
  const server = createServer(gateway);
  server.listen(port, host, () => {
    console.log(`Grassroots gateway on ${redactUrl(config.url)}`);
    console.log(`GraphiQL: http://${host}:${port}${gateway.graphqlEndpoint}`);
  });
  const stop = () => {
    server.close();
    void db.$disconnect().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
