import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../shared/actor.js';
import { GRANT_LEVELS, mayRead } from '../shared/authorisation.js';
import {
  authoriseMatterAccept,
  authoriseMatterStep,
  canReadMatter,
  handlingRolesOf,
  MATTER_DUTIES,
  matterActionsFor,
  routedMatterReadScope,
} from './access.js';
import { escalate } from './escalation.rules.js';
import { transition } from './lifecycle.rules.js';
import { MATTER_ACCESS_ERRORS, MATTER_ERRORS } from './matter.errors.js';
import {
  ESCALATION_LEVELS,
  type FunctionalDepartment,
  MATTER_SUBTYPES,
  type Matter,
  type MatterDetails,
  type RecordCategory,
} from './matter.js';
import {
  FUNCTIONAL_DEPARTMENT_LABELS,
  FUNCTIONAL_DEPARTMENT_LIST,
  FUNCTIONAL_DEPARTMENTS,
  isRoutableAt,
  MATTER_ROUTING_RULES,
  proposeDepartment,
  routeRefusal,
} from './routing.rules.js';

const COUNTY = '542526';
const TOWNSHIP = '542526100';
const OTHER_TOWNSHIP = '542526201';
const GRID = '542526100201001';
const AT = new Date('2025-05-06T02:00:00Z');

function details(
  subType: MatterDetails['subType'],
  nature: MatterDetails['nature'] = 'ORDINARY',
): MatterDetails {
  return { subType, urgency: 'ROUTINE', nature, parties: 2, headCount: 2, place: null };
}

// A dispute registered at the township (it rose from the village), not dispatched to anyone yet.
function registeredAtTownship(more: Partial<Matter> = {}): Matter {
  return {
    id: 'matter-1',
    recordId: 'record-1',
    category: 'DISPUTE',
    details: details('GRASSLAND_BOUNDARY'),
    gridCode: GRID,
    state: 'REGISTERED',
    version: 3,
    level: 'TOWNSHIP',
    assigneeId: null,
    handlerId: null,
    department: null,
    reportedAt: AT,
    clockStartedAt: null,
    levelStartedAt: null,
    closedAt: null,
    supervision: null,
    extensionDays: 0,
    suspendedAt: null,
    satisfaction: null,
    updatedAt: AT,
    ...more,
  };
}

function person(personId: string, role: Role, regionCode: string): Actor {
  return { personId, grants: [{ role, regionCode }] };
}

const officer = person('P-officer', 'TOWNSHIP_OFFICER', TOWNSHIP);
const mediator = person('P-mediator', 'JUSTICE_OFFICER', TOWNSHIP);
const countyMediator = person('P-county-mediator', 'JUSTICE_OFFICER', COUNTY);
const policeman = person('P-police', 'POLICE_OFFICER', TOWNSHIP);
const otherMediator = person('P-other', 'JUSTICE_OFFICER', OTHER_TOWNSHIP);

function routed(department: FunctionalDepartment = 'JUSTICE'): Matter {
  const change = transition(
    registeredAtTownship(),
    { type: 'ROUTE', department, reason: '草场边界纠纷，交司法所调解' },
    { actorId: 'P-officer', at: AT },
  );
  if (!change.ok) throw new Error(change.error.code);
  return change.value.matter;
}

describe('the functional departments (职能部门)', () => {
  it('each sit at township and county level, and their officers hold a role granted at those levels', () => {
    for (const department of FUNCTIONAL_DEPARTMENT_LIST) {
      const rule = FUNCTIONAL_DEPARTMENTS[department];
      expect(rule.levels, department).toEqual(['TOWNSHIP', 'COUNTY']);
      expect(GRANT_LEVELS[rule.role], department).toEqual(['COUNTY', 'TOWNSHIP']);
    }
  });

  it('are acted for by four different roles, one each', () => {
    const roles = FUNCTIONAL_DEPARTMENT_LIST.map((department) => FUNCTIONAL_DEPARTMENTS[department].role);
    expect(new Set(roles).size).toBe(FUNCTIONAL_DEPARTMENT_LIST.length);
  });

  it('have a name in Chinese, English and Tibetan, the Tibetan neither of the others', () => {
    for (const label of Object.values(FUNCTIONAL_DEPARTMENT_LABELS)) {
      expect(label.bo).toMatch(/[\u0F00-\u0FFF]/);
      expect(label.bo).not.toBe(label.zh);
      expect(label.bo).not.toBe(label.en);
    }
  });

  it('can be routed to only from the township up', () => {
    expect(ESCALATION_LEVELS.filter(isRoutableAt)).toEqual(['TOWNSHIP', 'COUNTY']);
  });
});

