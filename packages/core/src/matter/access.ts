import { type Actor, hasRoleIn, type Role, type RoleGrant } from '../shared/actor.js';
import { mayRead, readScope } from '../shared/authorisation.js';
import { err, ok, type Result } from '../shared/result.js';
import { handlingRegionCode } from './escalation.rules.js';
import { actorRefusal, allowedMatterActions } from './lifecycle.rules.js';
import { MATTER_ACCESS_ERRORS, MATTER_ERRORS, RECORD_ACCESS_ERRORS } from './matter.errors.js';
import type { EscalationLevel, FunctionalDepartment, Matter, MatterActionType } from './matter.js';
import { FUNCTIONAL_DEPARTMENT_LIST, FUNCTIONAL_DEPARTMENTS, isRoutableAt } from './routing.rules.js';

// Who may record 社情民意, read records and matters, and act on a matter at the level handling it.
// The duties are a table (data) read by two small functions; a grant counts only when its region
// contains the grid, or the unit now handling the matter.

/** Roles that read the records and matters of their region: grid staff and their managers. */
export const MATTER_READER_ROLES: readonly Role[] = [
  'COUNTY_ADMIN',
  'TOWNSHIP_OFFICER',
  'GRID_CHIEF',
  'GRID_WORKER',
];

/** Roles that record 社情民意 in a grid: its staff ("人在网格中走"), and the officers above them. */
export const PUBLIC_OPINION_RECORDER_ROLES: readonly Role[] = [
  'GRID_WORKER',
  'GRID_CHIEF',
  'TOWNSHIP_OFFICER',
  'COUNTY_ADMIN',
];

/**
 * The two duties on a matter: dispatching (立案, 注销, 派遣, 延期, 核查结案, 回访, 综合评价, 重新处置) and
 * handling (即办, 受理, 退回, 挂起, 处置反馈, 继续处置). Escalating (上报) is open to either.
 */
export type MatterDuty = 'DISPATCH' | 'HANDLE';

/** The duty each action of the transition table belongs to. */
export const MATTER_ACTION_DUTIES: Readonly<Record<MatterActionType, MatterDuty>> = {
  REGISTER: 'DISPATCH',
  REJECT: 'DISPATCH',
  ASSIGN: 'DISPATCH',
  ROUTE: 'DISPATCH',
  ACCEPT: 'HANDLE',
  SUBMIT_FEEDBACK: 'HANDLE',
  CLOSE: 'DISPATCH',
  REOPEN: 'DISPATCH',
  RESUME: 'HANDLE',
  SETTLE_ON_THE_SPOT: 'HANDLE',
  RETURN: 'HANDLE',
  EXTEND: 'DISPATCH',
  SUSPEND: 'HANDLE',
  CALL_BACK: 'DISPATCH',
  EVALUATE: 'DISPATCH',
};

/**
 * Which roles carry each duty at each level of the ladder (事在网格中办; 小事不出村, 大事不出镇): grid staff
 * in their grid, township officers for what rose to the village or township, the county for the rest.
 */
export const MATTER_DUTIES: Readonly<Record<EscalationLevel, Readonly<Record<MatterDuty, readonly Role[]>>>> =
  {
    GRID: {
      DISPATCH: ['GRID_CHIEF', 'TOWNSHIP_OFFICER', 'COUNTY_ADMIN'],
      HANDLE: ['GRID_WORKER', 'GRID_CHIEF'],
    },
    VILLAGE: {
      DISPATCH: ['GRID_CHIEF', 'TOWNSHIP_OFFICER', 'COUNTY_ADMIN'],
      HANDLE: ['GRID_CHIEF', 'TOWNSHIP_OFFICER'],
    },
    TOWNSHIP: { DISPATCH: ['TOWNSHIP_OFFICER', 'COUNTY_ADMIN'], HANDLE: ['TOWNSHIP_OFFICER'] },
    COUNTY: { DISPATCH: ['COUNTY_ADMIN'], HANDLE: ['COUNTY_ADMIN'] },
  };

