// Trusted documents (persisted operations): a front end's operations are extracted when it is built
// into a manifest, `{ "<id>": "<operation text>" }` (the dashboard's is `dist/persisted-documents.json`,
// ids `sha256:<hex>`). A client names an operation by id in `extensions.persistedQuery.sha256Hash`
// and the gateway runs its own copy of the text. Configured to trust only the manifest, the gateway
// refuses any other operation before it is parsed, so a stolen token cannot run ad-hoc queries;
// in development arbitrary queries still run (GraphiQL, scripts) beside the manifest's ids.
import { readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { ERROR_CODES, joinMessage } from '../errors.js';

export interface TrustedDocumentsConfig {
  /** The operations the gateway knows by id. */
  readonly documents: ReadonlyMap<string, string>;
  /** True: only those run, any operation sent as text is refused. */
  readonly only: boolean;
}

type Env = Record<string, string | undefined>;

/** Reads a manifest: a JSON object of ids to operation texts. Throws, naming the file, when it is not one. */
export function readManifest(path: string): ReadonlyMap<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(
      `GRASSROOTS_TRUSTED_DOCUMENTS: cannot read ${path} as JSON (${(error as Error).message})`,
    );
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error(
      `GRASSROOTS_TRUSTED_DOCUMENTS: ${path} must hold a JSON object of ids to operation texts`,
    );
  }
  const entries = Object.entries(parsed);
  for (const [id, text] of entries) {
    if (typeof text !== 'string' || text.trim() === '') {
      throw new Error(`GRASSROOTS_TRUSTED_DOCUMENTS: the operation "${id}" in ${path} is not a text`);
    }
  }
  return new Map(entries as [string, string][]);
}

/**
 * `GRASSROOTS_TRUSTED_DOCUMENTS` (a manifest's path) and `GRASSROOTS_TRUSTED_DOCUMENTS_ONLY` (`on` or
 * `off`; `on` by default in production when a manifest is named, `off` in development).
 */
export function trustedDocumentsConfig(
  env: Env,
  options: { readonly production: boolean },
): TrustedDocumentsConfig {
  const path = env.GRASSROOTS_TRUSTED_DOCUMENTS?.trim();
  const documents = path ? readManifest(path) : new Map<string, string>();
  const switchText = env.GRASSROOTS_TRUSTED_DOCUMENTS_ONLY?.trim().toLowerCase();
  if (switchText !== undefined && switchText !== '' && switchText !== 'on' && switchText !== 'off') {
    throw new Error(`GRASSROOTS_TRUSTED_DOCUMENTS_ONLY must be on or off; got "${switchText}"`);
  }
  const only =
    switchText === 'on' || ((switchText === undefined || switchText === '') && options.production && !!path);
  if (only && documents.size === 0) {
    throw new Error(
      'GRASSROOTS_TRUSTED_DOCUMENTS_ONLY is on, but GRASSROOTS_TRUSTED_DOCUMENTS names no operation',
    );
  }
  return { documents, only };
}

function refusal(code: 'TRUSTED_DOCUMENTS.ONLY' | 'TRUSTED_DOCUMENTS.UNKNOWN') {
  const text = ERROR_CODES[code];
  return () => createGraphQLError(joinMessage(text), { extensions: { code, http: { status: 400 } } });
}

/** Resolves operations sent by id from the manifest and, when `only`, refuses every other. */
export function trustedDocumentsPlugin(config: TrustedDocumentsConfig): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (id) => config.documents.get(id) ?? null,
    allowArbitraryOperations: !config.only,
    customErrors: {
      notFound: refusal('TRUSTED_DOCUMENTS.UNKNOWN'),
      keyNotFound: refusal('TRUSTED_DOCUMENTS.ONLY'),
      persistedQueryOnly: refusal('TRUSTED_DOCUMENTS.ONLY'),
    },
  }) as Plugin;
}
