import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarForRegion, nationalCalendar } from '../shared/calendar.js';
import { parseOfficialSchedule } from '../shared/official-schedule.js';
import {
  createEscalationLimits,
  DEFAULT_ESCALATION_LIMITS,
  dueAt,
  dueDate,
  escalate,
  escalateOnRequest,
  handlingRegionCode,
  isAtOrBelow,
  isPastDeadline,
  matterDeadline,
  nextEscalationLevel,
  workingDaysUsed,
} from './escalation.rules.js';
import { transition } from './lifecycle.rules.js';
import { ESCALATION_REQUEST_ERRORS } from './matter.errors.js';
import type { EscalationLevel, Matter, MatterAction } from './matter.js';
import { raiseMatter } from './raise.rules.js';
import { createMatter, createPublicOpinionRecord } from './record.rules.js';
import { superviseIfDue, supervisionDueAt } from './supervision.rules.js';

const GRID = '542526100201001';
// Gêrzê (改则县) is in the Tibet Autonomous Region: national days plus Tibetan New Year and Shoton.
const TIBET = calendarForRegion(GRID);
const NATIONAL = nationalCalendar();

function must<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

function act(matter: Matter, action: MatterAction, actorId: string, at: Date): Matter {
  return must(transition(matter, action, { actorId, at })).matter;
}

/** A matter reported and registered an hour before `dispatchedAt`, dispatched then, optionally accepted. */
function dispatchedAt(dispatched: Date, accepted = true): Matter {
  const reportedAt = new Date(dispatched.getTime() - 3_600_000);
  const record = must(
    createPublicOpinionRecord({
      id: 'r1',
      category: 'HAZARD',
      channel: 'HOTLINE',
      gridCode: GRID,
      reporterPersonId: null,
      text: '加油站附近有人违规存放液化气罐',
      reportedAt,
    }),
  );
  let matter = must(createMatter(record, 'm1')).matter;
  matter = act(matter, { type: 'REGISTER' }, 'officer', reportedAt);
  matter = act(matter, { type: 'ASSIGN', assigneeId: 'worker-a' }, 'officer', dispatched);
  return accepted ? act(matter, { type: 'ACCEPT' }, 'worker-a', dispatched) : matter;
}

/** An instant given as Asia/Shanghai wall-clock time. */
function shanghai(localDateTime: string): Date {
  return new Date(`${localDateTime}+08:00`);
}

function atLevel(matter: Matter, level: EscalationLevel, since: Date): Matter {
  return { ...matter, level, levelStartedAt: since };
}

describe('the escalation ladder', () => {
  it('runs grid → village → township → county and stops there', () => {
    expect(nextEscalationLevel('GRID')).toBe('VILLAGE');
    expect(nextEscalationLevel('VILLAGE')).toBe('TOWNSHIP');
    expect(nextEscalationLevel('TOWNSHIP')).toBe('COUNTY');
    expect(nextEscalationLevel('COUNTY')).toBeNull();
    expect(isAtOrBelow('VILLAGE', 'TOWNSHIP')).toBe(true);
    expect(isAtOrBelow('COUNTY', 'TOWNSHIP')).toBe(false);
  });

  it('hands the matter to the unit of its level, read from the grid code', () => {
    const matter = dispatchedAt(shanghai('2025-04-25T10:00:00'));
    expect(handlingRegionCode(matter)).toBe('542526100201001');
    expect(handlingRegionCode({ ...matter, level: 'VILLAGE' })).toBe('542526100201');
    expect(handlingRegionCode({ ...matter, level: 'TOWNSHIP' })).toBe('542526100');
    expect(handlingRegionCode({ ...matter, level: 'COUNTY' })).toBe('542526');
  });
});

