import { Client, cacheExchange, fetchExchange } from 'urql';
import * as documents from './generated/graphql';
import { acceptLanguage, type Language } from './i18n';

// The SHA-256 id of every operation, by name, from the generated documents: the id the gateway's
// trusted-documents manifest knows it by.
const ids = new Map<string, string>();
for (const document of Object.values(documents) as unknown[]) {
  const meta = (document as { __meta__?: { hash?: string } } | null)?.__meta__;
  const definition = (document as { definitions?: { name?: { value: string } }[] } | null)?.definitions?.[0];
  if (meta?.hash && definition?.name) ids.set(definition.name.value, meta.hash);
}

// Whether the gateway knows our operations by id; until it says it does not, only ids are sent.
let gatewayHasManifest = true;

/**
 * Sends an operation by its id alone (a gateway configured with the dashboard's manifest accepts
 * nothing else); a gateway without the manifest answers TRUSTED_DOCUMENTS.UNKNOWN, and from then on
 * the text is sent, as development gateways accept any operation.
 */
async function trustedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  if (!gatewayHasManifest || typeof init?.body !== 'string') return fetch(input, init);
  const body = JSON.parse(init.body) as { operationName?: string; variables?: unknown; extensions?: object };
  const id = body.operationName ? ids.get(body.operationName) : undefined;
  if (id === undefined) return fetch(input, init);
  const byId = JSON.stringify({
    operationName: body.operationName,
    variables: body.variables,
    extensions: { ...body.extensions, persistedQuery: { version: 1, sha256Hash: id } },
  });
  const response = await fetch(input, { ...init, body: byId });
  const text = await response.text();
  if (text.includes('"TRUSTED_DOCUMENTS.UNKNOWN"')) {
    gatewayHasManifest = false;
    return fetch(input, init);
  }
  return new Response(text, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

export function makeClient(token: string | null, language: Language): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    fetch: trustedFetch,
    preferGetMethod: false,
    fetchOptions: () => ({
      headers: {
        'accept-language': acceptLanguage(language),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    }),
  });
}
