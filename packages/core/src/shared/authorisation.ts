import { type Actor, ROLES, type Role, type RoleGrant } from './actor.js';
import { isWithin, parseRegionCode, type RegionLevel, regionLevel } from './division-code.js';
import { DEFAULT_VISIBILITY_POLICY, PERSONAL_FIELDS, type VisibilityPolicy } from './personal-data.js';

// Who may read what, as data. The gateway turns a caller's grants into SQL conditions from these
// tables (never by filtering after a fetch), and the access table for front-end teams is printed
// from them, so the documentation cannot drift from the code.

/**
 * The region levels at which a role may be granted. A token that grants a role anywhere else (a grid
 * worker over the whole autonomous region, a township officer over a county) is refused at
 * authentication: a grant's region is its reach, so it must fit the job.
 */
export const GRANT_LEVELS: Readonly<Record<Role, readonly RegionLevel[]>> = {
  COUNTY_ADMIN: ['COUNTY'],
  TOWNSHIP_OFFICER: ['TOWNSHIP'],
  GRID_CHIEF: ['GRID'],
  GRID_WORKER: ['GRID'],
  // The service hall is the county's (县政务服务中心); its clerks serve the whole county.
  SERVICE_HALL_CLERK: ['COUNTY'],
  // Contests run at city, county and township level (那曲's programme is the city's).
  CONTEST_ORGANISER: ['PREFECTURE', 'COUNTY', 'TOWNSHIP'],
  JUDGE: ['PREFECTURE', 'COUNTY', 'TOWNSHIP', 'VILLAGE'],
  // Party committees sit at county and township level, branches in villages and communities.
  PARTY_ORGANISER: ['COUNTY', 'TOWNSHIP', 'VILLAGE'],
  AUDITOR: ['PROVINCE', 'PREFECTURE', 'COUNTY'],
  // The departments that keep the key-persons register: county bureaus and their township offices
  // (司法所, 卫生院, 派出所, 民政办).
  JUSTICE_OFFICER: ['COUNTY', 'TOWNSHIP'],
  HEALTH_OFFICER: ['COUNTY', 'TOWNSHIP'],
  POLICE_OFFICER: ['COUNTY', 'TOWNSHIP'],
  CIVIL_AFFAIRS_OFFICER: ['COUNTY', 'TOWNSHIP'],
  // A household-joint head signs in over the grid of their unit, to record what they did there.
  HOUSEHOLD_JOINT_HEAD: ['GRID'],
};

/** Whether a grant's region is a well-formed code at a level its role may be granted at. */
export function grantFits(grant: RoleGrant): boolean {
  const level = levelOf(grant.regionCode);
  return level !== null && GRANT_LEVELS[grant.role].includes(level);
}

function levelOf(code: string): RegionLevel | null {
  const parsed = parseRegionCode(code);
  return parsed.ok ? regionLevel(parsed.value) : null;
}

/**
 * The kinds of things the API serves, grouped by who may read them. A kind is held at a place (a
 * grid, a village, a region), and a grant reaches it when the grant's region contains that place.
 */
export type ReadableKind =
  | 'REGION'
  | 'PUBLIC_STATISTIC'
  | 'POINTS_CATALOGUE'
  | 'PROTECTED_STATISTIC'
  | 'GRID'
  | 'GRID_STAFF'
  | 'HOUSEHOLD'
  | 'STAFF_RECORD'
  | 'RECRUITMENT'
  | 'PERSON'
  | 'REGISTRY'
  | 'RECORD'
  | 'MATTER'
  | 'ROUTED_MATTER'
  | 'POINTS_LEDGER'
  | 'CAMERA'
  | 'SERVICE_HALL'
  | 'SERVICE_APPLICATION'
  | 'PARTY_MEMBER'
  | 'STATIONED_CADRE'
  | 'AUDIT_RECORD'
  | 'CONTEST_ENTRY'
  | 'KEY_PERSON'
  | 'KEY_PERSON_VISIT';