/** Whether the actor may read the records and matters of the grid `gridCode`. */
export function canReadMatters(actor: Actor, gridCode: string): boolean {
  return hasRoleIn(actor, MATTER_READER_ROLES, gridCode) !== null;
}

/** Where a matter is, and the department it was routed to, if any: what reading it depends on. */
export type MatterPlace = Pick<Matter, 'gridCode'> & { readonly department?: FunctionalDepartment | null };

/**
 * Whether the actor may read this matter: as {@link canReadMatters} says for its grid, or, for a
 * matter routed to a functional department, as an officer of that department whose grant's region
 * contains the grid (`ROUTED_MATTER` in the read model). Department officers read no other matter.
 */
export function canReadMatter(actor: Actor, matter: MatterPlace): boolean {
  if (canReadMatters(actor, matter.gridCode)) return true;
  const department = matter.department ?? null;
  return (
    department !== null &&
    mayRead(actor, 'ROUTED_MATTER', {
      regionCode: matter.gridCode,
      readers: [FUNCTIONAL_DEPARTMENTS[department].role],
    })
  );
}

/**
 * Where the actor reads the matters routed to departments, ready for SQL: for each department the
 * actor is an officer of, the regions of those grants. Empty for everyone else.
 */
export function routedMatterReadScope(
  actor: Actor,
): readonly { readonly department: FunctionalDepartment; readonly regions: readonly string[] }[] {
  return FUNCTIONAL_DEPARTMENT_LIST.flatMap((department) => {
    const { regions } = readScope(actor, 'ROUTED_MATTER', [FUNCTIONAL_DEPARTMENTS[department].role]);
    return regions.length === 0 ? [] : [{ department, regions }];
  });
}

/**
 * The roles that handle the matter at its level: those of {@link MATTER_DUTIES}, or, once it is
 * routed to a functional department, that department's officers only (its 所 at a township, its 局
 * at the county), whom the territorial handlers no longer stand in for.
 */
export function handlingRolesOf(
  matter: Pick<Matter, 'level'> & Pick<MatterPlace, 'department'>,
): readonly Role[] {
  const department = matter.department ?? null;
  return department === null ? MATTER_DUTIES[matter.level].HANDLE : [FUNCTIONAL_DEPARTMENTS[department].role];
}

/** The grant that lets the actor record 社情民意 in the grid `gridCode`, or `RECORD.FORBIDDEN`. */
export function authoriseRecording(
  actor: Actor,
  gridCode: string,
): Result<RoleGrant, typeof RECORD_ACCESS_ERRORS.FORBIDDEN> {
  const grant = hasRoleIn(actor, PUBLIC_OPINION_RECORDER_ROLES, gridCode);
  return grant ? ok(grant) : err(RECORD_ACCESS_ERRORS.FORBIDDEN);
}

/**
 * The grant that lets the actor take `action` on the matter at the level handling it now, or
 * `MATTER.FORBIDDEN`. `ESCALATE` is allowed to whoever may dispatch or handle at that level. The
 * handling duty of a routed matter is its department's ({@link handlingRolesOf}).
 */
export function authoriseMatterAction(
  actor: Actor,
  matter: Pick<Matter, 'gridCode' | 'level'> & Pick<MatterPlace, 'department'>,
  action: MatterActionType | 'ESCALATE',
): Result<RoleGrant, typeof MATTER_ACCESS_ERRORS.FORBIDDEN> {
  const dispatchers = MATTER_DUTIES[matter.level].DISPATCH;
  const handlers = handlingRolesOf(matter);
  const roles =
    action === 'ESCALATE'
      ? [...dispatchers, ...handlers]
      : MATTER_ACTION_DUTIES[action] === 'DISPATCH'
        ? dispatchers
        : handlers;
  const grant = hasRoleIn(actor, roles, handlingRegionCode(matter));
  return grant ? ok(grant) : err(MATTER_ACCESS_ERRORS.FORBIDDEN);
}

