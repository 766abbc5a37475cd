import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Actor, ROLES, type Role } from '../shared/actor.js';
import { isWithin } from '../shared/division-code.js';
import {
  authoriseMatterAccept,
  authoriseMatterAction,
  authoriseMatterStep,
  authoriseRecording,
  canReadMatters,
  MATTER_ACTION_DUTIES,
  MATTER_DUTIES,
  matterActionsFor,
  PUBLIC_OPINION_RECORDER_ROLES,
} from './access.js';
import { handlingRegionCode } from './escalation.rules.js';
import { MATTER_ACCESS_ERRORS, RECORD_ACCESS_ERRORS } from './matter.errors.js';
import {
  ESCALATION_LEVELS,
  type EscalationLevel,
  MATTER_ACTION_TYPES,
  type Matter,
  type MatterActionType,
  type MatterState,
} from './matter.js';

const COUNTY = '542526';
const TOWNSHIP = '542526100';
const OTHER_TOWNSHIP = '542526201';
const VILLAGE = '542526100201';
const GRID = '542526100201001';
const OTHER_GRID = '542526100201002';
const OTHER_VILLAGE_GRID = '542526100202001';

function actor(role: Role, regionCode: string): Actor {
  return { personId: 'P-1', grants: [{ role, regionCode }] };
}

function matterAt(level: EscalationLevel) {
  return { gridCode: GRID, level };
}

describe('canReadMatters', () => {
  it('lets grid staff read their grid and managers every grid of their region', () => {
    expect(canReadMatters(actor('GRID_WORKER', GRID), GRID)).toBe(true);
    expect(canReadMatters(actor('GRID_CHIEF', GRID), GRID)).toBe(true);
    expect(canReadMatters(actor('TOWNSHIP_OFFICER', TOWNSHIP), OTHER_GRID)).toBe(true);
    expect(canReadMatters(actor('COUNTY_ADMIN', COUNTY), GRID)).toBe(true);
  });

  it('hides the next grid from grid staff, and every grid from other roles and other townships', () => {
    expect(canReadMatters(actor('GRID_WORKER', GRID), OTHER_GRID)).toBe(false);
    expect(canReadMatters(actor('TOWNSHIP_OFFICER', OTHER_TOWNSHIP), GRID)).toBe(false);
    expect(canReadMatters(actor('SERVICE_HALL_CLERK', COUNTY), GRID)).toBe(false);
    expect(canReadMatters(actor('AUDITOR', COUNTY), GRID)).toBe(false);
    expect(canReadMatters({ personId: null, grants: [] }, GRID)).toBe(false);
  });
});

describe('authoriseRecording (人在网格中走)', () => {
  it('lets grid staff record in their grid, and the township and county above them', () => {
    for (const caller of [
      actor('GRID_WORKER', GRID),
      actor('GRID_CHIEF', GRID),
      actor('TOWNSHIP_OFFICER', TOWNSHIP),
      actor('COUNTY_ADMIN', COUNTY),
    ]) {
      expect(authoriseRecording(caller, GRID)).toEqual({ ok: true, value: caller.grants[0] });
    }
  });

  it('refuses a grid worker in another grid, and roles that do not record, naming the grid', () => {
    for (const caller of [actor('GRID_WORKER', OTHER_GRID), actor('JUDGE', COUNTY)]) {
      expect(authoriseRecording(caller, GRID)).toEqual({ ok: false, error: RECORD_ACCESS_ERRORS.FORBIDDEN });
    }
    expect(RECORD_ACCESS_ERRORS.FORBIDDEN).toMatchObject({ code: 'RECORD.FORBIDDEN', field: ['gridCode'] });
  });

  it('allows exactly the recorder roles over the grid', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ROLES),
        fc.constantFrom(COUNTY, TOWNSHIP, VILLAGE, GRID),
        (role, scope) => {
          const allowed = authoriseRecording(actor(role, scope), GRID).ok;
          expect(allowed).toBe(PUBLIC_OPINION_RECORDER_ROLES.includes(role));
        },
      ),
    );
  });
});