describe('time limits are data', () => {
  it('default to grid 3, village 5, township 10, county 20 working days', () => {
    expect(DEFAULT_ESCALATION_LIMITS).toEqual({ GRID: 3, VILLAGE: 5, TOWNSHIP: 10, COUNTY: 20 });
  });

  it('accept a county’s own whole numbers of working days', () => {
    expect(must(createEscalationLimits({ GRID: 2, VILLAGE: 4, TOWNSHIP: 7, COUNTY: 15 }))).toEqual({
      GRID: 2,
      VILLAGE: 4,
      TOWNSHIP: 7,
      COUNTY: 15,
    });
  });

  it.each([0, -1, 2.5, 366, Number.NaN])('refuse a limit of %s days', (days) => {
    const result = createEscalationLimits({ GRID: 3, VILLAGE: days, TOWNSHIP: 10, COUNTY: 20 });
    expect(!result.ok && result.error).toMatchObject({ code: 'ESCALATION.LIMIT', field: ['VILLAGE'] });
  });

  it('change the due date when a county sets shorter limits', () => {
    const matter = dispatchedAt(shanghai('2025-04-25T10:00:00'));
    const limits = must(createEscalationLimits({ GRID: 1, VILLAGE: 5, TOWNSHIP: 10, COUNTY: 20 }));
    // Saturday 26 April is a weekend; Sunday 27 April 2025 is worked in exchange for Labour Day.
    expect(must(dueDate(matter, NATIONAL, limits))).toBe('2025-04-27');
  });
});

describe('due dates cross public holidays and adjusted working days', () => {
  it('counts the make-up Sunday before Labour Day 2025 (3 working days from Fri 25 Apr is Tue 29 Apr)', () => {
    const matter = dispatchedAt(shanghai('2025-04-25T10:00:00'));
    expect(must(dueDate(matter, NATIONAL))).toBe('2025-04-29');
    expect(must(dueAt(matter, NATIONAL))).toEqual(shanghai('2025-04-30T00:00:00'));
  });

  it('skips the Labour Day holiday of 1–5 May 2025 (5 working days from Fri 25 Apr is Tue 6 May)', () => {
    const matter = atLevel(
      dispatchedAt(shanghai('2025-04-25T10:00:00')),
      'VILLAGE',
      shanghai('2025-04-25T10:00:00'),
    );
    expect(must(dueDate(matter, NATIONAL))).toBe('2025-05-06');
  });

  it('moves a grid deadline set on Tue 29 Apr past the holiday to Wed 7 May', () => {
    expect(must(dueDate(dispatchedAt(shanghai('2025-04-29T09:00:00')), TIBET))).toBe('2025-05-07');
  });

  it('applies the Tibetan New Year days of 27 Feb–4 Mar 2025 in Tibet but not elsewhere', () => {
    const matter = dispatchedAt(shanghai('2025-02-26T10:00:00'));
    expect(must(dueDate(matter, TIBET))).toBe('2025-03-07');
    expect(must(dueDate(matter, NATIONAL))).toBe('2025-03-03');
  });

  it('gives 1 April 2025 for 20 working days from 26 Feb under the Tibet calendar (RULES §2.7)', () => {
    const matter = atLevel(
      dispatchedAt(shanghai('2025-02-26T10:00:00')),
      'COUNTY',
      shanghai('2025-02-26T10:00:00'),
    );
    expect(must(dueDate(matter, TIBET))).toBe('2025-04-01');
  });

  it('reads the start day in Asia/Shanghai, not in UTC', () => {
    // 00:30 on Friday 25 April in Gêrzê is still Thursday 24 April in UTC.
    const matter = dispatchedAt(new Date('2025-04-24T16:30:00Z'));
    expect(must(dueDate(matter, NATIONAL))).toBe('2025-04-29');
  });

  it('has no due date before dispatch or once closed', () => {
    const waiting = dispatchedAt(shanghai('2025-04-25T10:00:00'));
    expect(must(dueAt({ ...waiting, state: 'REGISTERED', levelStartedAt: null }, NATIONAL))).toBeNull();
    expect(must(dueAt({ ...waiting, state: 'CLOSED' }, NATIONAL))).toBeNull();
  });

  it('fails with the calendar’s error for a year the calendar does not hold (after 2099)', () => {
    const result = dueDate(dispatchedAt(shanghai('2100-03-03T10:00:00')), TIBET);
    expect(!result.ok && result.error.code).toBe('CALENDAR.OUT_OF_RANGE');
  });

  it('gives a due date in a provisional year: Monday 3 March 2031 plus 3 working days is Thursday 6 March', () => {
    expect(must(dueDate(dispatchedAt(shanghai('2031-03-03T10:00:00')), TIBET))).toBe('2031-03-06');
  });
});

