// Prometheus metrics at `/metrics`: requests and their latency per operation, errors by code, the
// PostgreSQL pool, audit writes, and the process's own (memory, event-loop lag, CPU).
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { type Db, poolUsage } from '../db/client.js';

export interface Metrics {
  readonly registry: Registry;
  readonly requests: Counter<'operation' | 'status'>;
  readonly errors: Counter<'code'>;
  readonly duration: Histogram<'operation'>;
  readonly auditWrites: Counter<'outcome'>;
}

/**
 * A registry of its own per gateway (tests start many), with the process metrics only when asked:
 * they are per process, and the production server has one gateway.
 */
export function createMetrics(db: Db, options: { processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry, prefix: 'grassroots_' });
  const requests = new Counter({
    name: 'grassroots_graphql_requests_total',
    help: 'GraphQL operations answered, by operation name and HTTP status',
    labelNames: ['operation', 'status'] as const,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'grassroots_graphql_errors_total',
    help: 'Top-level GraphQL errors sent, by extensions.code',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'grassroots_graphql_duration_seconds',
    help: 'Time from receiving an operation to its result, by operation name',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const auditWrites = new Counter({
    name: 'grassroots_audit_writes_total',
    help: 'Audit entries of unmasked personal-data reads, by outcome (written, failed)',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const pool = (
    name: string,
    help: string,
    read: (usage: NonNullable<ReturnType<typeof poolUsage>>) => number,
  ) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        const usage = poolUsage(db);
        if (usage !== null) this.set(read(usage));
      },
    });
  pool('grassroots_db_pool_connections', 'PostgreSQL connections open in the pool', (u) => u.total);
  pool('grassroots_db_pool_idle', 'PostgreSQL connections open and idle', (u) => u.idle);
  pool('grassroots_db_pool_waiting', 'Requests waiting for a PostgreSQL connection', (u) => u.waiting);
  pool('grassroots_db_pool_max', 'The pool size (GRASSROOTS_DB_POOL_SIZE)', (u) => u.max);
  return { registry, requests, errors, duration, auditWrites };
}