/**
 * Who may read one kind. `readers` is `EVERYONE` (anonymous callers too) or a list of roles whose
 * grant must reach the place the thing is held at; `self` lets a person read their own records
 * whatever their grants.
 */
export interface ReadRule {
  readonly readers: 'EVERYONE' | readonly Role[];
  readonly self: boolean;
  /** What the kind covers, for the access table. */
  readonly covers: string;
}

const GOVERNANCE: readonly Role[] = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER', 'GRID_CHIEF', 'GRID_WORKER'];
const MANAGERS: readonly Role[] = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER'];
const SUPERVISORS: readonly Role[] = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER', 'GRID_CHIEF'];
const DEPARTMENTS: readonly Role[] = [
  'JUSTICE_OFFICER',
  'HEALTH_OFFICER',
  'POLICE_OFFICER',
  'CIVIL_AFFAIRS_OFFICER',
];

/**
 * The read rules (need to know): grid work is for grid staff and the officers above them; the
 * registry also for the service hall, which handles residents' applications; party organisers see
 * the grids their branches are built on; cameras and the places they watch only for the officers
 * and grid staff who run 雪亮工程; the audit log only for auditors. Everyone sees the regions, the
 * points catalogue and aggregate statistics.
 */
export const READ_RULES: Readonly<Record<ReadableKind, ReadRule>> = {
  REGION: { readers: 'EVERYONE', self: false, covers: 'Region' },
  PUBLIC_STATISTIC: {
    readers: 'EVERYONE',
    self: false,
    covers:
      'Region.gridStats, Region.recordStats, Region.fengqiao, Region.partyStats, Region.stationingStats, ' +
      'Region.coBuildingStats (aggregates)',
  },
  POINTS_CATALOGUE: { readers: 'EVERYONE', self: false, covers: 'PointsCatalogue, PointsShopItem' },
  PROTECTED_STATISTIC: { readers: GOVERNANCE, self: false, covers: 'Region.cameraCoverage' },
  GRID: {
    readers: [...GOVERNANCE, 'PARTY_ORGANISER'],
    self: false,
    covers: 'Grid, HouseholdJointUnit, HouseholdJointAction, HomeownersCommittee, ManagingUnit',
  },
  GRID_STAFF: { readers: GOVERNANCE, self: true, covers: 'StaffAssignment' },
  HOUSEHOLD: { readers: GOVERNANCE, self: false, covers: 'Household' },
  STAFF_RECORD: {
    readers: SUPERVISORS,
    self: true,
    covers: 'LeaveRequest, Assessment, attendance',
  },
  RECRUITMENT: {
    readers: MANAGERS,
    self: true,
    covers: 'RecruitmentPlan, Posting, Candidate, TrainingSession',
  },
  PERSON: {
    readers: [
      ...GOVERNANCE,
      'SERVICE_HALL_CLERK',
      'PARTY_ORGANISER',
      'CONTEST_ORGANISER',
      'JUDGE',
      'AUDITOR',
    ],
    self: true,
    covers: 'Person (fields masked by the personal-data policy)',
  },
  REGISTRY: {
    readers: [...GOVERNANCE, 'SERVICE_HALL_CLERK'],
    self: false,
    covers: 'StandardAddress, Housing, Resident, Organisation, Rental, CollectionSubmission',
  },
  RECORD: { readers: GOVERNANCE, self: false, covers: 'PublicOpinionRecord' },
  MATTER: { readers: GOVERNANCE, self: false, covers: 'Matter' },
  // A functional department reads the matters routed to it (each its own: the holder names the one
  // role that reads it), not the grid's other matters.
  ROUTED_MATTER: {
    readers: DEPARTMENTS,
    self: false,
    covers: 'Matter and its events, when routed to the reader’s own functional department',
  },
  POINTS_LEDGER: { readers: GOVERNANCE, self: false, covers: 'PointEvent, household balances and rankings' },
  CAMERA: { readers: GOVERNANCE, self: false, covers: 'CameraPoint, KeySite, SolvedCase' },
  SERVICE_HALL: {
    readers: 'EVERYONE',
    self: false,
    covers: 'ServiceHall, HallDepartment, HallWindow, ServiceMatter, Region.serviceHallStats',
  },
  // Applicants and raters are protected (国办发〔2019〕51号): the county's clerks and administrators only.
  SERVICE_APPLICATION: {
    readers: ['COUNTY_ADMIN', 'SERVICE_HALL_CLERK'],
    self: true,
    covers: 'ServiceApplication, HallVisit, ServiceRating, Rectification',
  },
  // Party members and stationed cadres are managed by party organisers (PARTY_ORGANISER); county and
  // township officers see them too, as the cadres work in their villages.
  PARTY_MEMBER: {
    readers: [...MANAGERS, 'PARTY_ORGANISER'],
    self: true,
    covers: 'PartyMember (name and dates), member counts of an organisation',
  },
  STATIONED_CADRE: {
    readers: [...MANAGERS, 'PARTY_ORGANISER'],
    self: false,
    covers: 'StationedCadre, presence, CadreLeave, RecallCase, recall candidates',
  },
  AUDIT_RECORD: { readers: ['AUDITOR'], self: false, covers: 'AuditRecord' },
  // A contest's catalogue, events, leaderboards (by work number) and statistics are public, like the
  // results boards posted at the venue; who entered is known to the people running it.
  CONTEST_ENTRY: {
    readers: ['COUNTY_ADMIN', 'CONTEST_ORGANISER', 'JUDGE'],
    self: true,
    covers: 'ContestEntry entrants, judges’ marks, ContestOutcome people',
  },
  // Sensitive personal information (PIPL art. 28): each entry only to the department its category
  // names, reading for that category's purpose (KEY_PERSON_CATEGORIES, keyPersonReadScope).
  KEY_PERSON: {
    readers: DEPARTMENTS,
    self: false,
    covers: 'KeyPerson (each category to its own department and purpose)',
  },
  // Grid staff visit key persons without learning why: the task names the person and the day only.
  KEY_PERSON_VISIT: {
    readers: GOVERNANCE,
    self: false,
    covers: 'KeyPersonVisitTask (no category)',
  },
};