describe('the deadline says whether it is provisional', () => {
  // The State Council's 2027 notice as a test would load it: New Year's Day 1–3 January, no make-up day.
  const notice2027 = must(
    parseOfficialSchedule({
      format: 'grassroots.official-holiday-schedule',
      version: 1,
      year: 2027,
      scope: 'NATIONAL',
      source: { title: '2027年部分节假日安排（测试用示例）', published: '2026-11-10' },
      restPeriods: [{ from: '2027-01-01', to: '2027-01-03', name: { zh: '元旦', en: "New Year's Day" } }],
      adjustedWorkdays: [],
    }),
  );

  it('is not provisional within the announced years', () => {
    expect(must(matterDeadline(dispatchedAt(shanghai('2025-04-25T10:00:00')), NATIONAL))).toEqual({
      dueDate: '2025-04-29',
      dueAt: shanghai('2025-04-30T00:00:00'),
      provisional: false,
    });
  });

  it('is provisional when the limit runs into 2027 before its notice is loaded, and not after', () => {
    const matter = dispatchedAt(shanghai('2026-12-30T10:00:00'));
    expect(must(matterDeadline(matter, NATIONAL))).toEqual({
      dueDate: '2027-01-05',
      dueAt: shanghai('2027-01-06T00:00:00'),
      provisional: true,
    });
    const loaded = calendarForRegion(GRID, { schedules: [notice2027] });
    expect(must(matterDeadline(matter, nationalCalendar({ schedules: [notice2027] })))).toMatchObject({
      dueDate: '2027-01-05',
      provisional: false,
    });
    // In Tibet the regional days of 2027 are still estimates, so the deadline stays provisional.
    expect(must(matterDeadline(matter, loaded))).toMatchObject({ dueDate: '2027-01-05', provisional: true });
  });

  it('is null when no clock runs, like dueDate and dueAt', () => {
    const closed = { ...dispatchedAt(shanghai('2026-12-30T10:00:00')), state: 'CLOSED' as const };
    expect(must(matterDeadline(closed, NATIONAL))).toBeNull();
  });

  it('agrees with dueDate and dueAt for any start and level', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2022-01-01T00:00:00+08:00'),
          max: new Date('2030-12-31T00:00:00+08:00'),
          noInvalidDate: true,
        }),
        fc.constantFrom<EscalationLevel>('GRID', 'VILLAGE', 'TOWNSHIP', 'COUNTY'),
        (start, level) => {
          const matter = atLevel(dispatchedAt(start), level, start);
          const deadline = must(matterDeadline(matter, TIBET));
          expect(deadline?.dueDate).toBe(must(dueDate(matter, TIBET)));
          expect(deadline?.dueAt).toEqual(must(dueAt(matter, TIBET)));
        },
      ),
    );
  });
});

describe('isPastDeadline', () => {
  const matter = dispatchedAt(shanghai('2025-04-25T10:00:00'));

  it('says no until the last working day is over and yes from the next midnight', () => {
    expect(must(isPastDeadline(matter, shanghai('2025-04-29T23:59:59'), NATIONAL))).toBe(false);
    expect(must(isPastDeadline(matter, shanghai('2025-04-30T00:00:00'), NATIONAL))).toBe(true);
  });

  it('agrees with dueAt at every instant', () => {
    const due = must(dueAt(matter, TIBET));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 * 24 * 60 }), (minutes) => {
        const now = new Date(matter.updatedAt.getTime() + minutes * 60_000);
        expect(must(isPastDeadline(matter, now, TIBET))).toBe(due !== null && now.getTime() >= due.getTime());
      }),
    );
  });

  it('never escalates beyond the county', () => {
    const county = atLevel(matter, 'COUNTY', matter.updatedAt);
    expect(must(isPastDeadline(county, shanghai('2025-12-31T12:00:00'), NATIONAL))).toBe(false);
  });

  it('does not escalate a matter waiting for its check, nor a closed one', () => {
    const late = shanghai('2025-06-01T12:00:00');
    expect(must(isPastDeadline({ ...matter, state: 'FEEDBACK_SUBMITTED' }, late, NATIONAL))).toBe(false);
    expect(must(isPastDeadline({ ...matter, state: 'CLOSED' }, late, NATIONAL))).toBe(false);
  });

  it('escalates a dispatched matter nobody accepted', () => {
    const unaccepted = dispatchedAt(shanghai('2025-04-25T10:00:00'), false);
    expect(must(isPastDeadline(unaccepted, shanghai('2025-05-01T08:00:00'), NATIONAL))).toBe(true);
  });
});

