import { describe, expect, it } from 'vitest';
import {
  BOME_STATIONING_RULES,
  capRating,
  createPresenceMonth,
  leaveApprover,
  presenceReasons,
  recallFindings,
  summarisePresence,
} from './cadre.rules.js';
import type { PresenceMonth } from './party.js';

const rules = BOME_STATIONING_RULES;
const month = (days: string, name = '2024-04'): PresenceMonth => ({ cadreId: 'K', month: name, days });
const fullPresence = 'P'.repeat(30);

describe('presenceReasons (a month of the presence record)', () => {
  it('finds nothing in a month spent in the village', () => {
    expect(presenceReasons(month(fullPresence), rules)).toEqual([]);
  });
  it('finds PRESENCE, and only that, in a month below 20 days in the village', () => {
    const nineteen = `${'AP'.repeat(11)}${'P'.repeat(8)}`;
    expect(summarisePresence(nineteen)).toMatchObject({ presentDays: 19, absentDays: 11, longestAbsence: 1 });
    expect(presenceReasons(month(nineteen), rules)).toEqual(['PRESENCE']);
    const twenty = `${'AP'.repeat(10)}${'P'.repeat(10)}`;
    expect(presenceReasons(month(twenty), rules)).toEqual([]);
  });
  it('finds COMMUTING, and only that, when the cadre comes by day and sleeps away', () => {
    const commuting = 'PPPPDPPPPDPPPPDPPPPDPPPPDPPPPP';
    expect(summarisePresence(commuting)).toMatchObject({ presentDays: 30, nightsAway: 5 });
    expect(presenceReasons(month(commuting), rules)).toEqual(['COMMUTING']);
  });
  it('finds TOURING in three days running away without leave', () => {
    const touring = `${'P'.repeat(10)}AAA${'P'.repeat(17)}`;
    expect(presenceReasons(month(touring), rules)).toEqual(['TOURING']);
  });
  it('scales the minimum for approved leave and a month stationed in part', () => {
    const onLeave = `${'P'.repeat(18)}${'L'.repeat(12)}`;
    expect(presenceReasons(month(onLeave), rules)).toEqual([]);
    const arrived = `${'-'.repeat(15)}${'P'.repeat(11)}AAPP`;
    expect(presenceReasons(month(arrived), rules)).toEqual([]);
  });
});

describe('createPresenceMonth', () => {
  it('wants one known mark for each day of the month', () => {
    expect(createPresenceMonth(month(fullPresence)).ok).toBe(true);
    expect(createPresenceMonth(month(fullPresence, '2024-05')).ok).toBe(false);
    expect(createPresenceMonth(month(`${'P'.repeat(29)}X`))).toMatchObject({
      ok: false,
      error: { code: 'PARTY.PRESENCE_MARKS' },
    });
  });
});

describe('recallFindings', () => {
  it('collects each month’s reasons, a discipline violation and an incompetent rating', () => {
    const findings = recallFindings(
      {
        months: [month('PPPPDPPPPDPPPPDPPPPDPPPPDPPPPP'), month(fullPresence, '2024-06')],
        disciplineViolation: true,
        rating: 'INCOMPETENT',
      },
      rules,
    );
    expect(findings).toEqual([
      { reason: 'COMMUTING', month: '2024-04' },
      { reason: 'DISCIPLINE', month: null },
      { reason: 'INCOMPETENT', month: null },
    ]);
  });
  it('caps the rating by unexcused absences: once no excellent, twice basically competent, three times incompetent', () => {
    expect(capRating('EXCELLENT', 1, rules)).toBe('COMPETENT');
    expect(capRating('EXCELLENT', 2, rules)).toBe('BASICALLY_COMPETENT');
    expect(capRating('COMPETENT', 3, rules)).toBe('INCOMPETENT');
    const threeAbsences = `PPAPPPPAPPPPAP${'P'.repeat(16)}`;
    expect(
      recallFindings({ months: [month(threeAbsences)], disciplineViolation: false, rating: null }, rules),
    ).toEqual([{ reason: 'INCOMPETENT', month: null }]);
  });
  it('finds nothing for a cadre with full presence and a good rating', () => {
    expect(
      recallFindings(
        { months: [month(fullPresence)], disciplineViolation: false, rating: 'EXCELLENT' },
        rules,
      ),
    ).toEqual([]);
  });
});

describe('leaveApprover', () => {
  it('sends leave of up to 3 days to the township, longer to the county', () => {
    expect(leaveApprover(3, rules)).toBe('TOWNSHIP');
    expect(leaveApprover(4, rules)).toBe('COUNTY');
  });
});