describe('proposeDepartment (分流规则)', () => {
  const propose = (
    category: RecordCategory,
    subType: MatterDetails['subType'],
    nature?: MatterDetails['nature'],
  ) => proposeDepartment({ category, details: details(subType, nature) });

  it('sends family, neighbour, grassland-boundary, debt and housing disputes to people’s mediation (司法所)', () => {
    for (const subType of [
      'FAMILY',
      'NEIGHBOUR',
      'GRASSLAND_BOUNDARY',
      'DEBT',
      'LAND_AND_HOUSING',
    ] as const) {
      expect(propose('DISPUTE', subType), subType).toBe('JUSTICE');
    }
  });

  it('sends road traffic to public security, benefits to civil affairs, health requests to health', () => {
    expect(propose('HAZARD', 'ROAD_TRAFFIC')).toBe('PUBLIC_SECURITY');
    expect(propose('REQUEST', 'SOCIAL_BENEFITS')).toBe('CIVIL_AFFAIRS');
    expect(propose('REQUEST', 'HEALTH_AND_EDUCATION')).toBe('HEALTH');
  });

  it('sends a stability-related matter to public security whatever it is about', () => {
    expect(propose('DISPUTE', 'GRASSLAND_BOUNDARY', 'STABILITY')).toBe('PUBLIC_SECURITY');
    expect(propose('OPINION', 'POLICY', 'STABILITY')).toBe('PUBLIC_SECURITY');
  });

  it('proposes nothing where no department here has the work (wages, wildlife, fire, roads): it stays territorial', () => {
    expect(propose('DISPUTE', 'WAGES')).toBeNull();
    expect(propose('DISPUTE', 'WILDLIFE_DAMAGE')).toBeNull();
    expect(propose('HAZARD', 'FIRE')).toBeNull();
    expect(propose('REQUEST', 'ROADS')).toBeNull();
    expect(propose('DISPUTE', 'OTHER', 'COLLECTIVE')).toBeNull();
  });

  it('names only sub-types their category allows, each once, with the law behind it', () => {
    const seen = new Set<string>();
    for (const rule of MATTER_ROUTING_RULES) {
      expect(rule.basis).not.toBe('');
      if ('nature' in rule) continue;
      for (const subType of rule.subTypes) {
        expect(MATTER_SUBTYPES[rule.category]).toContain(subType);
        expect(seen.has(`${rule.category}/${subType}`)).toBe(false);
        seen.add(`${rule.category}/${subType}`);
      }
    }
  });
});

