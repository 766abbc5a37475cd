import { describe, expect, it } from 'vitest';
import { DEFAULT_READ_PURPOSE, parseReadPurpose, READ_PURPOSE_LABELS, READ_PURPOSES } from './purpose.js';

describe('parseReadPurpose', () => {
  it('records a read without a stated purpose as unstated, so auditors can find it', () => {
    for (const stated of [null, undefined, '', '   ']) {
      expect(parseReadPurpose(stated)).toEqual({ ok: true, value: 'UNSTATED' });
    }
    expect(DEFAULT_READ_PURPOSE).toBe('UNSTATED');
  });

  it('accepts every listed purpose, in any case and with spaces around it', () => {
    for (const purpose of READ_PURPOSES) {
      expect(parseReadPurpose(purpose)).toEqual({ ok: true, value: purpose });
      expect(parseReadPurpose(` ${purpose.toLowerCase()} `)).toEqual({ ok: true, value: purpose });
    }
  });

  it('refuses anything else with PURPOSE.UNKNOWN, listing the purposes in both languages', () => {
    for (const stated of ['CURIOSITY', 'VISIT CHECK', '走访核查', 'VISIT_CHECK,CASE_HANDLING']) {
      const result = parseReadPurpose(stated);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('PURPOSE.UNKNOWN');
      expect(result.error.kind).toBe('VALIDATION');
      expect(result.error.message.zh).toContain('CASE_HANDLING');
      expect(result.error.message.en).toContain('STATISTICS_CHECK');
    }
  });

  it('names the purposes of the brief (走访核查, 案件办理, 统计核对) in Chinese and English', () => {
    expect(READ_PURPOSE_LABELS.VISIT_CHECK.zh).toBe('走访核查');
    expect(READ_PURPOSE_LABELS.CASE_HANDLING.zh).toBe('案件办理');
    expect(READ_PURPOSE_LABELS.STATISTICS_CHECK.zh).toBe('统计核对');
    for (const purpose of READ_PURPOSES) expect(READ_PURPOSE_LABELS[purpose].en).not.toBe('');
  });
});