/** Every readable kind, in the order of {@link READ_RULES}. */
export const READABLE_KINDS = Object.keys(READ_RULES) as readonly ReadableKind[];

/**
 * Where a caller may read one kind, ready to become a SQL condition: `everyone` for public kinds;
 * otherwise `regions` (the regions of the caller's region-level grants that may read it), `grids`
 * (the grids of its grid-level grants: grid staff reach their own grids only) and `selfPersonId`
 * (the caller's own records, where the kind allows it). An empty scope reads nothing.
 */
export interface ReadScope {
  readonly everyone: boolean;
  readonly regions: readonly string[];
  readonly grids: readonly string[];
  readonly selfPersonId: string | null;
}

/**
 * The scope in which `actor` may read `kind` (see {@link ReadScope}); with `only`, through the
 * grants of those of the kind's readers alone (a thing that names the one role reading it).
 */
export function readScope(actor: Actor, kind: ReadableKind, only?: readonly Role[]): ReadScope {
  const rule = READ_RULES[kind];
  if (rule.readers === 'EVERYONE') return { everyone: true, regions: [], grids: [], selfPersonId: null };
  const readers = only ? rule.readers.filter((role) => only.includes(role)) : rule.readers;
  const grants = actor.grants.filter((grant) => readers.includes(grant.role) && grantFits(grant));
  const isGrid = (grant: RoleGrant) => levelOf(grant.regionCode) === 'GRID';
  return {
    everyone: false,
    regions: unique(grants.filter((grant) => !isGrid(grant)).map((grant) => grant.regionCode)),
    grids: unique(grants.filter(isGrid).map((grant) => grant.regionCode)),
    selfPersonId: rule.self ? actor.personId : null,
  };
}

/** Whether a scope reads nothing at all. */
export function isEmptyScope(scope: ReadScope): boolean {
  return (
    !scope.everyone && scope.regions.length === 0 && scope.grids.length === 0 && scope.selfPersonId === null
  );
}

