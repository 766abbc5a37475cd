import { describe, expect, it } from 'vitest';
import { auditPruneCutoff } from './audit-retention.js';

describe('auditPruneCutoff', () => {
  const now = new Date('2026-12-02T04:00:00Z');

  it('allows deleting what is at least six months old', () => {
    for (const before of ['2026-06-02T04:00:00Z', '2026-01-01T00:00:00Z', '2020-01-01T00:00:00Z']) {
      expect(auditPruneCutoff(new Date(before), now)).toEqual({ ok: true, value: new Date(before) });
    }
  });

  it('refuses a cutoff inside the last six months with AUDIT.RETENTION, however close to the limit', () => {
    for (const before of ['2026-06-02T04:00:00.001Z', '2026-11-01T00:00:00Z', '2027-01-01T00:00:00Z']) {
      const result = auditPruneCutoff(new Date(before), now);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('AUDIT.RETENTION');
    }
  });
});
