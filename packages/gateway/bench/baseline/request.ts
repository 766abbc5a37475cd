// What every baseline operation gets, and the few helpers they share. The rules (who may see what,
// masks, Fengqiao measures) come from core, as in the gateway; only the SQL and the JSON are by hand.
import { type Actor, isRegionCode, regionScopePrefix } from '@grassroots/core';
import type { AuditRequest } from './audit.js';
import type { SqlDriver } from './driver.js';

export interface BaselineRequest {
  readonly db: SqlDriver;
  readonly actor: Actor;
  readonly variables: Readonly<Record<string, unknown>>;
  /** The request's instant (the gateway's `context.now`). */
  readonly now: Date;
  readonly audit: AuditRequest;
}

/** Answers one operation: the value of the response's `data`, built in the selection's key order. */
export type BaselineOperation = (request: BaselineRequest) => Promise<unknown>;

/**
 * The codes inside region `code` as a range `[gte, lt)` (the gateway's `codeWithin` in
 * `schema/shared/scope.ts`): `lt` is null when the prefix has no successor of its length.
 */
export function codeRange(code: string): { readonly gte: string; readonly lt: string | null } {
  const prefix = isRegionCode(code) ? regionScopePrefix(code) : code;
  if (!/^\d+$/.test(prefix)) return { gte: prefix, lt: prefix };
  const next = (BigInt(prefix) + 1n).toString().padStart(prefix.length, '0');
  return next.length > prefix.length ? { gte: prefix, lt: null } : { gte: prefix, lt: next };
}

/**
 * SQL for "`column` lies inside region `code`", its values appended to `params` ($n numbered from
 * there). `column` may be qualified by a table alias (`a.gridCode`).
 */
export function sqlWithin(column: string, code: string, params: unknown[]): string {
  const range = codeRange(code);
  // A qualified column (`a.hallRegionCode`) is quoted part by part.
  const quoted = column
    .split('.')
    .map((part) => `"${part}"`)
    .join('.');
  params.push(range.gte);
  const gte = `${quoted} >= $${params.length}`;
  if (range.lt === null) return gte;
  params.push(range.lt);
  return `(${gte} AND ${quoted} < $${params.length})`;
}

/** A count as both drivers return it (pg gives COUNT and SUM over integers as text). */
export function num(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}

/** Relay's global ID of a node (Pothos: base64 of `Type:id`). */
export function globalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64');
}

/** The Prisma plugin's cursor for a connection paged by one string column (`GPC:` + `S:` + value). */
export function prismaCursor(value: string): string {
  return Buffer.from(`GPC:S:${value}`).toString('base64');
}
