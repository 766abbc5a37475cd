import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedMatterActions,
  isOpenMatter,
  MATTER_OPEN311_STATUS,
  MATTER_TRANSITIONS,
  nextMatterState,
  open311StatusOf,
  transition,
} from './lifecycle.rules.js';
import {
  MATTER_ACTION_TYPES,
  MATTER_STATES,
  type Matter,
  type MatterAction,
  type MatterActionType,
  type MatterState,
} from './matter.js';
import { createMatter, createPublicOpinionRecord } from './record.rules.js';

const GRID = '542526100201001';
const REPORTED_AT = new Date('2025-04-24T02:00:00Z');

function minutesLater(minutes: number): Date {
  return new Date(REPORTED_AT.getTime() + minutes * 60_000);
}

function newMatter(): Matter {
  const record = createPublicOpinionRecord({
    id: 'record-1',
    category: 'DISPUTE',
    channel: 'GRID_VISIT',
    gridCode: GRID,
    reporterPersonId: 'resident-1',
    text: '两户牧民因草场边界发生争执',
    reportedAt: REPORTED_AT,
  });
  if (!record.ok) throw new Error(record.error.code);
  const matter = createMatter(record.value, 'matter-1');
  if (!matter.ok) throw new Error(matter.error.code);
  return matter.value.matter;
}

const SAMPLE_ACTIONS: Readonly<Record<MatterActionType, MatterAction>> = {
  REGISTER: { type: 'REGISTER' },
  REJECT: { type: 'REJECT', reason: '重复上报' },
  ASSIGN: { type: 'ASSIGN', assigneeId: 'worker-a' },
  ROUTE: { type: 'ROUTE', department: 'JUSTICE', reason: '草场边界纠纷，交司法所人民调解' },
  ACCEPT: { type: 'ACCEPT' },
  SUBMIT_FEEDBACK: { type: 'SUBMIT_FEEDBACK', feedback: '双方已达成调解协议' },
  CLOSE: { type: 'CLOSE' },
  REOPEN: { type: 'REOPEN', reason: '当事人反映协议未履行' },
  RESUME: { type: 'RESUME' },
  SETTLE_ON_THE_SPOT: { type: 'SETTLE_ON_THE_SPOT', feedback: '当场调解，双方握手言和' },
  RETURN: { type: 'RETURN', reason: '不属于本网格' },
  EXTEND: { type: 'EXTEND', days: 3, reason: '待草场确权结果' },
  SUSPEND: { type: 'SUSPEND', reason: '当事人外出转场' },
  CALL_BACK: { type: 'CALL_BACK', satisfaction: 'SATISFIED', note: '' },
  EVALUATE: { type: 'EVALUATE', note: '处置及时，群众满意' },
};

// Who normally takes each action: the officer registers and dispatches, the worker handles, a
// checker checks.
const ACTORS: Readonly<Record<MatterActionType, string>> = {
  REGISTER: 'officer',
  REJECT: 'officer',
  ASSIGN: 'officer',
  ROUTE: 'officer',
  ACCEPT: 'worker-a',
  SUBMIT_FEEDBACK: 'worker-a',
  CLOSE: 'checker',
  REOPEN: 'checker',
  RESUME: 'worker-a',
  SETTLE_ON_THE_SPOT: 'worker-a',
  RETURN: 'worker-a',
  EXTEND: 'officer',
  SUSPEND: 'worker-a',
  CALL_BACK: 'checker',
  EVALUATE: 'checker',
};

