import { isRegionCode, isWithin, parseRegionCode, regionLevel, villageCodeOf } from './division-code.js';
import type { Labels } from './labels.js';
import { err, ok, type Result } from './result.js';
import { ACTOR_ERRORS, type ActorError } from './shared.errors.js';

/** The roles people hold in county governance. */
export type Role =
  | 'COUNTY_ADMIN'
  | 'TOWNSHIP_OFFICER'
  | 'GRID_CHIEF'
  | 'GRID_WORKER'
  | 'SERVICE_HALL_CLERK'
  | 'CONTEST_ORGANISER'
  | 'JUDGE'
  | 'PARTY_ORGANISER'
  | 'AUDITOR'
  | 'JUSTICE_OFFICER'
  | 'HEALTH_OFFICER'
  | 'POLICE_OFFICER'
  | 'CIVIL_AFFAIRS_OFFICER'
  | 'HOUSEHOLD_JOINT_HEAD';

/** Every role. */
export const ROLES: readonly Role[] = [
  'COUNTY_ADMIN',
  'TOWNSHIP_OFFICER',
  'GRID_CHIEF',
  'GRID_WORKER',
  'SERVICE_HALL_CLERK',
  'CONTEST_ORGANISER',
  'JUDGE',
  'PARTY_ORGANISER',
  'AUDITOR',
  'JUSTICE_OFFICER',
  'HEALTH_OFFICER',
  'POLICE_OFFICER',
  'CIVIL_AFFAIRS_OFFICER',
  'HOUSEHOLD_JOINT_HEAD',
];

/** Display names of the roles. */
export const ROLE_LABELS: Readonly<Record<Role, Labels>> = {
  COUNTY_ADMIN: { zh: '县级管理员', en: 'County administrator', bo: 'རྫོང་རིམ་དོ་དམ་པ།' },
  TOWNSHIP_OFFICER: { zh: '乡镇干部', en: 'Township officer', bo: 'ཤང་གི་ལས་བྱེད་པ།' },
  GRID_CHIEF: { zh: '网格长', en: 'Grid chief', bo: 'དྲ་མིག་འགོ་པ།' },
  GRID_WORKER: { zh: '网格员', en: 'Grid worker', bo: 'དྲ་མིག་ལས་བྱེད་པ།' },
  SERVICE_HALL_CLERK: { zh: '政务服务窗口人员', en: 'Service hall clerk', bo: 'སྲིད་དོན་ཞབས་ཞུའི་སྒེའུ་ཁུང་ལས་བྱེད་པ།' },
  CONTEST_ORGANISER: { zh: '竞赛组织者', en: 'Contest organiser', bo: 'འགྲན་བསྡུར་གོ་སྒྲིག་པ།' },
  JUDGE: { zh: '评委', en: 'Judge', bo: 'དཔྱད་བརྗོད་པ།' },
  PARTY_ORGANISER: { zh: '党务工作者', en: 'Party organiser', bo: 'ཏང་དོན་ལས་བྱེད་པ།' },
  AUDITOR: { zh: '审计人员', en: 'Auditor', bo: 'རྩིས་ཞིབ་ལས་བྱེད་པ།' },
  JUSTICE_OFFICER: {
    zh: '司法所（局）工作人员',
    en: 'Justice office officer',
    bo: 'ཁྲིམས་བདག་ལས་ཁུངས་ཀྱི་ལས་བྱེད་པ།',
  },
  HEALTH_OFFICER: { zh: '卫生健康部门工作人员', en: 'Health officer', bo: 'འཕྲོད་བསྟེན་སྡེ་ཚན་གྱི་ལས་བྱེད་པ།' },
  POLICE_OFFICER: { zh: '公安派出所（局）民警', en: 'Police officer', bo: 'སྤྱི་བདེའི་ཉེན་རྟོག་པ།' },
  CIVIL_AFFAIRS_OFFICER: {
    zh: '民政部门工作人员',
    en: 'Civil affairs officer',
    bo: 'དམངས་སྲིད་སྡེ་ཚན་གྱི་ལས་བྱེད་པ།',
  },
  HOUSEHOLD_JOINT_HEAD: { zh: '联户长', en: 'Household-joint head', bo: 'ཁྱིམ་སྦྲེལ་འགོ་པ།' },
};

/** A role held over a region; the scope is the region (any level) and everything within it. */
export interface RoleGrant {
  readonly role: Role;
  readonly regionCode: string;
}

