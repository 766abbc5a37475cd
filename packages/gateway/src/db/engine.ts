import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import type { DatabaseConfig } from './config.js';

// The native schema engine cannot be downloaded on these machines; the same engine ships as
// WebAssembly. Its package is built for bundlers, so in Node we instantiate it by hand, once.
type EngineModule = { SchemaEngine: typeof SchemaEngine };
type WasmApi = {
  instantiate(
    bytes: Uint8Array,
    imports: object,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
};
let engineModule: Promise<EngineModule> | undefined;

function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const require = createRequire(import.meta.url);
    const entry = require.resolve('@prisma/schema-engine-wasm');
    const dir = entry.slice(0, entry.lastIndexOf('/') + 1);
    const bindings = await import(`${dir}schema_engine_bg.js`);
    const wasm = await readFile(`${dir}schema_engine_bg.wasm`);
    // The TypeScript lib for ES2023 has no WebAssembly namespace; Node has it at run time.
    const webAssembly = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
    const { instance } = await webAssembly.instantiate(wasm, { './schema_engine_bg.js': bindings });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return bindings as EngineModule;
  })();
  return engineModule;
}

/** The raw driver-adapter factory for a database. */
export function adapterFactory(config: DatabaseConfig): SqlMigrationAwareDriverAdapterFactory {
  return config.provider === 'sqlite'
    ? new PrismaBetterSqlite3({ url: config.url })
    : new PrismaPg({ connectionString: config.url });
}

/**
 * Prisma applies a migration script statement by statement, so a script that fails half-way leaves
 * half of it behind. We run each script inside one transaction instead: it lands whole or not at
 * all. SQLite ignores `PRAGMA foreign_keys` inside a transaction, and Prisma's table redefinitions
 * rely on foreign keys being off (a DROP TABLE would otherwise cascade), so we switch them off
 * around the transaction and check the keys before committing.
 */
function atomicScripts(
  factory: SqlMigrationAwareDriverAdapterFactory,
  opened: SqlDriverAdapter[],
): SqlMigrationAwareDriverAdapterFactory {
  const wrap = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const run = (sql: string) => adapter.executeScript(sql);
    const executeScript = async (script: string): Promise<void> => {
      const sqlite = adapter.provider === 'sqlite';
      if (sqlite) await run('PRAGMA foreign_keys=OFF');
      await run(sqlite ? 'BEGIN IMMEDIATE' : 'BEGIN');
      try {
        await run(script);
        if (sqlite) {
          const broken = await adapter.queryRaw({ sql: 'PRAGMA foreign_key_check', args: [], argTypes: [] });
          if (broken.rows.length > 0) {
            throw new Error(`the migration leaves ${broken.rows.length} rows with broken foreign keys`);
          }
        }
        await run('COMMIT');
      } catch (error) {
        await run('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        if (sqlite) await run('PRAGMA foreign_keys=ON');
      }
    };
    return new Proxy(adapter, {
      get(target, property) {
        if (property === 'executeScript') return executeScript;
        const value = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      opened.push(adapter);
      return wrap(adapter);
    },
    connectToShadowDb: async () => {
      const adapter = await factory.connectToShadowDb();
      opened.push(adapter);
      return wrap(adapter);
    },
  };
}

/**
 * Runs `work` with a schema engine connected to the database, and frees the engine afterwards.
 * `schemaPath`/`schemaText` are the provider's Prisma schema.
 */
export async function withSchemaEngine<T>(
  config: DatabaseConfig,
  schema: { readonly path: string; readonly text: string },
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadEngineModule();
  const logs: string[] = [];
  // The engine does not close its connections when freed; we do, or SQLite stays locked and a
  // PostgreSQL pool keeps the process alive.
  const opened: SqlDriverAdapter[] = [];
  const adapter = bindMigrationAwareSqlAdapterFactory(atomicScripts(adapterFactory(config), opened));
  let engine: SchemaEngine | undefined;
  try {
    engine = await SchemaEngine.new(
      { datamodels: [[schema.path, schema.text]] },
      (line: string) => logs.push(line),
      adapter,
    );
    return await work(engine);
  } catch (error) {
    throw withDriverCause(error, adapter.errorRegistry);
  } finally {
    engine?.free();
    await Promise.all(opened.map((connection) => connection.dispose().catch(() => undefined)));
  }
}

/**
 * The engine reports a driver failure as "External error id#N" and keeps the driver's own error in
 * the adapter's registry; put that error's message back where the operator will read it.
 */
function withDriverCause(
  error: unknown,
  registry: { consumeError(id: number): { error: unknown } | undefined },
): unknown {
  const message = error instanceof Error ? error.message : String(error);
  const id = message.match(/External error id#(\d+)/)?.[1];
  const record = id === undefined ? undefined : registry.consumeError(Number(id));
  if (!record) return error;
  const cause = record.error as
    | { message?: string; code?: string; kind?: string; cause?: string }
    | undefined;
  const detail = [cause?.code, cause?.kind, cause?.message, cause?.cause].filter(Boolean).join(': ');
  return new Error(detail || message, { cause: record.error });
}
