import { describe, expect, it } from 'vitest';
import { calendarForRegion } from '../shared/calendar.js';
import type { CalendarDate } from '../shared/date.js';
import {
  createVisit,
  isBadRating,
  isRectificationLate,
  openRectification,
  rateApplication,
  transitionRectification,
  waitSeconds,
} from './satisfaction.rules.js';
import type { Rating, Rectification } from './serviceHall.js';
import { hallStatistics } from './statistics.rules.js';

const qonggyai = calendarForRegion('540524');
const at = (day: string, time = '10:00') => new Date(`${day}T${time}:00+08:00`);

const bad: Rating = {
  id: 'R1',
  applicationId: 'A1',
  level: 'DISSATISFIED',
  ratedAt: at('2023-09-28'),
  comment: '等候时间太长',
};

describe('好差评 (RULES.md 2.12)', () => {
  it('has five levels, of which the last two are 差评', () => {
    expect(
      ['VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED'].map((l) => isBadRating(l as Rating['level'])),
    ).toEqual([false, false, false]);
    expect(isBadRating('DISSATISFIED') && isBadRating('VERY_DISSATISFIED')).toBe(true);
  });

  it('rates a completed application once', () => {
    const input = { id: 'R1', level: 'SATISFIED', ratedAt: at('2023-05-10'), comment: null } as const;
    expect(rateApplication({ id: 'A1', state: 'UNDER_REVIEW' }, input, false)).toMatchObject({
      ok: false,
      error: { code: 'SERVICE_HALL.NOT_RATABLE' },
    });
    expect(rateApplication({ id: 'A1', state: 'COMPLETED' }, input, true)).toMatchObject({
      ok: false,
      error: { code: 'SERVICE_HALL.ALREADY_RATED' },
    });
    expect(rateApplication({ id: 'A1', state: 'DELIVERED' }, input, false).ok).toBe(true);
  });
});

describe('rectification of a 差评', () => {
  it('calls back within 1 working day and closes within 15, on the calendar (a make-up Saturday counts)', () => {
    const opened = openRectification(bad, qonggyai, 'X1');
    // Rated Thursday 28 September 2023; 29 September–6 October off, Saturday 7 October worked.
    expect(opened).toMatchObject({
      ok: true,
      value: { callbackDueOn: '2023-10-07', closeDueOn: '2023-10-25', state: 'OPEN' },
    });
  });

  it('takes a configurable closing period and never opens for a good rating', () => {
    expect(openRectification(bad, qonggyai, 'X1', 5)).toMatchObject({
      ok: true,
      value: { closeDueOn: '2023-10-11' },
    });
    expect(openRectification({ ...bad, level: 'BASICALLY_SATISFIED' }, qonggyai, 'X1')).toMatchObject({
      ok: false,
      error: { code: 'SERVICE_HALL.NOT_BAD' },
    });
  });

  it('runs callback → rectification → one follow-up rating, and refuses a second follow-up', () => {
    const opened = openRectification(bad, qonggyai, 'X1');
    if (!opened.ok) throw new Error('not opened');
    const steps: [Parameters<typeof transitionRectification>[1], string][] = [
      [{ type: 'CALL_BACK', note: '已电话回访，致歉' }, '2023-10-07'],
      [{ type: 'RECTIFY', note: '增设取号提醒' }, '2023-10-12'],
      [{ type: 'FOLLOW_UP', level: 'SATISFIED' }, '2023-10-13'],
    ];
    let r: Rectification = opened.value;
    for (const [action, day] of steps) {
      const next = transitionRectification(r, action, { at: at(day) });
      if (!next.ok) throw new Error(next.error.code);
      r = next.value;
    }
    expect(r).toMatchObject({ state: 'FOLLOWED_UP', followUpLevel: 'SATISFIED', calledBackOn: '2023-10-07' });
    expect(isRectificationLate(r, '2023-12-01' as CalendarDate)).toBe(false);
    expect(
      transitionRectification(r, { type: 'FOLLOW_UP', level: 'SATISFIED' }, { at: at('2023-10-14') }),
    ).toMatchObject({
      ok: false,
      error: { code: 'SERVICE_HALL.RECTIFICATION_REFUSED' },
    });
  });

  it('is late when nobody called back by the next working day', () => {
    const opened = openRectification(bad, qonggyai, 'X1');
    if (!opened.ok) throw new Error('not opened');
    expect(isRectificationLate(opened.value, '2023-10-07' as CalendarDate)).toBe(false);
    expect(isRectificationLate(opened.value, '2023-10-08' as CalendarDate)).toBe(true);
  });

  it('hears an appeal: upheld sets the rating aside, rejected sends the work on', () => {
    const opened = openRectification(bad, qonggyai, 'X1');
    if (!opened.ok) throw new Error('not opened');
    const appealed = transitionRectification(
      opened.value,
      { type: 'APPEAL', note: '评价与办件无关' },
      { at: at('2023-10-07') },
    );
    if (!appealed.ok) throw new Error(appealed.error.code);
    expect(
      transitionRectification(appealed.value, { type: 'UPHOLD' }, { at: at('2023-10-09') }),
    ).toMatchObject({ ok: true, value: { state: 'APPEAL_UPHELD' } });
    expect(
      transitionRectification(appealed.value, { type: 'REJECT' }, { at: at('2023-10-09') }),
    ).toMatchObject({ ok: true, value: { state: 'CALLED_BACK' } });
  });
});

describe('visits and statistics', () => {
  it('keeps a ticket’s times in order and measures the wait', () => {
    const visit = {
      id: 'V1',
      hallRegionCode: '540524',
      windowId: 'W1',
      ticket: 'A001',
      issuedAt: at('2023-03-06', '09:00'),
      calledAt: at('2023-03-06', '09:12'),
      startedAt: at('2023-03-06', '09:13'),
      endedAt: at('2023-03-06', '09:25'),
      applicationId: null,
    };
    expect(createVisit(visit).ok).toBe(true);
    expect(waitSeconds(visit)).toBe(720);
    expect(createVisit({ ...visit, calledAt: at('2023-03-06', '08:59') })).toMatchObject({
      ok: false,
      error: { code: 'SERVICE_HALL.VISIT_TIMES' },
    });
  });

  it('computes the completion rate as completed over accepted, and leaves rates without a denominator null', () => {
    const stats = hallStatistics({
      visits: 23_045,
      accepted: 22_229,
      completed: 22_229,
      completedOnTime: 22_229,
      refused: 0,
      trips: 20_000,
      waitSecondsTotal: 0,
      waitSecondsP90: null,
      ratings: 0,
      badRatings: 0,
    });
    expect(stats.completionRate).toBe(1);
    expect(stats.satisfactionRate).toBeNull();
  });
});
