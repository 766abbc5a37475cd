// Who may read and act on records and matters, and the SQL conditions that follow from it. Core has
// the lifecycle but no access rule for matters yet, so the policy is kept here as data (two tables)
// read by two small functions; it belongs in core's matter area once that area grows one.
import {
  type Actor,
  domainError,
  type EscalationLevel,
  err,
  handlingRegionCode,
  hasRoleIn,
  isRegionCode,
  type MatterActionType,
  ok,
  type Result,
  type Role,
  type RoleGrant,
  regionScopePrefix,
} from '@grassroots/core';

/** Roles that read the records and matters of their region (grid staff and their managers). */
export const MATTER_READER_ROLES: readonly Role[] = [
  'COUNTY_ADMIN',
  'TOWNSHIP_OFFICER',
  'GRID_CHIEF',
  'GRID_WORKER',
];

/** Roles that record 社情民意 in a grid: its staff ("人在网格中走"), and the officers above them. */
export const RECORDER_ROLES: readonly Role[] = [
  'GRID_WORKER',
  'GRID_CHIEF',
  'TOWNSHIP_OFFICER',
  'COUNTY_ADMIN',
];

/**
 * The two duties on a matter: dispatching (立案, 注销, 派遣, 核查结案, 重新处置) and handling (受理,
 * 处置反馈, 继续处置). Escalating (上报) is open to either.
 */
type Duty = 'DISPATCH' | 'HANDLE';

const DUTY_OF_ACTION: Readonly<Record<MatterActionType, Duty>> = {
  REGISTER: 'DISPATCH',
  REJECT: 'DISPATCH',
  ASSIGN: 'DISPATCH',
  ACCEPT: 'HANDLE',
  SUBMIT_FEEDBACK: 'HANDLE',
  CLOSE: 'DISPATCH',
  REOPEN: 'DISPATCH',
  RESUME: 'HANDLE',
};

/**
 * Which roles carry each duty at each level of the ladder (事在网格中办; 小事不出村, 大事不出镇): grid staff
 * in their grid, township officers for what rose to the village or township, the county for the rest.
 * A grant counts only when its region contains the unit handling the matter now.
 */
export const MATTER_DUTIES: Readonly<Record<EscalationLevel, Readonly<Record<Duty, readonly Role[]>>>> = {
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

/** The refusals of the API around records and matters that core's rules do not name. */
export const MATTER_ACCESS_ERRORS = {
  MATTER_NOT_FOUND: domainError('MATTER.NOT_FOUND', 'NOT_FOUND', {
    zh: '没有这个事项，或您无权查看',
    en: 'There is no such matter, or you may not see it',
  }),
  MATTER_FORBIDDEN: domainError('MATTER.FORBIDDEN', 'FORBIDDEN', {
    zh: '您的角色或辖区不能在事项当前所在层级执行此操作',
    en: 'Your roles or region do not allow this action at the level now handling the matter',
  }),
  ASSIGNEE_NOT_FOUND: domainError(
    'MATTER.ASSIGNEE_NOT_FOUND',
    'NOT_FOUND',
    { zh: '没有这个派遣对象', en: 'There is no such assignee' },
    ['assigneeId'],
  ),
  NOT_OVERDUE: domainError('MATTER.NOT_OVERDUE', 'CONFLICT', {
    zh: '事项尚未超过本级处置时限，不能以超期为由上报',
    en: 'The matter is within its level’s time limit; it cannot be escalated as overdue',
  }),
  CALENDAR: domainError('MATTER.CALENDAR', 'CONFLICT', {
    zh: '工作日历未覆盖该日期，无法计算处置时限',
    en: 'The working calendar does not cover the dates, so the time limit cannot be computed',
  }),
  RECORD_FORBIDDEN: domainError(
    'RECORD.FORBIDDEN',
    'FORBIDDEN',
    { zh: '您只能在自己负责的网格内采集社情民意', en: 'You may record only in the grids you serve' },
    ['gridCode'],
  ),
  GRID_NOT_FOUND: domainError(
    'RECORD.GRID_NOT_FOUND',
    'NOT_FOUND',
    { zh: '没有这个网格', en: 'There is no such grid' },
    ['gridCode'],
  ),
  REPORTER_NOT_FOUND: domainError(
    'RECORD.REPORTER_NOT_FOUND',
    'NOT_FOUND',
    { zh: '没有这个反映人', en: 'There is no such reporter' },
    ['reporterId'],
  ),
} as const;

/** Whether the caller may read the records and matters of a grid. */
export function canReadGrid(actor: Actor, gridCode: string): boolean {
  return hasRoleIn(actor, MATTER_READER_ROLES, gridCode) !== null;
}

/** The grant that lets the caller record 社情民意 in the grid, or RECORD.FORBIDDEN. */
export function authoriseRecording(
  actor: Actor,
  gridCode: string,
): Result<RoleGrant, typeof MATTER_ACCESS_ERRORS.RECORD_FORBIDDEN> {
  const grant = hasRoleIn(actor, RECORDER_ROLES, gridCode);
  return grant ? ok(grant) : err(MATTER_ACCESS_ERRORS.RECORD_FORBIDDEN);
}

/**
 * The grant that lets the caller take `action` on the matter at the level handling it now, or
 * MATTER.FORBIDDEN. `ESCALATE` is allowed to whoever may dispatch or handle at that level.
 */
export function authoriseMatterAction(
  actor: Actor,
  matter: { readonly gridCode: string; readonly level: EscalationLevel },
  action: MatterActionType | 'ESCALATE',
): Result<RoleGrant, typeof MATTER_ACCESS_ERRORS.MATTER_FORBIDDEN> {
  const duties = MATTER_DUTIES[matter.level];
  const roles =
    action === 'ESCALATE' ? [...duties.DISPATCH, ...duties.HANDLE] : duties[DUTY_OF_ACTION[action]];
  const grant = hasRoleIn(actor, roles, handlingRegionCode(matter));
  return grant ? ok(grant) : err(MATTER_ACCESS_ERRORS.MATTER_FORBIDDEN);
}

/**
 * "Code lies within the region" as a range (`>= prefix AND < next prefix`) rather than LIKE: SQLite's
 * LIKE is case-insensitive and PostgreSQL's depends on the collation, so neither uses the index on
 * the code for it, while a range on digit strings does on both.
 */
export function codeWithin(regionCode: string): { gte: string; lt?: string } {
  const prefix = isRegionCode(regionCode) ? regionScopePrefix(regionCode) : regionCode;
  if (!/^\d+$/.test(prefix)) return { gte: prefix, lt: prefix };
  const next = (BigInt(prefix) + 1n).toString().padStart(prefix.length, '0');
  return next.length > prefix.length ? { gte: prefix } : { gte: prefix, lt: next };
}

/** The grid codes the caller may read, as an OR of ranges; `null` when the caller may read none. */
export function readableGrids(actor: Actor): { OR: { gridCode: { gte: string; lt?: string } }[] } | null {
  const ranges = actor.grants
    .filter((grant) => MATTER_READER_ROLES.includes(grant.role) && isRegionCode(grant.regionCode))
    .map((grant) => ({ gridCode: codeWithin(grant.regionCode) }));
  return ranges.length === 0 ? null : { OR: ranges };
}