const PATHS: Readonly<Record<MatterState, readonly MatterActionType[]>> = {
  REPORTED: [],
  REGISTERED: ['REGISTER'],
  REJECTED: ['REJECT'],
  ASSIGNED: ['REGISTER', 'ASSIGN'],
  IN_PROGRESS: ['REGISTER', 'ASSIGN', 'ACCEPT'],
  FEEDBACK_SUBMITTED: ['REGISTER', 'ASSIGN', 'ACCEPT', 'SUBMIT_FEEDBACK'],
  CLOSED: ['REGISTER', 'ASSIGN', 'ACCEPT', 'SUBMIT_FEEDBACK', 'CLOSE'],
  REOPENED: ['REGISTER', 'ASSIGN', 'ACCEPT', 'SUBMIT_FEEDBACK', 'REOPEN'],
  SUSPENDED: ['REGISTER', 'ASSIGN', 'ACCEPT', 'SUSPEND'],
  CALLED_BACK: ['REGISTER', 'ASSIGN', 'ACCEPT', 'SUBMIT_FEEDBACK', 'CLOSE', 'CALL_BACK'],
  EVALUATED: ['REGISTER', 'ASSIGN', 'ACCEPT', 'SUBMIT_FEEDBACK', 'CLOSE', 'CALL_BACK', 'EVALUATE'],
};

function apply(matter: Matter, type: MatterActionType, actorId = ACTORS[type]): Matter {
  const change = transition(matter, SAMPLE_ACTIONS[type], { actorId, at: minutesLater(matter.version * 10) });
  if (!change.ok) throw new Error(`${type} from ${matter.state}: ${change.error.code}`);
  return change.value.matter;
}

function matterIn(state: MatterState): Matter {
  return PATHS[state].reduce((matter, type) => apply(matter, type), newMatter());
}

// At a township every action of the table can be taken, routing to a department included.
function atTownship(matter: Matter): Matter {
  return { ...matter, level: 'TOWNSHIP' };
}

describe('the transition table', () => {
  const cases = MATTER_STATES.flatMap((state) =>
    MATTER_ACTION_TYPES.map((action) => [state, action] as const),
  );

  it.each(cases)('from %s, %s goes where the table says or is refused', (state, action) => {
    const matter = atTownship(matterIn(state));
    const result = transition(matter, SAMPLE_ACTIONS[action], {
      actorId: ACTORS[action],
      at: minutesLater(1000),
    });
    const to = nextMatterState(state, action);
    if (to !== null) {
      expect(result.ok && result.value.matter.state).toBe(to);
    } else if (
      action === 'ACCEPT' &&
      ['IN_PROGRESS', 'SUSPENDED', 'FEEDBACK_SUBMITTED', 'REOPENED'].includes(state)
    ) {
      expect(!result.ok && result.error.code).toBe('MATTER.ALREADY_ACCEPTED');
    } else {
      expect(!result.ok && result.error).toMatchObject({
        code: 'MATTER.TRANSITION_REFUSED',
        kind: 'CONFLICT',
      });
    }
  });

  it('lists exactly the paths of the digital city-management cycle', () => {
    expect(MATTER_TRANSITIONS.map((r) => `${r.from} ${r.action} ${r.to}`)).toEqual([
      'REPORTED REGISTER REGISTERED',
      'REPORTED REJECT REJECTED',
      'REGISTERED ASSIGN ASSIGNED',
      'ASSIGNED ASSIGN ASSIGNED',
      'REOPENED ASSIGN ASSIGNED',
      'REGISTERED ROUTE ASSIGNED',
      'ASSIGNED ROUTE ASSIGNED',
      'REOPENED ROUTE ASSIGNED',
      'ASSIGNED ACCEPT IN_PROGRESS',
      'IN_PROGRESS SUBMIT_FEEDBACK FEEDBACK_SUBMITTED',
      'FEEDBACK_SUBMITTED CLOSE CLOSED',
      'FEEDBACK_SUBMITTED REOPEN REOPENED',
      'CLOSED REOPEN REOPENED',
      'REOPENED RESUME IN_PROGRESS',
      'REPORTED SETTLE_ON_THE_SPOT CLOSED',
      'ASSIGNED RETURN REGISTERED',
      'ASSIGNED EXTEND ASSIGNED',
      'IN_PROGRESS EXTEND IN_PROGRESS',
      'REOPENED EXTEND REOPENED',
      'IN_PROGRESS SUSPEND SUSPENDED',
      'SUSPENDED RESUME IN_PROGRESS',
      'CLOSED CALL_BACK CALLED_BACK',
      'CALLED_BACK REOPEN REOPENED',
      'CALLED_BACK EVALUATE EVALUATED',
    ]);
  });

  it('allows nothing once a matter is rejected', () => {
    expect(allowedMatterActions('REJECTED')).toEqual([]);
  });

  it('lets a reopened matter go back to a new assignee or to its handler, or have more time', () => {
    expect(allowedMatterActions('REOPENED')).toEqual(['ASSIGN', 'ROUTE', 'RESUME', 'EXTEND']);
  });
});