/** Who is acting: a person with role grants. An anonymous caller has no person and no grants. */
export interface Actor {
  readonly personId: string | null;
  readonly grants: readonly RoleGrant[];
}

/** The caller nobody has identified: no roles anywhere. */
export const ANONYMOUS: Actor = { personId: null, grants: [] };

/** Whether `text` names a role. */
export function isRole(text: string): text is Role {
  return (ROLES as readonly string[]).includes(text);
}

/**
 * Builds an actor from untrusted input (a token's claims): every grant must name a known role and a
 * well-formed region code.
 */
export function createActor(input: {
  readonly personId: string | null;
  readonly grants: readonly { readonly role: string; readonly regionCode: string }[];
}): Result<Actor, ActorError> {
  const grants: RoleGrant[] = [];
  for (const [index, grant] of input.grants.entries()) {
    if (!isRole(grant.role)) return err({ ...ACTOR_ERRORS.ROLE, field: ['grants', String(index), 'role'] });
    if (!parseRegionCode(grant.regionCode).ok) {
      return err({ ...ACTOR_ERRORS.SCOPE, field: ['grants', String(index), 'regionCode'] });
    }
    grants.push({ role: grant.role, regionCode: grant.regionCode });
  }
  return ok({ personId: input.personId, grants });
}

/** Whether the actor is anonymous (holds no grant). */
export function isAnonymous(actor: Actor): boolean {
  return actor.grants.length === 0;
}

/**
 * The first of the actor's grants (in the actor's order) that has one of `roles` and whose scope
 * contains `regionCode`, or `null` when none does.
 */
export function hasRoleIn(actor: Actor, roles: readonly Role[], regionCode: string): RoleGrant | null {
  return (
    actor.grants.find((grant) => roles.includes(grant.role) && isWithin(regionCode, grant.regionCode)) ?? null
  );
}

/** The grants of the actor whose scope contains `regionCode`, in the actor's order. */
export function grantsCovering(actor: Actor, regionCode: string): readonly RoleGrant[] {
  return actor.grants.filter((grant) => isWithin(regionCode, grant.regionCode));
}

/** A short, stable description of a grant for audit logs: `COUNTY_ADMIN@542526`. */
export function describeGrant(grant: RoleGrant): string {
  return `${grant.role}@${grant.regionCode}`;
}

/**
 * Whether a grant reaches a record held at `regionCode`: the region lies within the grant's region;
 * or the grant is for one grid and the record belongs to that grid. For a person, `gridCodes` are the
 * grids they live in or serve, and a grid grant reaches them only through those; when they are not
 * known, a grid grant reaches the people registered at its grid's village (people and households are
 * registered by village, while grid staff serve one grid of it).
 */
export function grantReaches(grant: RoleGrant, regionCode: string, gridCodes?: readonly string[]): boolean {
  if (isWithin(regionCode, grant.regionCode)) return true;
  if (!isRegionCode(grant.regionCode) || regionLevel(grant.regionCode) !== 'GRID') return false;
  return gridCodes ? gridCodes.includes(grant.regionCode) : villageCodeOf(grant.regionCode) === regionCode;
}

/**
 * The region whose registered people and households a grant reaches (see {@link grantReaches}):
 * the grant's own region, or for a grid grant its village. For SQL filters on home-region columns.
 */
export function residenceScopeOf(grant: RoleGrant): string {
  if (isRegionCode(grant.regionCode) && regionLevel(grant.regionCode) === 'GRID') {
    return villageCodeOf(grant.regionCode) ?? grant.regionCode;
  }
  return grant.regionCode;
}

/**
 * The actor's grants that reach the people living at `residenceRegionCode` (see
 * {@link grantReaches}). Records held at a grid or above use the strict {@link grantsCovering}.
 */
export function grantsReachingResidents(actor: Actor, residenceRegionCode: string): readonly RoleGrant[] {
  return actor.grants.filter((grant) => grantReaches(grant, residenceRegionCode));
}

/** A grant with one of `roles` that reaches the people living at `residenceRegionCode`, or null. */
export function hasRoleForResidents(
  actor: Actor,
  roles: readonly Role[],
  residenceRegionCode: string,
): RoleGrant | null {
  return (
    grantsReachingResidents(actor, residenceRegionCode).find((grant) => roles.includes(grant.role)) ?? null
  );
}