describe('authoriseMatterAction (事在网格中办; 小事不出村, 大事不出镇)', () => {
  it('lets grid staff dispatch and handle in their grid', () => {
    expect(authoriseMatterAction(actor('GRID_CHIEF', GRID), matterAt('GRID'), 'REGISTER').ok).toBe(true);
    expect(authoriseMatterAction(actor('GRID_WORKER', GRID), matterAt('GRID'), 'ACCEPT').ok).toBe(true);
  });

  it('keeps a grid worker from dispatching, and a township officer from handling, at grid level', () => {
    expect(authoriseMatterAction(actor('GRID_WORKER', GRID), matterAt('GRID'), 'ASSIGN')).toEqual({
      ok: false,
      error: MATTER_ACCESS_ERRORS.FORBIDDEN,
    });
    expect(authoriseMatterAction(actor('TOWNSHIP_OFFICER', TOWNSHIP), matterAt('GRID'), 'ACCEPT').ok).toBe(
      false,
    );
    expect(authoriseMatterAction(actor('TOWNSHIP_OFFICER', TOWNSHIP), matterAt('GRID'), 'CLOSE').ok).toBe(
      true,
    );
  });

  it('brings township officers in to handle from the village level', () => {
    expect(authoriseMatterAction(actor('TOWNSHIP_OFFICER', TOWNSHIP), matterAt('VILLAGE'), 'ACCEPT').ok).toBe(
      true,
    );
    expect(authoriseMatterAction(actor('GRID_CHIEF', VILLAGE), matterAt('VILLAGE'), 'ACCEPT').ok).toBe(true);
  });

  it('looks at the unit handling the matter now, not at the grid it arose in', () => {
    expect(
      authoriseMatterAction(actor('GRID_CHIEF', OTHER_VILLAGE_GRID), matterAt('VILLAGE'), 'ASSIGN').ok,
    ).toBe(false);
    expect(authoriseMatterAction(actor('GRID_CHIEF', VILLAGE), matterAt('TOWNSHIP'), 'ASSIGN').ok).toBe(
      false,
    );
  });

  it('leaves the county level to the county', () => {
    expect(authoriseMatterAction(actor('COUNTY_ADMIN', COUNTY), matterAt('COUNTY'), 'ACCEPT').ok).toBe(true);
    expect(authoriseMatterAction(actor('TOWNSHIP_OFFICER', TOWNSHIP), matterAt('COUNTY'), 'ASSIGN').ok).toBe(
      false,
    );
  });

  it('opens escalation to whoever dispatches or handles at the level', () => {
    expect(authoriseMatterAction(actor('GRID_WORKER', GRID), matterAt('GRID'), 'ESCALATE').ok).toBe(true);
    expect(authoriseMatterAction(actor('GRID_CHIEF', GRID), matterAt('GRID'), 'ESCALATE').ok).toBe(true);
    expect(authoriseMatterAction(actor('GRID_WORKER', GRID), matterAt('TOWNSHIP'), 'ESCALATE').ok).toBe(
      false,
    );
    expect(authoriseMatterAction(actor('JUDGE', COUNTY), matterAt('GRID'), 'ESCALATE')).toEqual({
      ok: false,
      error: MATTER_ACCESS_ERRORS.FORBIDDEN,
    });
  });

  it('allows exactly the roles the duty table names for the level, over the unit handling the matter', () => {
    const scopes = [COUNTY, TOWNSHIP, OTHER_TOWNSHIP, VILLAGE];
    fc.assert(
      fc.property(
        fc.constantFrom(...ROLES),
        fc.constantFrom(...scopes),
        fc.constantFrom(...ESCALATION_LEVELS),
        fc.constantFrom<MatterActionType | 'ESCALATE'>(...MATTER_ACTION_TYPES, 'ESCALATE'),
        (role, scope, level, action) => {
          const duties = MATTER_DUTIES[level];
          const roles =
            action === 'ESCALATE'
              ? [...duties.DISPATCH, ...duties.HANDLE]
              : duties[MATTER_ACTION_DUTIES[action]];
          const expected = roles.includes(role) && isWithin(handlingRegionCode(matterAt(level)), scope);
          expect(authoriseMatterAction(actor(role, scope), matterAt(level), action).ok).toBe(expected);
        },
      ),
    );
  });
});