describe('Open311 status', () => {
  it('reads closed only for rejected matters and closed ones, called back or evaluated', () => {
    const closed = MATTER_STATES.filter((state) => open311StatusOf(state) === 'closed');
    expect(closed).toEqual(['REJECTED', 'CLOSED', 'CALLED_BACK', 'EVALUATED']);
  });

  it('maps every state', () => {
    expect(Object.keys(MATTER_OPEN311_STATUS).sort()).toEqual([...MATTER_STATES].sort());
  });

  it('counts a reopened matter as open again', () => {
    expect(isOpenMatter(matterIn('CLOSED'))).toBe(false);
    expect(isOpenMatter(matterIn('REOPENED'))).toBe(true);
  });
});

describe('versions', () => {
  it('grow by one with every change and the event carries the new version', () => {
    const assigned = matterIn('ASSIGNED');
    const change = transition(assigned, { type: 'ACCEPT' }, { actorId: 'worker-a', at: minutesLater(100) });
    expect(change.ok && change.value.matter.version).toBe(assigned.version + 1);
    expect(change.ok && change.value.event).toMatchObject({
      kind: 'TRANSITION',
      version: assigned.version + 1,
      from: 'ASSIGNED',
      to: 'IN_PROGRESS',
      actorId: 'worker-a',
    });
  });

  it('follow any sequence of actions: allowed ones succeed, one version per change', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...MATTER_ACTION_TYPES), { maxLength: 30 }), (types) => {
        let matter = atTownship(newMatter());
        let changes = 0;
        for (const type of types) {
          const result = transition(matter, SAMPLE_ACTIONS[type], {
            actorId: ACTORS[type],
            at: minutesLater(changes + 1),
          });
          const allowed = nextMatterState(matter.state, type);
          expect(result.ok).toBe(allowed !== null);
          if (!result.ok) continue;
          expect(result.value.matter.state).toBe(allowed);
          matter = result.value.matter;
          changes += 1;
          expect(matter.version).toBe(changes + 1);
        }
      }),
    );
  });

  it('refuse a change made on a stale reading', () => {
    const assigned = matterIn('ASSIGNED');
    const result = transition(
      assigned,
      { type: 'ASSIGN', assigneeId: 'worker-b' },
      { actorId: 'officer', at: minutesLater(100), expectedVersion: assigned.version - 1 },
    );
    expect(!result.ok && result.error).toMatchObject({ code: 'MATTER.STALE_VERSION', kind: 'CONFLICT' });
  });

  it('accept a change made on the current reading', () => {
    const assigned = matterIn('ASSIGNED');
    const result = transition(
      assigned,
      { type: 'ACCEPT' },
      { actorId: 'worker-a', at: minutesLater(100), expectedVersion: assigned.version },
    );
    expect(result.ok).toBe(true);
  });
});

describe('two grid workers accepting the same matter', () => {
  it('lets the first succeed and gives the second a typed conflict, whatever version it read', () => {
    const assigned = matterIn('ASSIGNED');
    const first = transition(
      assigned,
      { type: 'ACCEPT' },
      { actorId: 'worker-a', at: minutesLater(100), expectedVersion: assigned.version },
    );
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    // The second worker read the same version; the caller's conditional write lost, so it re-reads.
    const second = transition(
      first.value.matter,
      { type: 'ACCEPT' },
      { actorId: 'worker-b', at: minutesLater(101), expectedVersion: assigned.version },
    );
    expect(!second.ok && second.error).toMatchObject({ code: 'MATTER.ALREADY_ACCEPTED', kind: 'CONFLICT' });
    expect(first.value.matter.handlerId).toBe('worker-a');
  });

  it('keeps the first handler while the matter waits for its check', () => {
    const result = transition(
      matterIn('FEEDBACK_SUBMITTED'),
      { type: 'ACCEPT' },
      { actorId: 'worker-b', at: minutesLater(1000) },
    );
    expect(!result.ok && result.error.code).toBe('MATTER.ALREADY_ACCEPTED');
  });
});