/** Who accepts a matter, and for whom: see {@link authoriseMatterAccept}. */
export interface MatterAcceptance {
  readonly grant: RoleGrant;
  /** The assignee the caller accepts for (代为受理), or null when the caller is the assignee. */
  readonly onBehalfOf: string | null;
}

/**
 * Who may accept (受理) a dispatched matter: its assignee, with the handling duty at the level
 * handling it; or someone with the dispatching duty there (authority over the grid), who then accepts
 * on the assignee's behalf, so the assignee becomes the handler and the event records both. A matter
 * sent up without an assignee (an overdue escalation) is accepted by anyone with the handling duty
 * there, and a matter routed to a department by any of its officers there. Anyone else with the
 * handling duty gets `MATTER.NOT_ASSIGNEE`; the rest `MATTER.FORBIDDEN`.
 */
export function authoriseMatterAccept(
  actor: Actor,
  matter: Pick<Matter, 'gridCode' | 'level' | 'assigneeId'> & Pick<MatterPlace, 'department'>,
): Result<MatterAcceptance, typeof MATTER_ACCESS_ERRORS.FORBIDDEN | typeof MATTER_ERRORS.NOT_ASSIGNEE> {
  const duties = MATTER_DUTIES[matter.level];
  const where = handlingRegionCode(matter);
  const handles = hasRoleIn(actor, handlingRolesOf(matter), where);
  // A matter sent up without naming anyone (an overdue escalation) is accepted by whoever handles there.
  const isAssignee =
    matter.assigneeId === null || (actor.personId !== null && actor.personId === matter.assigneeId);
  if (handles && isAssignee) return ok({ grant: handles, onBehalfOf: null });
  const dispatches = hasRoleIn(actor, duties.DISPATCH, where);
  if (dispatches && matter.assigneeId !== null) {
    return ok({ grant: dispatches, onBehalfOf: isAssignee ? null : matter.assigneeId });
  }
  return err(handles ? MATTER_ERRORS.NOT_ASSIGNEE : MATTER_ACCESS_ERRORS.FORBIDDEN);
}

/** Why a caller may not take a step on a matter: no duty there, or not the assignee. */
export type MatterStepRefusal = typeof MATTER_ACCESS_ERRORS.FORBIDDEN | typeof MATTER_ERRORS.NOT_ASSIGNEE;

/**
 * Whether the actor may take `action` on the matter at the level handling it now: acceptance as
 * {@link authoriseMatterAccept} says, every other action (and `ESCALATE`) as
 * {@link authoriseMatterAction} says. The one check behind both the business actions and the
 * actions a client is offered ({@link matterActionsFor}).
 */
export function authoriseMatterStep(
  actor: Actor,
  matter: Pick<Matter, 'gridCode' | 'level' | 'assigneeId'> & Pick<MatterPlace, 'department'>,
  action: MatterActionType | 'ESCALATE',
): Result<MatterAcceptance, MatterStepRefusal> {
  if (action === 'ACCEPT') return authoriseMatterAccept(actor, matter);
  const grant = authoriseMatterAction(actor, matter, action);
  return grant.ok ? ok({ grant: grant.value, onBehalfOf: null }) : grant;
}

/**
 * The actions the actor may take on the matter now, in table order: those the transition table
 * allows from its state, that the actor's duties allow at the level handling it
 * ({@link authoriseMatterStep}), and that the lifecycle lets this person take (only the assignee
 * accepts, only the handler reports back, the handler does not check their own work; routing only
 * where a department sits). A caller
 * with no linked person may take none: every action is recorded under a person.
 */
export function matterActionsFor(actor: Actor, matter: Matter): readonly MatterActionType[] {
  const personId = actor.personId;
  if (personId === null) return [];
  return allowedMatterActions(matter.state).filter((action) => {
    if (action === 'ROUTE' && !isRoutableAt(matter.level)) return false;
    const allowed = authoriseMatterStep(actor, matter, action);
    return allowed.ok && actorRefusal(matter, action, personId, allowed.value.onBehalfOf) === null;
  });
}
