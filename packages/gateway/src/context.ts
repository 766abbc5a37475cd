import {
  type Actor,
  type DomainError,
  type Locale,
  parseLocale,
  parseReadPurpose,
  type ReadPurpose,
} from '@grassroots/core';
import { GraphQLError } from 'graphql';
import { type AuditLog, createAuditLog } from './audit.js';
import type { Authenticator } from './auth/authenticate.js';
import type { TokenError } from './auth/tokens.js';
import type { CalendarSource } from './calendar.js';
import type { Db } from './db/client.js';
import { domainGraphQLError, type MessageLanguage, messageLanguage } from './errors.js';
import { clientRequestId, serverRequestId } from './http/request-id.js';

/** What every resolver gets: the database, who is asking, in which language, and when. */
export interface Context {
  readonly db: Db;
  readonly actor: Actor;
  /** The token's subject, or "anonymous". */
  readonly subject: string;
  readonly locale: Locale;
  /** The language of messages: `zh`, `en`, or null for both (see errors.ts). */
  readonly language: MessageLanguage;
  /** The gateway's id for this request (a UUID it made), sent back in `X-Request-Id`. */
  readonly requestId: string;
  /** The client's `X-Request-Id`, when it is well formed; never trusted to identify the request. */
  readonly clientRequestId: string | null;
  /** Why the caller reads personal data (`X-Purpose`, core's READ_PURPOSES), recorded in the audit. */
  readonly purpose: ReadPurpose;
  /** The request's time, passed to core rules (core never reads a clock). */
  readonly now: Date;
  readonly audit: AuditLog;
  /** Working-day calendars with the loaded official schedules. */
  readonly calendars: CalendarSource;
}

export interface ContextDeps {
  readonly db: Db;
  readonly authenticate: Authenticator;
  readonly calendars: CalendarSource;
  /** The clock; tests pass a fixed one. */
  readonly clock?: () => Date;
}

/** Builds the context of one request from its headers. A bad token is refused, never ignored. */
export async function createContext(
  deps: ContextDeps,
  request: Request,
  params: { operationName?: string | null } | undefined,
): Promise<Context> {
  const caller = await deps.authenticate(request);
  if (!caller.ok) throw unauthenticated(caller.error);
  const purpose = parseReadPurpose(request.headers.get('x-purpose'));
  if (!purpose.ok) throw purposeRefused(purpose.error);
  const requestId = serverRequestId(request);
  const clientId = clientRequestId(request);
  const now = deps.clock?.() ?? new Date();
  return {
    db: deps.db,
    calendars: deps.calendars,
    actor: caller.actor,
    subject: caller.subject,
    locale: parseLocale(request.headers.get('accept-language')),
    language: messageLanguage(request.headers.get('accept-language')),
    requestId,
    clientRequestId: clientId,
    purpose: purpose.value,
    now,
    audit: createAuditLog(deps.db, {
      actorSubject: caller.subject,
      actorPersonId: caller.actor.personId,
      requestId,
      clientRequestId: clientId,
      purpose: purpose.value,
      now,
      operationName: () => params?.operationName ?? null,
    }),
  };
}

/**
 * HTTP 401 with `extensions.code: "UNAUTHENTICATED"` and `extensions.reason` saying why (one of
 * `TokenRefusal`), in both languages.
 */
function unauthenticated(error: TokenError): GraphQLError {
  return new GraphQLError(
    `身份验证失败：${error.text.zh} / Unauthenticated: ${error.text.en} / ཐོབ་ཐང་ར་སྤྲོད་མ་ཐུབ། ${error.text.bo}`,
    {
      extensions: { code: 'UNAUTHENTICATED', reason: error.reason, http: { status: 401 } },
    },
  );
}

/** HTTP 400 with the core rule's code (`PURPOSE.UNKNOWN`), naming the header in `extensions.field`. */
function purposeRefused(error: DomainError): GraphQLError {
  const refused = domainGraphQLError({ ...error, field: ['X-Purpose'] });
  return new GraphQLError(refused.message, {
    extensions: { ...refused.extensions, http: { status: 400 } },
  });
}