describe('the access error codes (a public contract)', () => {
  it('keep their codes and kinds', () => {
    expect(Object.values(MATTER_ACCESS_ERRORS).map((e) => [e.code, e.kind])).toEqual([
      ['MATTER.NOT_FOUND', 'NOT_FOUND'],
      ['MATTER.FORBIDDEN', 'FORBIDDEN'],
      ['MATTER.PERSON_REQUIRED', 'FORBIDDEN'],
      ['MATTER.ASSIGNEE_NOT_FOUND', 'NOT_FOUND'],
    ]);
    expect(Object.values(RECORD_ACCESS_ERRORS).map((e) => [e.code, e.kind])).toEqual([
      ['RECORD.FORBIDDEN', 'FORBIDDEN'],
      ['RECORD.GRID_NOT_FOUND', 'NOT_FOUND'],
      ['RECORD.REPORTER_NOT_FOUND', 'NOT_FOUND'],
    ]);
  });
});

describe('authoriseMatterAccept (issue 9, defect 9)', () => {
  const assigned = (level: EscalationLevel, assigneeId: string) => ({ gridCode: GRID, level, assigneeId });

  it('lets the assignee accept for themselves', () => {
    expect(authoriseMatterAccept(actor('GRID_WORKER', GRID), assigned('GRID', 'P-1'))).toMatchObject({
      ok: true,
      value: { onBehalfOf: null },
    });
  });

  it('refuses another worker of the grid with MATTER.NOT_ASSIGNEE', () => {
    expect(authoriseMatterAccept(actor('GRID_WORKER', GRID), assigned('GRID', 'P-2'))).toMatchObject({
      ok: false,
      error: { code: 'MATTER.NOT_ASSIGNEE', kind: 'FORBIDDEN' },
    });
  });

  it('lets whoever dispatches at the level accept on the assignee’s behalf', () => {
    for (const [role, region] of [
      ['GRID_CHIEF', GRID],
      ['TOWNSHIP_OFFICER', TOWNSHIP],
      ['COUNTY_ADMIN', COUNTY],
    ] as const) {
      expect(authoriseMatterAccept(actor(role, region), assigned('GRID', 'P-2'))).toMatchObject({
        ok: true,
        value: { onBehalfOf: 'P-2' },
      });
    }
  });

  it('refuses roles without a duty at the level, and other regions, with MATTER.FORBIDDEN', () => {
    for (const who of [
      actor('GRID_WORKER', OTHER_GRID),
      actor('TOWNSHIP_OFFICER', OTHER_TOWNSHIP),
      actor('SERVICE_HALL_CLERK', COUNTY),
    ]) {
      expect(authoriseMatterAccept(who, assigned('GRID', 'P-1'))).toMatchObject({
        ok: false,
        error: MATTER_ACCESS_ERRORS.FORBIDDEN,
      });
    }
    expect(authoriseMatterAccept(actor('GRID_WORKER', GRID), assigned('TOWNSHIP', 'P-1')).ok).toBe(false);
  });
});

