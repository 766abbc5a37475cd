// Child process: the hand-written baseline. Plain node:http and the database driver (better-sqlite3 or
// pg); it knows only the bench's operations (matched by their exact query text) and answers each with
// the JSON the gateway returns, built from hand-written SQL in `../baseline/<operation>.ts`. It checks
// the same bearer token with the same verifier, applies core's rules, and writes the same audit entry.
//   BENCH_DATABASE_URL, BENCH_JWT_SECRET as for the gateway child.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Actor, parseReadPurpose } from '@grassroots/core';
import { type TokenVerifier, verifierFromEnv } from '../../src/auth/tokens.js';
import { CLIENT_REQUEST_ID } from '../../src/http/request-id.js';
import { openDriver, type SqlDriver } from '../baseline/driver.js';
import { BASELINE_OPERATIONS } from '../baseline/index.js';
import type { BaselineOperation } from '../baseline/request.js';
import { BENCH_OPERATIONS } from '../queries.js';
import { failChild, serveChild } from './child.js';

const CONTENT_TYPE = 'application/graphql-response+json; charset=utf-8';

function reply(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': CONTENT_TYPE, 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

function errorBody(message: string): string {
  return JSON.stringify({ errors: [{ message }] });
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function handler(db: SqlDriver, verify: TokenVerifier) {
  const byQuery = new Map<string, BaselineOperation>();
  for (const operation of BENCH_OPERATIONS) {
    const answer = BASELINE_OPERATIONS[operation.key];
    if (answer === undefined) throw new Error(`no baseline for operation ${operation.key}`);
    byQuery.set(operation.query, answer);
  }
  return async (request: IncomingMessage, response: ServerResponse) => {
    try {
      if (request.method !== 'POST' || request.url !== '/graphql') {
        return reply(response, 404, errorBody('not found'));
      }
      const body = JSON.parse(await readBody(request)) as {
        query?: string;
        variables?: Record<string, unknown>;
        operationName?: string | null;
      };
      const answer = byQuery.get(body.query ?? '');
      if (answer === undefined) return reply(response, 400, errorBody('not one of the bench operations'));
      const match = request.headers.authorization?.match(/^Bearer\s+(\S+)$/i);
      let actor: Actor;
      let subject: string;
      try {
        if (!match?.[1]) throw new Error('no token');
        const verified = await verify(match[1]);
        actor = { personId: verified.personId, grants: verified.grants };
        subject = verified.subject;
      } catch {
        return reply(response, 401, errorBody('unauthenticated'));
      }
      const header = request.headers['x-purpose'];
      const purpose = parseReadPurpose(typeof header === 'string' ? header : null);
      if (!purpose.ok) return reply(response, 400, errorBody(purpose.error.code));
      const now = new Date();
      const clientId = request.headers['x-request-id'];
      const data = await answer({
        db,
        actor,
        variables: body.variables ?? {},
        now,
        audit: {
          actorSubject: subject,
          actorPersonId: actor.personId,
          requestId: randomUUID(),
          clientRequestId: typeof clientId === 'string' && CLIENT_REQUEST_ID.test(clientId) ? clientId : null,
          purpose: purpose.value,
          now,
          operationName: body.operationName ?? null,
        },
      });
      reply(response, 200, JSON.stringify({ data }));
    } catch (error) {
      console.error(error);
      reply(response, 500, errorBody('internal error'));
    }
  };
}

async function main(): Promise<void> {
  const db = openDriver(process.env.BENCH_DATABASE_URL ?? '');
  const verify = await verifierFromEnv({ GRASSROOTS_JWT_SECRET: process.env.BENCH_JWT_SECRET });
  serveChild(
    handler(db, verify),
    () => db.statements,
    () => db.close(),
  );
}

main().catch(failChild);
