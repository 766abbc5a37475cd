// Starts the gateway: migrate the database, load the article's fixtures on first start, listen.
import { createServer } from 'node:http';
import { verifierFromEnv } from './auth/tokens.js';
import { createDb } from './db/client.js';
import { databaseConfig, redactUrl } from './db/config.js';
import { migrate } from './db/migrations.js';
import { type TransportConfig, transportConfig } from './http/config.js';
import { trustedDocumentsConfig } from './http/trusted-documents.js';
import { loadArticleFixtures } from './seed/index.js';
import { createGateway } from './yoga.js';

async function main(): Promise<void> {
  const production = process.env.NODE_ENV === 'production';
  // Read first: a malformed limit stops the gateway before it touches the database.
  const transport = transportConfig(process.env, { production });
  const trustedDocuments = trustedDocumentsConfig(process.env, { production });
  const verify = await verifierFromEnv();
  const config = databaseConfig();
  const { applied } = await migrate(config);
  if (applied.length > 0) console.log(`Applied ${applied.length} migration(s) to ${redactUrl(config.url)}`);
  const db = await createDb(config);
  const loaded = await loadArticleFixtures(db, {
    provider: config.provider,
    progress: process.stdout.isTTY === true,
  });
  if (loaded.length > 0) console.log(`Loaded fixtures: ${loaded.join(', ')}`);
  const gateway = createGateway({ db, verify, production, transport, trustedDocuments });
  const port = Number(process.env.PORT ?? 4000);
  const host = process.env.HOST ?? 'localhost';
  const server = createServer(gateway);
  server.listen(port, host, () => {
    console.log(`Grassroots gateway on ${redactUrl(config.url)}`);
    console.log(describeTransport(transport));
    if (trustedDocuments.documents.size > 0 || trustedDocuments.only) {
      const mode = trustedDocuments.only ? 'only these run' : 'arbitrary operations also run';
      console.log(`Trusted documents: ${trustedDocuments.documents.size} operations; ${mode}`);
    }
    console.log(`GraphiQL: http://${host}:${port}${gateway.graphqlEndpoint}`);
  });
  const stop = () => {
    server.close();
    void Promise.allSettled([gateway.dispose(), db.$disconnect()]).finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable REDIS_URL)';
  }
}

function describeTransport(transport: TransportConfig): string {
  const cors = transport.corsOrigins.length === 0 ? 'none' : transport.corsOrigins.join(', ');
  const limit = transport.rateLimit;
  const rate =
    limit === null
      ? 'off'
      : `${limit.anonymousPoints} per IP / ${limit.authenticatedPoints} per caller every ${limit.windowSeconds}s, in ${limit.redisUrl === null ? 'memory' : `Redis ${withoutPassword(limit.redisUrl)}`}`;
  const running = transport.maxConcurrentRequests ?? 'no limit';
  return `CORS origins: ${cors}; body limit: ${transport.maxBodyBytes} bytes; rate limit: ${rate}; requests at once: ${running}`;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