describe('working days used', () => {
  it('counts the working days after the level started, up to today, holidays excluded', () => {
    // Fri 25 Apr; then Sun 27 (make-up day), 28, 29, 30 Apr; 1–5 May off; Tue 6 May.
    const matter = dispatchedAt(shanghai('2025-04-25T10:00:00'));
    expect(must(workingDaysUsed(matter, shanghai('2025-04-25T18:00:00'), NATIONAL))).toBe(0);
    expect(must(workingDaysUsed(matter, shanghai('2025-04-27T09:00:00'), NATIONAL))).toBe(1);
    expect(must(workingDaysUsed(matter, shanghai('2025-05-05T09:00:00'), NATIONAL))).toBe(4);
    expect(must(workingDaysUsed(matter, shanghai('2025-05-06T09:00:00'), NATIONAL))).toBe(5);
  });
});

describe('escalate: moving up is a decision with a reason', () => {
  const matter = dispatchedAt(shanghai('2025-04-25T10:00:00'));
  const now = shanghai('2025-04-30T08:00:00');
  const decision = { reason: 'OVERDUE', actorId: 'worker-a', note: '需村委协调供水' } as const;

  it('raises the matter one level, records who decided and why, and restarts the clock', () => {
    const change = must(escalate(matter, now, decision));
    expect(change.matter).toMatchObject({
      level: 'VILLAGE',
      state: 'ASSIGNED',
      handlerId: null,
      assigneeId: null,
      version: matter.version + 1,
      levelStartedAt: now,
      clockStartedAt: matter.clockStartedAt,
      supervision: null,
    });
    expect(change.event).toEqual({
      kind: 'ESCALATION',
      matterId: 'm1',
      version: matter.version + 1,
      fromLevel: 'GRID',
      toLevel: 'VILLAGE',
      from: 'IN_PROGRESS',
      to: 'ASSIGNED',
      reason: 'OVERDUE',
      actorId: 'worker-a',
      at: now,
      note: '需村委协调供水',
    });
    // The village gets its own 5 working days from Wed 30 Apr: 6, 7, 8, 9 and 12 May.
    expect(must(dueDate(change.matter, NATIONAL))).toBe('2025-05-12');
  });

  it('dispatches to the person named at the new level, and refuses a decision without a decider or words', () => {
    const change = must(
      escalate(matter, now, {
        reason: 'BEYOND_AUTHORITY',
        actorId: 'worker-a',
        note: '涉及草场确权',
        assigneeId: 'village-office',
      }),
    );
    expect(change.matter.assigneeId).toBe('village-office');
    const nobody = escalate(matter, now, { ...decision, actorId: ' ' });
    expect(!nobody.ok && nobody.error.code).toBe('MATTER.REQUIRED');
    const silent = escalate(matter, now, { ...decision, note: '  ' });
    expect(!silent.ok && silent.error).toMatchObject({ code: 'MATTER.REASON_REQUIRED', field: ['note'] });
  });

  it('lets a worker at the new level accept it', () => {
    const escalated = must(escalate(matter, now, decision)).matter;
    const accepted = must(transition(escalated, { type: 'ACCEPT' }, { actorId: 'village-cadre', at: now }));
    expect(accepted.matter).toMatchObject({
      state: 'IN_PROGRESS',
      handlerId: 'village-cadre',
      level: 'VILLAGE',
    });
  });

  it('refuses to go beyond the county', () => {
    const result = escalate(atLevel(matter, 'COUNTY', matter.updatedAt), now, decision);
    expect(!result.ok && result.error).toMatchObject({ code: 'MATTER.TOP_LEVEL', kind: 'CONFLICT' });
  });

  it.each(['REPORTED', 'REGISTERED', 'REJECTED', 'SUSPENDED', 'FEEDBACK_SUBMITTED', 'CLOSED'] as const)(
    'refuses to move up one level a matter that is %s',
    (state) => {
      const result = escalate({ ...matter, state }, now, decision);
      expect(!result.ok && result.error.code).toBe('MATTER.NOT_ESCALATABLE');
    },
  );

  it('refuses a stale reading and an invalid time, and dates a time before the last change at that change', () => {
    const stale = escalate(matter, now, { ...decision, expectedVersion: matter.version - 1 });
    expect(!stale.ok && stale.error.code).toBe('MATTER.STALE_VERSION');
    const invalid = escalate(matter, new Date(Number.NaN), decision);
    expect(!invalid.ok && invalid.error.code).toBe('MATTER.TIME');
    const behind = escalate(matter, new Date(matter.updatedAt.getTime() - 60_000), {
      ...decision,
      expectedVersion: matter.version,
    });
    if (!behind.ok) throw new Error(behind.error.code);
    expect(behind.value.matter.updatedAt).toEqual(matter.updatedAt);
    expect(behind.value.event.at).toEqual(matter.updatedAt);
  });
});

