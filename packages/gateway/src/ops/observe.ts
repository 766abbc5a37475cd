// One log line and one set of metric samples per GraphQL request, and the operational endpoints:
// `/health` (yoga's own: the process answers), `/ready` (the database answers and every committed
// migration is applied) and `/metrics` (Prometheus text).
import { performance } from 'node:perf_hooks';
import { type Plugin, useReadinessCheck } from 'graphql-yoga';
import type { Context } from '../context.js';
import type { Db } from '../db/client.js';
import { classifyDbFailure } from '../db/failures.js';
import { serverRequestId } from '../http/request-id.js';
import type { Logger } from './log.js';
import type { Metrics } from './metrics.js';

interface Seen {
  readonly started: number;
  operation: string;
  subject: string;
  codes: string[];
}

/** Operation names are the client's words: only well-formed ones, and at most this many, label metrics. */
const MAX_OPERATION_LABELS = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export function observePlugin(options: {
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly graphqlEndpoint: string;
}): Plugin {
  const { logger, metrics } = options;
  const seen = new WeakMap<Request, Seen>();
  const labels = new Set<string>();
  const label = (name: string | null | undefined): string => {
    if (!name || !OPERATION_NAME.test(name)) return 'anonymous';
    if (labels.has(name)) return name;
    if (labels.size >= MAX_OPERATION_LABELS) return 'other';
    labels.add(name);
    return name;
  };
  return {
    onRequest({ request, url }) {
      if (url.pathname === options.graphqlEndpoint) {
        seen.set(request, {
          started: performance.now(),
          operation: 'anonymous',
          subject: 'anonymous',
          codes: [],
        });
      }
    },
    onParams({ request, params }) {
      const entry = seen.get(request);
      if (entry) entry.operation = label(params.operationName);
    },
    onExecute({ args }) {
      const context = args.contextValue as Partial<Context> & { request?: Request };
      const entry = context.request ? seen.get(context.request) : undefined;
      if (!entry) return;
      if (context.subject) entry.subject = context.subject;
      if (entry.operation === 'anonymous') {
        const operation = args.document.definitions.find(
          (d: { kind: string }) => d.kind === 'OperationDefinition',
        );
        if (operation && 'name' in operation) entry.operation = label(operation.name?.value);
      }
    },
    onResultProcess({ request, result }) {
      const entry = seen.get(request);
      if (!entry) return;
      for (const one of Array.isArray(result) ? result : [result]) {
        const errors = (one as { errors?: readonly { extensions?: { code?: unknown } }[] }).errors ?? [];
        for (const error of errors) {
          entry.codes.push(typeof error.extensions?.code === 'string' ? error.extensions.code : 'UNKNOWN');
        }
      }
    },
    onResponse({ request, response }) {
      const entry = seen.get(request);
      if (!entry) return;
      const seconds = (performance.now() - entry.started) / 1000;
      metrics.requests.inc({ operation: entry.operation, status: String(response.status) });
      metrics.duration.observe({ operation: entry.operation }, seconds);
      for (const code of entry.codes) metrics.errors.inc({ code });
      const line = {
        requestId: serverRequestId(request),
        operation: entry.operation,
        subject: entry.subject,
        status: response.status,
        ms: Math.round(seconds * 10_000) / 10,
        ...(entry.codes.length > 0 ? { errors: [...new Set(entry.codes)] } : {}),
      };
      if (response.status >= 500) logger.warn(line, 'request');
      else logger.info(line, 'request');
    },
  };
}

/** `/metrics`: the registry in Prometheus's text format. */
export function metricsPlugin(metrics: Metrics): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/metrics') return;
      endResponse(
        new fetchAPI.Response(await metrics.registry.metrics(), {
          headers: { 'content-type': metrics.registry.contentType },
        }),
      );
    },
  };
}

export type Readiness = { readonly ready: true } | { readonly ready: false; readonly reason: string };

/**
 * Ready when the database answers within `timeoutMs` and has every migration the code expects
 * (`expected`, the committed folder names): a gateway on a database that is down, or migrated by an
 * older release, is not sent traffic.
 */
export async function readiness(db: Db, expected: readonly string[], timeoutMs = 2000): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Readiness>((resolve) => {
    timer = setTimeout(
      () => resolve({ ready: false, reason: 'the database did not answer in time' }),
      timeoutMs,
    );
  });
  const check = (async (): Promise<Readiness> => {
    try {
      const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
        'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
      );
      const applied = new Set(rows.map((row) => row.migration_name));
      const missing = expected.filter((name) => !applied.has(name));
      return missing.length === 0
        ? { ready: true }
        : { ready: false, reason: `${missing.length} migration(s) not applied` };
    } catch (error) {
      return {
        ready: false,
        reason:
          classifyDbFailure(error) === 'unavailable'
            ? 'the database is unavailable'
            : 'the database check failed',
      };
    }
  })();
  try {
    return await Promise.race([check, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** `/ready`: 200 `{"status":"ready"}`, or 503 with the reason (never a host, path or credential). */
export function readyPlugin(db: Db, expectedMigrations: () => readonly string[]): Plugin {
  return useReadinessCheck({
    endpoint: '/ready',
    check: async ({ fetchAPI }) => {
      const result = await readiness(db, expectedMigrations());
      const body = result.ready ? { status: 'ready' } : { status: 'unavailable', reason: result.reason };
      return new fetchAPI.Response(JSON.stringify(body), {
        status: result.ready ? 200 : 503,
        headers: { 'content-type': 'application/json', ...(result.ready ? {} : { 'retry-after': '5' }) },
      });
    },
  });
}
