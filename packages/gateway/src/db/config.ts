import { existsSync, mkdirSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The two databases the gateway runs on: SQLite embedded by default, PostgreSQL in production. */
export type Provider = 'sqlite' | 'postgresql';

export interface DatabaseConfig {
  readonly provider: Provider;
  /** For SQLite an absolute `file:` URL; for PostgreSQL the connection string as given. */
  readonly url: string;
}

/**
 * The gateway package folder (the nearest one above this module with a package.json: `src/db` and
 * `dist/db` sit two levels down, the bench's compiled copy three); relative SQLite paths are resolved
 * against it, not the caller's cwd.
 */
export const gatewayRoot = packageFolderOf(dirname(fileURLToPath(import.meta.url)));

function packageFolderOf(dir: string): string {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, 'package.json'))) return at;
    if (dirname(at) === at) throw new Error(`no package.json above ${dir}`);
  }
}

export const defaultDatabaseUrl = 'file:./data/grassroots.db';

/** Thrown for a DATABASE_URL the gateway cannot use; the message says what to write instead. */
export class DatabaseConfigError extends Error {
  override name = 'DatabaseConfigError';
}

/**
 * Reads `DATABASE_URL`. Unset means the embedded SQLite file under the gateway package, so a fresh
 * clone runs without any setup; `postgres://` or `postgresql://` selects PostgreSQL.
 */
export function databaseConfig(env: Record<string, string | undefined> = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim() || defaultDatabaseUrl;
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new DatabaseConfigError(
        `DATABASE_URL is not a valid URL: "${redactUrl(url)}". Example: postgresql://user:password@host:5432/grassroots ` +
          '(a password with @, : or / must be percent-encoded).',
      );
    }
    if (parsed.hostname === '' || parsed.pathname.length <= 1) {
      throw new DatabaseConfigError(
        `DATABASE_URL needs a host and a database name: "${redactUrl(url)}". Example: postgresql://user:password@host:5432/grassroots`,
      );
    }
    return { provider: 'postgresql', url };
  }
  if (url.startsWith('file:')) {
    const path = url.slice('file:'.length);
    if (path === '' || path === ':memory:') {
      throw new DatabaseConfigError(
        'DATABASE_URL=file: needs a file path; an in-memory database would lose every write on restart. ' +
          `Example: ${defaultDatabaseUrl}`,
      );
    }
    const absolute = isAbsolute(path) ? path : join(gatewayRoot, path);
    try {
      mkdirSync(dirname(absolute), { recursive: true });
    } catch (error) {
      throw new DatabaseConfigError(
        `Cannot create the folder of the SQLite database ${absolute}: ${(error as Error).message}. ` +
          'Make the folder writable, or point DATABASE_URL elsewhere.',
      );
    }
    return { provider: 'sqlite', url: `file:${absolute}` };
  }
  throw new DatabaseConfigError(
    `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got "${redactUrl(url)}".`,
  );
}

/** The URL with any password replaced, for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):([^@]*)@/, '//$1:***@');
}

/** The SQLite file path of a `file:` URL. */
export function sqlitePath(config: DatabaseConfig): string {
  return config.url.slice('file:'.length);
}