describe('collective and stability-related matters go straight to the level that must know', () => {
  const reportedAt = shanghai('2025-04-25T10:00:00');
  const record = must(
    createPublicOpinionRecord({
      id: 'r9',
      category: 'DISPUTE',
      channel: 'GRID_VISIT',
      gridCode: GRID,
      reporterPersonId: null,
      text: '两村三十余户牧民因草场边界聚集争执',
      reportedAt,
    }),
  );

  it('reports a collective dispute to the township at once, skipping the village, waiting there to be registered', () => {
    const raised = must(
      raiseMatter(
        record,
        'm9',
        { subType: 'GRASSLAND_BOUNDARY', nature: 'COLLECTIVE', headCount: 34 },
        'worker-a',
      ),
    );
    expect(raised.matter).toMatchObject({ level: 'TOWNSHIP', state: 'REPORTED', version: 2 });
    expect(raised.events.map((event) => event.kind)).toEqual(['REPORT', 'ESCALATION']);
    expect(raised.events[1]).toMatchObject({
      fromLevel: 'GRID',
      toLevel: 'TOWNSHIP',
      reason: 'COLLECTIVE',
      actorId: 'worker-a',
    });
  });

  it('counts five or more people as collective whatever the matter was called', () => {
    const raised = must(raiseMatter(record, 'm9', { headCount: 5 }, 'worker-a'));
    expect(raised.matter.details.nature).toBe('COLLECTIVE');
    expect(raised.matter.level).toBe('TOWNSHIP');
    const small = must(raiseMatter(record, 'm9', { headCount: 4 }, 'worker-a'));
    expect(small.matter.level).toBe('GRID');
  });

  it('takes a stability-related matter to the county from the grid, even while it is being handled', () => {
    const held = dispatchedAt(shanghai('2025-04-25T10:00:00'));
    const change = must(
      escalate(held, shanghai('2025-04-25T11:00:00'), {
        reason: 'STABILITY',
        actorId: 'worker-a',
        note: '有人煽动聚集',
      }),
    );
    expect(change.matter).toMatchObject({ level: 'COUNTY', state: 'ASSIGNED' });
    expect(change.matter.details.nature).toBe('STABILITY');
    const again = escalate(change.matter, shanghai('2025-04-25T12:00:00'), {
      reason: 'COLLECTIVE',
      actorId: 'x',
      note: '再报',
    });
    expect(!again.ok && again.error.code).toBe('MATTER.ALREADY_KNOWN');
  });
});

describe('a timeout raises warning, reminder and supervision, never an escalation', () => {
  // Dispatched Fri 25 Apr 2025 (national calendar): the grid's 3 working days are Sun 27, Mon 28 and
  // Tue 29 Apr, so the limit runs out at midnight starting Wed 30 Apr.
  const matter = dispatchedAt(shanghai('2025-04-25T10:00:00'));

  it('falls due one working day before the limit, at the limit, and two working days after', () => {
    expect(must(supervisionDueAt(matter, 'WARNING', NATIONAL))).toEqual(shanghai('2025-04-29T00:00:00'));
    expect(must(supervisionDueAt(matter, 'REMINDER', NATIONAL))).toEqual(shanghai('2025-04-30T00:00:00'));
    // The two working days after are Wed 30 Apr and, past the Labour Day holiday (1–5 May), Tue 6 May.
    expect(must(supervisionDueAt(matter, 'SUPERVISION', NATIONAL))).toEqual(shanghai('2025-05-07T00:00:00'));
  });

  it('raises each stage once, in order, against the handler, leaving state and level alone', () => {
    const late = shanghai('2025-05-09T09:00:00');
    let current = matter;
    const stages: string[] = [];
    for (;;) {
      const change = must(superviseIfDue(current, late, NATIONAL));
      if (change === null) break;
      expect(change.event).toMatchObject({
        kind: 'SUPERVISION',
        subjectId: 'worker-a',
        actorId: null,
        level: 'GRID',
      });
      if (change.event.kind === 'SUPERVISION') stages.push(change.event.stage);
      current = change.matter;
    }
    expect(stages).toEqual(['WARNING', 'REMINDER', 'SUPERVISION']);
    expect(current).toMatchObject({ state: 'IN_PROGRESS', level: 'GRID', supervision: 'SUPERVISION' });
  });

  it('raises nothing before the warning falls due, nor on a suspended matter', () => {
    expect(must(superviseIfDue(matter, shanghai('2025-04-28T23:59:59'), NATIONAL))).toBeNull();
    const suspended = { ...matter, state: 'SUSPENDED' as const };
    expect(must(superviseIfDue(suspended, shanghai('2025-05-09T09:00:00'), NATIONAL))).toBeNull();
  });

  it('counts against the assignee while nobody has accepted', () => {
    const unaccepted = dispatchedAt(shanghai('2025-04-25T10:00:00'), false);
    const change = must(superviseIfDue(unaccepted, shanghai('2025-04-29T09:00:00'), NATIONAL));
    expect(change?.event).toMatchObject({ stage: 'WARNING', subjectId: 'worker-a' });
  });
});

