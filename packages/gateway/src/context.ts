import { randomUUID } from 'node:crypto';
import { type Actor, ANONYMOUS, type Locale, parseLocale } from '@grassroots/core';
import { GraphQLError } from 'graphql';
import { type AuditLog, createAuditLog } from './audit.js';
import { TokenError, type TokenVerifier } from './auth/tokens.js';
import type { Db } from './db/client.js';
import { type MessageLanguage, messageLanguage } from './errors.js';

/** What every resolver gets: the database, who is asking, in which language, and when. */
export interface Context {
  readonly db: Db;
  readonly actor: Actor;
  /** The token's subject, or "anonymous". */
  readonly subject: string;
  readonly locale: Locale;
  /** The language of messages: `zh`, `en`, or null for both (see errors.ts). */
  readonly language: MessageLanguage;
  readonly requestId: string;
  /** The request's time, passed to core rules (core never reads a clock). */
  readonly now: Date;
  readonly audit: AuditLog;
}

export interface ContextDeps {
  readonly db: Db;
  readonly verify: TokenVerifier;
  /** The clock; tests pass a fixed one. */
  readonly clock?: () => Date;
}

/** Builds the context of one request from its headers. A bad token is refused, never ignored. */
export async function createContext(
  deps: ContextDeps,
  request: Request,
  params: { operationName?: string | null } | undefined,
): Promise<Context> {
  const authorization = request.headers.get('authorization');
  let actor: Actor = ANONYMOUS;
  let subject = 'anonymous';
  if (authorization) {
    const match = authorization.match(/^Bearer\s+(\S+)$/i);
    if (!match?.[1]) throw unauthenticated('the Authorization header must be "Bearer <token>"');
    try {
      const verified = await deps.verify(match[1]);
      actor = { personId: verified.personId, grants: verified.grants };
      subject = verified.subject;
    } catch (error) {
      throw unauthenticated(error instanceof TokenError ? error.message : 'invalid token');
    }
  }
  const requestId = request.headers.get('x-request-id') ?? randomUUID();
  const now = deps.clock?.() ?? new Date();
  return {
    db: deps.db,
    actor,
    subject,
    locale: parseLocale(request.headers.get('accept-language')),
    language: messageLanguage(request.headers.get('accept-language')),
    requestId,
    now,
    audit: createAuditLog(deps.db, {
      actorSubject: subject,
      actorPersonId: actor.personId,
      requestId,
      now,
      operationName: () => params?.operationName ?? null,
    }),
  };
}

function unauthenticated(detail: string): GraphQLError {
  return new GraphQLError(`身份验证失败 / Unauthenticated: ${detail}`, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}