describe('ROUTE (分派职能部门)', () => {
  it('dispatches the matter to the department as a whole, starts the clock, and records department and reason', () => {
    const change = transition(
      registeredAtTownship(),
      { type: 'ROUTE', department: 'JUSTICE', reason: '  草场边界纠纷，交司法所调解 ' },
      { actorId: 'P-officer', at: AT },
    );
    expect(change.ok && change.value.matter).toMatchObject({
      state: 'ASSIGNED',
      department: 'JUSTICE',
      assigneeId: null,
      handlerId: null,
      clockStartedAt: AT,
      levelStartedAt: AT,
      version: 4,
    });
    expect(change.ok && change.value.event).toEqual({
      kind: 'TRANSITION',
      matterId: 'matter-1',
      version: 4,
      action: 'ROUTE',
      from: 'REGISTERED',
      to: 'ASSIGNED',
      actorId: 'P-officer',
      at: AT,
      detail: '草场边界纠纷，交司法所调解',
      department: 'JUSTICE',
    });
  });

  it('is refused below the township, where no department sits: the matter is escalated first', () => {
    for (const level of ['GRID', 'VILLAGE'] as const) {
      const result = transition(
        registeredAtTownship({ level }),
        { type: 'ROUTE', department: 'JUSTICE', reason: '交司法所' },
        { actorId: 'P-chief', at: AT },
      );
      expect(!result.ok && result.error).toMatchObject({ code: 'MATTER.ROUTE_LEVEL', kind: 'CONFLICT' });
    }
  });

  it('is refused without a reason, or to a department that does not exist', () => {
    const matter = registeredAtTownship();
    const silent = transition(
      matter,
      { type: 'ROUTE', department: 'JUSTICE', reason: ' ' },
      { actorId: 'P-officer', at: AT },
    );
    expect(!silent.ok && silent.error.code).toBe('MATTER.REASON_REQUIRED');
    expect(routeRefusal(matter, 'FORESTRY')).toMatchObject({
      code: 'MATTER.DEPARTMENT',
      field: ['action', 'department'],
    });
    expect(routeRefusal(matter, 'HEALTH')).toBeNull();
  });

  it('re-routes a matter nobody accepted yet; a dispatch to a person makes it territorial again', () => {
    const rerouted = transition(
      routed('JUSTICE'),
      { type: 'ROUTE', department: 'PUBLIC_SECURITY', reason: '当事人持械，转派出所' },
      { actorId: 'P-officer', at: AT },
    );
    expect(rerouted.ok && rerouted.value.matter.department).toBe('PUBLIC_SECURITY');
    const assigned = transition(
      routed(),
      { type: 'ASSIGN', assigneeId: 'P-cadre' },
      { actorId: 'P-officer', at: AT },
    );
    expect(assigned.ok && assigned.value.matter).toMatchObject({ department: null, assigneeId: 'P-cadre' });
  });

  it('lets an officer of the department send it back as not theirs, which undoes the routing', () => {
    const returned = transition(
      routed(),
      { type: 'RETURN', reason: '系劳资纠纷，非人民调解范围' },
      { actorId: 'P-mediator', at: AT },
    );
    expect(returned.ok && returned.value.matter).toMatchObject({ state: 'REGISTERED', department: null });
  });

  it('keeps the department when the matter rises to the county as a whole, not when it is sent to a person', () => {
    const held = { ...routed(), state: 'IN_PROGRESS' as const, handlerId: 'P-mediator' };
    const input = {
      reason: 'BEYOND_AUTHORITY' as const,
      actorId: 'P-mediator',
      note: '涉及跨乡草场，需县司法局',
    };
    const asWhole = escalate(held, AT, input);
    expect(asWhole.ok && asWhole.value.matter).toMatchObject({ level: 'COUNTY', department: 'JUSTICE' });
    const toPerson = escalate(held, AT, { ...input, assigneeId: 'P-county-cadre' });
    expect(toPerson.ok && toPerson.value.matter).toMatchObject({ level: 'COUNTY', department: null });
  });
});

