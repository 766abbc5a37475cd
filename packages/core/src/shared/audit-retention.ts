import { type DomainError, domainError } from './errors.js';
import { err, ok, type Result } from './result.js';

/**
 * How long the audit of personal-data reads is kept at the least: six months, the floor the
 * Cybersecurity Law sets for network logs (《网络安全法》第二十一条：留存相关的网络日志不少于六个月).
 * A county may keep it longer; pruning never reaches into the last six months.
 */
export const AUDIT_MINIMUM_RETENTION_MONTHS = 6;

/** Failures of {@link auditPruneCutoff}. */
export const AUDIT_RETENTION_ERRORS = {
  TOO_RECENT: domainError('AUDIT.RETENTION', 'VALIDATION', {
    zh: '审计记录至少保留六个月，只能删除六个月以前的记录',
    en: 'The audit is kept for at least six months: only entries older than that may be deleted',
    bo: 'རྩིས་ཞིབ་ཟིན་ཐོ་ཉུང་མཐར་ཟླ་བ་དྲུག་ཉར་དགོས་པས། ཟླ་བ་དྲུག་ལས་སྔ་བའི་ཟིན་ཐོ་ཁོ་ན་བསུབ་ཆོག',
  }),
} as const;

/**
 * The instant before which audit entries may be deleted, when `before` is asked for at `now`:
 * `before` itself if it lies at least six calendar months (UTC) before `now`, otherwise refused.
 */
export function auditPruneCutoff(before: Date, now: Date): Result<Date, DomainError<'AUDIT.RETENTION'>> {
  const floor = new Date(now.getTime());
  floor.setUTCMonth(floor.getUTCMonth() - AUDIT_MINIMUM_RETENTION_MONTHS);
  return before.getTime() <= floor.getTime() ? ok(before) : err(AUDIT_RETENTION_ERRORS.TOO_RECENT);
}