describe('who may act', () => {
  it('lets only the handler submit feedback', () => {
    const result = transition(matterIn('IN_PROGRESS'), SAMPLE_ACTIONS.SUBMIT_FEEDBACK, {
      actorId: 'worker-b',
      at: minutesLater(1000),
    });
    expect(!result.ok && result.error).toMatchObject({ code: 'MATTER.NOT_HANDLER', kind: 'FORBIDDEN' });
  });

  it('lets only the handler resume a reopened matter', () => {
    const result = transition(
      matterIn('REOPENED'),
      { type: 'RESUME' },
      { actorId: 'worker-b', at: minutesLater(1000) },
    );
    expect(!result.ok && result.error.code).toBe('MATTER.NOT_HANDLER');
  });

  it('does not let the handler check their own work', () => {
    const result = transition(
      matterIn('FEEDBACK_SUBMITTED'),
      { type: 'CLOSE' },
      { actorId: 'worker-a', at: minutesLater(1000) },
    );
    expect(!result.ok && result.error).toMatchObject({ code: 'MATTER.SELF_CHECK', kind: 'FORBIDDEN' });
  });

  it('needs an actor', () => {
    const result = transition(newMatter(), { type: 'REGISTER' }, { actorId: ' ', at: minutesLater(1) });
    expect(!result.ok && result.error).toMatchObject({ code: 'MATTER.REQUIRED', field: ['actorId'] });
  });
});

describe('what an action carries', () => {
  it('needs a reason to reject and keeps it in the event', () => {
    const refused = transition(
      newMatter(),
      { type: 'REJECT', reason: '  ' },
      { actorId: 'officer', at: minutesLater(1) },
    );
    expect(!refused.ok && refused.error).toMatchObject({
      code: 'MATTER.REASON_REQUIRED',
      field: ['action', 'reason'],
    });
    const done = transition(newMatter(), SAMPLE_ACTIONS.REJECT, { actorId: 'officer', at: minutesLater(1) });
    expect(done.ok && done.value.event).toMatchObject({ kind: 'TRANSITION', detail: '重复上报' });
  });

  it('needs feedback before the check', () => {
    const result = transition(
      matterIn('IN_PROGRESS'),
      { type: 'SUBMIT_FEEDBACK', feedback: '' },
      { actorId: 'worker-a', at: minutesLater(1000) },
    );
    expect(!result.ok && result.error.code).toBe('MATTER.FEEDBACK_REQUIRED');
  });

  it('refuses a text longer than 2000 characters', () => {
    const result = transition(
      matterIn('FEEDBACK_SUBMITTED'),
      { type: 'REOPEN', reason: '长'.repeat(2001) },
      { actorId: 'checker', at: minutesLater(1000) },
    );
    expect(!result.ok && result.error.code).toBe('MATTER.TEXT_TOO_LONG');
  });

  it('needs someone to dispatch to', () => {
    const result = transition(
      matterIn('REGISTERED'),
      { type: 'ASSIGN', assigneeId: '' },
      { actorId: 'officer', at: minutesLater(1000) },
    );
    expect(!result.ok && result.error.code).toBe('MATTER.REQUIRED');
  });

  it('takes a time before the last change as a clock behind another machine’s: the version decides, the change is dated at the last one', () => {
    const registered = matterIn('REGISTERED');
    const behind = new Date(registered.updatedAt.getTime() - 60_000);
    const result = transition(registered, SAMPLE_ACTIONS.ASSIGN, {
      actorId: 'officer',
      at: behind,
      expectedVersion: registered.version,
    });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.matter.updatedAt).toEqual(registered.updatedAt);
    expect(result.value.event.at).toEqual(registered.updatedAt);
    const stale = transition(registered, SAMPLE_ACTIONS.ASSIGN, {
      actorId: 'officer',
      at: behind,
      expectedVersion: registered.version - 1,
    });
    expect(!stale.ok && stale.error.code).toBe('MATTER.STALE_VERSION');
  });

  it('refuses a time that is not one', () => {
    const result = transition(matterIn('REGISTERED'), SAMPLE_ACTIONS.ASSIGN, {
      actorId: 'officer',
      at: new Date(Number.NaN),
    });
    expect(!result.ok && result.error.code).toBe('MATTER.TIME');
  });
});