describe('matterActionsFor: the actions offered to a caller (issue 10)', () => {
  const REPORTED_AT = new Date('2026-11-30T02:00:00Z');
  const base: Matter = {
    id: 'm1',
    recordId: 'r1',
    category: 'DISPUTE',
    details: {
      subType: 'OTHER',
      urgency: 'ROUTINE',
      nature: 'ORDINARY',
      parties: 2,
      headCount: 2,
      place: null,
    },
    gridCode: GRID,
    state: 'REPORTED',
    version: 1,
    level: 'GRID',
    assigneeId: null,
    handlerId: null,
    department: null,
    reportedAt: REPORTED_AT,
    clockStartedAt: null,
    levelStartedAt: null,
    closedAt: null,
    supervision: null,
    extensionDays: 0,
    suspendedAt: null,
    satisfaction: null,
    updatedAt: REPORTED_AT,
  };
  const inState = (state: MatterState, more: Partial<Matter> = {}): Matter => ({ ...base, state, ...more });
  const person = (personId: string, role: Role, regionCode: string): Actor => ({
    personId,
    grants: [{ role, regionCode }],
  });
  const chief = person('P-chief', 'GRID_CHIEF', GRID);
  const worker = person('P-worker', 'GRID_WORKER', GRID);
  const colleague = person('P-colleague', 'GRID_WORKER', GRID);

  it('never offers a grid worker registering or rejecting a report (the dispatcher’s), only settling it on the spot', () => {
    expect(matterActionsFor(worker, inState('REPORTED'))).toEqual(['SETTLE_ON_THE_SPOT']);
    expect(matterActionsFor(chief, inState('REPORTED'))).toEqual([
      'REGISTER',
      'REJECT',
      'SETTLE_ON_THE_SPOT',
    ]);
  });

  it('offers acceptance to the assignee only; the chief may accept on their behalf; a colleague may not', () => {
    const assigned = inState('ASSIGNED', { assigneeId: 'P-worker' });
    expect(matterActionsFor(worker, assigned)).toEqual(['ACCEPT', 'RETURN']);
    expect(matterActionsFor(colleague, assigned)).toEqual([]);
    expect(matterActionsFor(chief, assigned)).toEqual(['ASSIGN', 'ACCEPT', 'EXTEND']);
  });

  it('offers reporting back to the handler only, and the check to anyone dispatching but the handler', () => {
    const held = inState('IN_PROGRESS', { assigneeId: 'P-worker', handlerId: 'P-worker' });
    expect(matterActionsFor(worker, held)).toEqual(['SUBMIT_FEEDBACK', 'SUSPEND']);
    expect(matterActionsFor(colleague, held)).toEqual([]);
    const reported = inState('FEEDBACK_SUBMITTED', { assigneeId: 'P-worker', handlerId: 'P-worker' });
    expect(matterActionsFor(worker, reported)).toEqual([]);
    expect(matterActionsFor(chief, reported)).toEqual(['CLOSE', 'REOPEN']);
    const selfHandled = inState('FEEDBACK_SUBMITTED', { assigneeId: 'P-chief', handlerId: 'P-chief' });
    expect(matterActionsFor(chief, selfHandled)).toEqual(['REOPEN']);
  });

  it('offers nothing to a caller without a linked person, nor outside the grid or the level', () => {
    expect(matterActionsFor({ personId: null, grants: chief.grants }, inState('REPORTED'))).toEqual([]);
    expect(matterActionsFor(person('P-other', 'GRID_CHIEF', OTHER_GRID), inState('REPORTED'))).toEqual([]);
    const atTownship = inState('ASSIGNED', { level: 'TOWNSHIP', assigneeId: null });
    expect(matterActionsFor(chief, atTownship)).toEqual([]);
    expect(matterActionsFor(person('P-officer', 'TOWNSHIP_OFFICER', TOWNSHIP), atTownship)).toEqual([
      'ASSIGN',
      'ROUTE',
      'ACCEPT',
      'EXTEND',
    ]);
  });

  it('offers exactly the table’s actions that authoriseMatterStep allows, for every role and state', () => {
    const STATES: readonly MatterState[] = ['REPORTED', 'REGISTERED', 'ASSIGNED', 'IN_PROGRESS', 'CLOSED'];
    fc.assert(
      fc.property(
        fc.constantFrom(...ROLES),
        fc.constantFrom(GRID, VILLAGE, TOWNSHIP, COUNTY, OTHER_VILLAGE_GRID),
        fc.constantFrom(...STATES),
        fc.constantFrom(...ESCALATION_LEVELS),
        (role, region, state, level) => {
          const caller = person('P-x', role, region);
          const matter = inState(state, { level, assigneeId: 'P-y' });
          for (const action of matterActionsFor(caller, matter)) {
            expect(authoriseMatterStep(caller, matter, action).ok).toBe(true);
          }
        },
      ),
    );
  });
});