/**
 * Where one thing is held: `regionCode` the grid or region it belongs to; `gridCodes` for a person,
 * the grids they live in or serve (a grid grant reaches them through those); `personId` whose own
 * record it is, if anyone's; `readers` narrows the kind's readers for this one thing.
 */
export interface Holder {
  readonly regionCode: string;
  readonly gridCodes?: readonly string[];
  readonly personId?: string | null;
  /** The only roles of the kind's readers that may read this thing (a matter routed to a department). */
  readonly readers?: readonly Role[];
}

/** Whether `actor` may read one thing of `kind` held at `holder` (the same rule the SQL applies). */
export function mayRead(actor: Actor, kind: ReadableKind, holder: Holder): boolean {
  const scope = readScope(actor, kind, holder.readers);
  if (scope.everyone) return true;
  if (scope.selfPersonId !== null && holder.personId === scope.selfPersonId) return true;
  if (scope.regions.some((region) => isWithin(holder.regionCode, region))) return true;
  const places = [holder.regionCode, ...(holder.gridCodes ?? [])];
  return scope.grids.some((grid) => places.some((place) => isWithin(place, grid)));
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

const CELL = { region: 'region', grid: 'own grid', self: 'self' } as const;

/**
 * The access model as Markdown, for front-end teams: which roles read each kind (and how far), and
 * how much of each personal field each role sees inside its region. Printed from the tables above
 * and committed as `docs/access.md`; a test fails when the two differ.
 */
export function accessTable(policy: VisibilityPolicy = DEFAULT_VISIBILITY_POLICY): string {
  const roles = ROLES;
  const header = (first: string) =>
    `| ${first} | ${roles.join(' | ')} |\n| --- | ${roles.map(() => '---').join(' | ')} |`;
  const kindRows = READABLE_KINDS.map((kind) => {
    const rule = READ_RULES[kind];
    const cells = roles.map((role) => {
      if (rule.readers === 'EVERYONE') return 'everyone';
      if (!rule.readers.includes(role)) return rule.self ? CELL.self : '–';
      const reach = GRANT_LEVELS[role].every((level) => level === 'GRID') ? CELL.grid : CELL.region;
      return rule.self ? `${reach}, ${CELL.self}` : reach;
    });
    return `| ${kind} (${rule.covers}) | ${cells.join(' | ')} |`;
  });
  const fieldRows = PERSONAL_FIELDS.map(
    (field) => `| ${field} | ${roles.map((role) => policy[role][field]).join(' | ')} |`,
  );
  const levelRows = roles.map((role) => `| ${role} | ${GRANT_LEVELS[role].join(', ')} |`);
  return [
    '# Who sees what',
    '',
    'Generated from `packages/core/src/shared/authorisation.ts` and `personal-data.ts` by',
    '`accessTable()`; do not edit by hand (a core test compares this file with the code).',
    '',
    '## Grants',
    '',
    'A token grants roles over regions. Each role may be granted only at these levels; any other',
    'grant is refused at authentication.',
    '',
    '| role | levels |',
    '| --- | --- |',
    ...levelRows,
    '',
    '## Reading',
    '',
    '"region": things held inside the grant\'s region; "own grid": grid staff reach their own grids',
    '(and the people who live in or serve them); "self": a person\'s own records; "–": never',
    '(the list is empty, a node reads as null, a protected statistic is null). Anonymous callers',
    'see only what says "everyone". Never an error: a field that names an object the caller may not',
    "read, or lists records it may not see (a grid worker's leave and assessments, a village's points",
    'ranking for anonymous callers), is nullable and null, so the rest of the page stands. Only',
    'mutations are refused, with a coded error.',
    '',
    header('kind'),
    ...kindRows,
    '',
    '## Personal fields',
    '',
    'How much of a personal field each role sees of people it reaches: FULL (the value; the read is',
    'audited with its purpose), PARTIAL (ID: first 6 and last 4; birth date: the year), MASKED (a',
    'mask that keeps at most the first character or syllable). Everyone else sees MASKED.',
    '',
    header('field'),
    ...fieldRows,
    '',
  ].join('\n');
}