describe('the clock', () => {
  it('starts at the first dispatch and is not restarted by a re-dispatch', () => {
    const assigned = matterIn('ASSIGNED');
    expect(matterIn('REGISTERED').clockStartedAt).toBeNull();
    expect(assigned.clockStartedAt).toEqual(assigned.updatedAt);
    const again = transition(
      assigned,
      { type: 'ASSIGN', assigneeId: 'worker-c' },
      { actorId: 'officer', at: minutesLater(5000) },
    );
    expect(again.ok && again.value.matter.clockStartedAt).toEqual(assigned.clockStartedAt);
    expect(again.ok && again.value.matter.assigneeId).toBe('worker-c');
  });

  it('records the closing time and clears it on reopening', () => {
    const closed = matterIn('CLOSED');
    expect(closed.closedAt).toEqual(closed.updatedAt);
    const reopened = apply(closed, 'REOPEN');
    expect(reopened.closedAt).toBeNull();
  });

  it('lets a reopened matter be dispatched to someone new, who must accept it', () => {
    const reopened = matterIn('REOPENED');
    const change = transition(
      reopened,
      { type: 'ASSIGN', assigneeId: 'worker-b' },
      { actorId: 'officer', at: minutesLater(reopened.version * 10) },
    );
    if (!change.ok) throw new Error(change.error.code);
    const reassigned = change.value.matter;
    expect(reassigned).toMatchObject({ state: 'ASSIGNED', handlerId: null, assigneeId: 'worker-b' });
    const accepted = apply(reassigned, 'ACCEPT', 'worker-b');
    expect(accepted).toMatchObject({ state: 'IN_PROGRESS', handlerId: 'worker-b' });
  });

  it('lets only the assignee accept, or someone acting on their behalf (issue 9, defect 9)', () => {
    const assigned = matterIn('ASSIGNED');
    const when = { at: minutesLater(assigned.version * 10) };
    const other = transition(assigned, { type: 'ACCEPT' }, { actorId: 'worker-b', ...when });
    expect(other).toMatchObject({ ok: false, error: { code: 'MATTER.NOT_ASSIGNEE', kind: 'FORBIDDEN' } });
    const wrongBehalf = transition(
      assigned,
      { type: 'ACCEPT' },
      { actorId: 'officer', onBehalfOf: 'worker-b', ...when },
    );
    expect(wrongBehalf).toMatchObject({ ok: false, error: { code: 'MATTER.NOT_ASSIGNEE' } });
    const forThem = transition(
      assigned,
      { type: 'ACCEPT' },
      { actorId: 'officer', onBehalfOf: 'worker-a', ...when },
    );
    if (!forThem.ok) throw new Error(forThem.error.code);
    expect(forThem.value.matter).toMatchObject({ state: 'IN_PROGRESS', handlerId: 'worker-a' });
    expect(forThem.value.event).toMatchObject({ actorId: 'officer', detail: 'worker-a', action: 'ACCEPT' });
  });
});