describe('who routes, and who handles a routed matter', () => {
  it('lets the township’s dispatchers route, and never the department itself', () => {
    expect(authoriseMatterStep(officer, registeredAtTownship(), 'ROUTE').ok).toBe(true);
    expect(authoriseMatterStep(mediator, registeredAtTownship(), 'ROUTE')).toEqual({
      ok: false,
      error: MATTER_ACCESS_ERRORS.FORBIDDEN,
    });
  });

  it('gives the handling duty to the department’s officers only, in place of the territorial handlers', () => {
    expect(handlingRolesOf(registeredAtTownship())).toEqual(MATTER_DUTIES.TOWNSHIP.HANDLE);
    expect(handlingRolesOf(routed('JUSTICE'))).toEqual(['JUSTICE_OFFICER']);
    expect(handlingRolesOf(routed('HEALTH'))).toEqual(['HEALTH_OFFICER']);
  });

  it('lets an officer of the department over the township, or over the county, accept it', () => {
    expect(authoriseMatterAccept(mediator, routed())).toMatchObject({
      ok: true,
      value: { onBehalfOf: null },
    });
    expect(authoriseMatterAccept(countyMediator, routed()).ok).toBe(true);
    const accepted = transition(routed(), { type: 'ACCEPT' }, { actorId: 'P-mediator', at: AT });
    expect(accepted.ok && accepted.value.matter).toMatchObject({
      state: 'IN_PROGRESS',
      handlerId: 'P-mediator',
    });
  });

  it('refuses the township officer, another department, and the same department of another township', () => {
    for (const caller of [officer, policeman, otherMediator]) {
      expect(authoriseMatterAccept(caller, routed())).toEqual({
        ok: false,
        error: MATTER_ACCESS_ERRORS.FORBIDDEN,
      });
    }
  });

  it('offers the officer acceptance and return; the dispatcher keeps re-routing, re-dispatch and extension', () => {
    expect(matterActionsFor(mediator, routed())).toEqual(['ACCEPT', 'RETURN']);
    expect(matterActionsFor(officer, routed())).toEqual(['ASSIGN', 'ROUTE', 'EXTEND']);
    expect(matterActionsFor(policeman, routed())).toEqual([]);
  });

  it('leaves the check to the dispatchers: the department does not close its own work', () => {
    const done = { ...routed(), state: 'FEEDBACK_SUBMITTED' as const, handlerId: 'P-mediator' };
    expect(matterActionsFor(mediator, done)).toEqual([]);
    expect(matterActionsFor(officer, done)).toEqual(['CLOSE', 'REOPEN']);
    expect(authoriseMatterStep(mediator, done, 'CLOSE').ok).toBe(false);
  });

  it('refuses an unrouted matter to the department officers, as before', () => {
    expect(authoriseMatterAccept(mediator, registeredAtTownship({ state: 'ASSIGNED' }))).toEqual({
      ok: false,
      error: MATTER_ACCESS_ERRORS.FORBIDDEN,
    });
    expect(MATTER_ERRORS.ROUTE_LEVEL.message.bo).toMatch(/[\u0F00-\u0FFF]/);
  });
});

describe('reading routed matters (ROUTED_MATTER)', () => {
  it('lets the department’s officers read the matters routed to it in their region, and no other', () => {
    expect(canReadMatter(mediator, routed('JUSTICE'))).toBe(true);
    expect(canReadMatter(countyMediator, routed('JUSTICE'))).toBe(true);
    expect(canReadMatter(mediator, routed('HEALTH'))).toBe(false);
    expect(canReadMatter(mediator, registeredAtTownship())).toBe(false);
    expect(canReadMatter(otherMediator, routed('JUSTICE'))).toBe(false);
  });

  it('leaves the territorial readers as they were', () => {
    expect(canReadMatter(officer, registeredAtTownship())).toBe(true);
    expect(canReadMatter(officer, routed())).toBe(true);
  });

  it('names, for SQL, each department the caller works in with the regions of those grants', () => {
    const both: Actor = {
      personId: 'P-x',
      grants: [...mediator.grants, ...policeman.grants, ...officer.grants],
    };
    expect(routedMatterReadScope(both)).toEqual([
      { department: 'JUSTICE', regions: [TOWNSHIP] },
      { department: 'PUBLIC_SECURITY', regions: [TOWNSHIP] },
    ]);
    expect(routedMatterReadScope(officer)).toEqual([]);
  });

  it('is the read model’s rule: a holder naming the one role that reads it', () => {
    const holder = { regionCode: GRID, readers: ['JUSTICE_OFFICER'] as const };
    expect(mayRead(mediator, 'ROUTED_MATTER', holder)).toBe(true);
    expect(mayRead(policeman, 'ROUTED_MATTER', holder)).toBe(false);
  });
});
