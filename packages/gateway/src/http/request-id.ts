// Request ids: the server's own, which the audit trusts, and the client's, kept apart and checked.
import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

/**
 * What a client's `X-Request-Id` may hold to be recorded: at most 128 characters of letters, digits
 * and `- _ . : / + = @` (UUIDs, W3C trace ids, base64 and `service:id` forms fit). Anything else is
 * not stored at all: truncating could make two clients' ids collide, and control characters or
 * markup would reach whoever reads the audit.
 */
export const CLIENT_REQUEST_ID = /^[A-Za-z0-9\-_.:/+=@]{1,128}$/;

const serverIds = new WeakMap<Request, string>();

/** The id the gateway gave this request: a random UUID, the same each time it is asked. */
export function serverRequestId(request: Request): string {
  let id = serverIds.get(request);
  if (id === undefined) {
    id = randomUUID();
    serverIds.set(request, id);
  }
  return id;
}

/** The client's `X-Request-Id` if it passes {@link CLIENT_REQUEST_ID}, otherwise null. */
export function clientRequestId(request: Request): string | null {
  const id = request.headers.get('x-request-id');
  return id !== null && CLIENT_REQUEST_ID.test(id) ? id : null;
}

/** Answers every response with the server's request id in `X-Request-Id`, so a client can quote it. */
export function requestIdPlugin(): Plugin {
  return {
    onResponse: ({ request, response }) => {
      response.headers.set('x-request-id', serverRequestId(request));
    },
  };
}