describe('the Fengqiao paths of a matter', () => {
  it('settles a matter on the spot in one step: reported to closed, by the grid worker who handled it', () => {
    const change = transition(newMatter(), SAMPLE_ACTIONS.SETTLE_ON_THE_SPOT, {
      actorId: 'worker-a',
      at: minutesLater(20),
    });
    if (!change.ok) throw new Error(change.error.code);
    expect(change.value.matter).toMatchObject({
      state: 'CLOSED',
      version: 2,
      handlerId: 'worker-a',
      closedAt: minutesLater(20),
      clockStartedAt: minutesLater(20),
    });
    expect(change.value.event).toMatchObject({
      action: 'SETTLE_ON_THE_SPOT',
      detail: '当场调解，双方握手言和',
    });
  });

  it('lets only the assignee return a dispatch, which clears it for a new one', () => {
    const assigned = matterIn('ASSIGNED');
    const byOther = transition(assigned, SAMPLE_ACTIONS.RETURN, {
      actorId: 'worker-b',
      at: minutesLater(500),
    });
    expect(!byOther.ok && byOther.error.code).toBe('MATTER.NOT_ASSIGNEE');
    const returned = apply(assigned, 'RETURN');
    expect(returned).toMatchObject({ state: 'REGISTERED', assigneeId: null, handlerId: null });
  });

  it('adds an extension’s working days to the level and forgets the stages raised against the old deadline', () => {
    const held = { ...matterIn('IN_PROGRESS'), supervision: 'REMINDER' as const };
    const extended = apply(apply(held, 'EXTEND'), 'EXTEND');
    expect(extended).toMatchObject({ state: 'IN_PROGRESS', extensionDays: 6, supervision: null });
    const tooLong = transition(
      held,
      { type: 'EXTEND', days: 31, reason: '等待' },
      {
        actorId: 'officer',
        at: minutesLater(900),
      },
    );
    expect(!tooLong.ok && tooLong.error).toMatchObject({
      code: 'MATTER.EXTENSION_DAYS',
      field: ['action', 'days'],
    });
  });

  it('stops the clock while suspended: resuming moves the level’s start on by the time suspended', () => {
    const held = matterIn('IN_PROGRESS');
    const started = held.levelStartedAt?.getTime() ?? 0;
    const suspended = transition(held, SAMPLE_ACTIONS.SUSPEND, {
      actorId: 'worker-a',
      at: minutesLater(100),
    });
    if (!suspended.ok) throw new Error(suspended.error.code);
    const resumed = transition(suspended.value.matter, SAMPLE_ACTIONS.RESUME, {
      actorId: 'worker-a',
      at: minutesLater(100 + 60 * 24 * 3),
    });
    if (!resumed.ok) throw new Error(resumed.error.code);
    expect(resumed.value.matter.state).toBe('IN_PROGRESS');
    expect(resumed.value.matter.suspendedAt).toBeNull();
    expect(resumed.value.matter.levelStartedAt?.getTime()).toBe(started + 3 * 24 * 3_600_000);
  });

  it('closes the cycle with a callback rated by the resident and an evaluation, neither by the handler', () => {
    const closed = matterIn('CLOSED');
    const selfCall = transition(closed, SAMPLE_ACTIONS.CALL_BACK, {
      actorId: 'worker-a',
      at: minutesLater(900),
    });
    expect(!selfCall.ok && selfCall.error.code).toBe('MATTER.SELF_CHECK');
    const called = apply(closed, 'CALL_BACK');
    expect(called).toMatchObject({ state: 'CALLED_BACK', satisfaction: 'SATISFIED' });
    const evaluated = apply(called, 'EVALUATE');
    expect(evaluated.state).toBe('EVALUATED');
    expect(allowedMatterActions('EVALUATED')).toEqual([]);
  });

  it('sends a matter the resident is dissatisfied with back for handling, forgetting the rating', () => {
    const called = transition(
      matterIn('CLOSED'),
      { type: 'CALL_BACK', satisfaction: 'DISSATISFIED', note: '' },
      {
        actorId: 'checker',
        at: minutesLater(900),
      },
    );
    if (!called.ok) throw new Error(called.error.code);
    const reopened = transition(called.value.matter, SAMPLE_ACTIONS.REOPEN, {
      actorId: 'checker',
      at: minutesLater(960),
    });
    expect(reopened.ok && reopened.value.matter).toMatchObject({
      state: 'REOPENED',
      satisfaction: null,
      closedAt: null,
    });
  });
});