describe('escalateOnRequest', () => {
  const matter = dispatchedAt(shanghai('2025-04-25T10:00:00'));
  const byWorker = { actorId: 'worker-a', note: '超期未能办结，请村委协调' } as const;

  it('refuses an overdue escalation while the level is within its time limit', () => {
    const early = shanghai('2025-04-29T23:59:59');
    expect(escalateOnRequest(matter, early, NATIONAL, { ...byWorker, reason: 'OVERDUE' })).toEqual({
      ok: false,
      error: ESCALATION_REQUEST_ERRORS.NOT_OVERDUE,
    });
  });

  it('raises an overdue matter once its time limit ran out, as escalate does', () => {
    const late = shanghai('2025-04-30T00:00:00');
    const input = { ...byWorker, reason: 'OVERDUE' } as const;
    expect(escalateOnRequest(matter, late, NATIONAL, input)).toEqual(escalate(matter, late, input));
    expect(must(escalateOnRequest(matter, late, NATIONAL, input)).matter.level).toBe('VILLAGE');
  });

  it('raises a matter beyond the level’s authority at any time', () => {
    const early = shanghai('2025-04-25T11:00:00');
    const change = must(
      escalateOnRequest(matter, early, NATIONAL, { ...byWorker, reason: 'BEYOND_AUTHORITY' }),
    );
    expect(change.event).toMatchObject({
      kind: 'ESCALATION',
      reason: 'BEYOND_AUTHORITY',
      toLevel: 'VILLAGE',
    });
  });

  it('refuses an overdue escalation when the calendar does not cover the dates (after 2099)', () => {
    const lastYear = dispatchedAt(shanghai('2099-12-30T10:00:00'));
    const result = escalateOnRequest(lastYear, shanghai('2100-01-20T10:00:00'), NATIONAL, {
      ...byWorker,
      reason: 'OVERDUE',
    });
    expect(!result.ok && result.error).toEqual(ESCALATION_REQUEST_ERRORS.CALENDAR);
  });

  it('escalates a matter overdue by the provisional 2027 calendar (due Tuesday 5 January, 1 January off)', () => {
    const lastYear = dispatchedAt(shanghai('2026-12-30T10:00:00'));
    expect(must(dueDate(lastYear, NATIONAL))).toBe('2027-01-05');
    const result = escalateOnRequest(lastYear, shanghai('2027-01-20T10:00:00'), NATIONAL, {
      ...byWorker,
      reason: 'OVERDUE',
    });
    expect(must(result).event).toMatchObject({ kind: 'ESCALATION', reason: 'OVERDUE', toLevel: 'VILLAGE' });
  });

  it('keeps the codes clients branch on', () => {
    expect(ESCALATION_REQUEST_ERRORS.NOT_OVERDUE).toMatchObject({
      code: 'MATTER.NOT_OVERDUE',
      kind: 'CONFLICT',
    });
    expect(ESCALATION_REQUEST_ERRORS.CALENDAR).toMatchObject({ code: 'MATTER.CALENDAR', kind: 'CONFLICT' });
  });
});
