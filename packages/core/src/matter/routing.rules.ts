import type { Labels } from '../shared/labels.js';
import { at, MATTER_ERRORS, type MatterError } from './matter.errors.js';
import type {
  EscalationLevel,
  FunctionalDepartment,
  FunctionalDepartmentRule,
  Matter,
  MatterRoutingRule,
} from './matter.js';

// Routing by function (职能部门分流): beside the territorial ladder (grid → village → township →
// county), a township or county sends a matter by its nature to the department whose work it is,
// and that department's officers at the level handling it take it. The departments and the rules are
// data; proposing a department is a pure lookup, and the decision stays a person's (`ROUTE`).

/**
 * The functional departments, as data. Each sits at township level (司法所, 派出所, 民政办, 卫生院) and
 * at county level (司法局, 公安局, 民政局, 卫健委), and its officers hold the role of the same name
 * (granted over a township or a county, like the key-persons register's departments).
 */
export const FUNCTIONAL_DEPARTMENTS: Readonly<Record<FunctionalDepartment, FunctionalDepartmentRule>> = {
  JUSTICE: {
    label: { zh: '司法所（局）', en: 'Justice office', bo: 'ཁྲིམས་བདག་ལས་ཁུངས།' },
    role: 'JUSTICE_OFFICER',
    levels: ['TOWNSHIP', 'COUNTY'],
  },
  PUBLIC_SECURITY: {
    label: { zh: '派出所（公安局）', en: 'Public security', bo: 'སྤྱི་བདེ་ལས་ཁུངས།' },
    role: 'POLICE_OFFICER',
    levels: ['TOWNSHIP', 'COUNTY'],
  },
  CIVIL_AFFAIRS: {
    label: { zh: '民政办（局）', en: 'Civil affairs', bo: 'དམངས་སྲིད་སྡེ་ཚན།' },
    role: 'CIVIL_AFFAIRS_OFFICER',
    levels: ['TOWNSHIP', 'COUNTY'],
  },
  HEALTH: {
    label: { zh: '卫生院（卫健委）', en: 'Health', bo: 'འཕྲོད་བསྟེན་སྡེ་ཚན།' },
    role: 'HEALTH_OFFICER',
    levels: ['TOWNSHIP', 'COUNTY'],
  },
};

/** Every functional department, in the order of {@link FUNCTIONAL_DEPARTMENTS}. */
export const FUNCTIONAL_DEPARTMENT_LIST = Object.keys(
  FUNCTIONAL_DEPARTMENTS,
) as readonly FunctionalDepartment[];

/** Display names of the functional departments. */
export const FUNCTIONAL_DEPARTMENT_LABELS = Object.fromEntries(
  FUNCTIONAL_DEPARTMENT_LIST.map((department) => [department, FUNCTIONAL_DEPARTMENTS[department].label]),
) as Readonly<Record<FunctionalDepartment, Labels>>;

/**
 * The routing rules, as data; the first that matches proposes the department. A stability-related
 * matter is public security's whatever it is about. Sub-types whose department has no role here yet
 * (wages owed: 人社; wildlife damage: 林草; fire and natural disasters: 应急管理; buildings: 住建; water,
 * power and roads) match no rule and stay territorial.
 */
export const MATTER_ROUTING_RULES: readonly MatterRoutingRule[] = [
  { nature: 'STABILITY', department: 'PUBLIC_SECURITY', basis: '人民警察法 第6条' },
  {
    category: 'DISPUTE',
    subTypes: ['FAMILY', 'NEIGHBOUR', 'GRASSLAND_BOUNDARY', 'DEBT', 'LAND_AND_HOUSING'],
    department: 'JUSTICE',
    basis: '人民调解法 第5条（司法行政部门指导人民调解）',
  },
  {
    category: 'HAZARD',
    subTypes: ['ROAD_TRAFFIC'],
    department: 'PUBLIC_SECURITY',
    basis: '道路交通安全法 第5条',
  },
  {
    category: 'REQUEST',
    subTypes: ['SOCIAL_BENEFITS'],
    department: 'CIVIL_AFFAIRS',
    basis: '社会救助暂行办法 第4条',
  },
  // Health and education are one sub-type; health is the part a township has a department for.
  {
    category: 'REQUEST',
    subTypes: ['HEALTH_AND_EDUCATION'],
    department: 'HEALTH',
    basis: '基本医疗卫生与健康促进法 第7条',
  },
];

/** Whether `text` names a functional department. */
export function isFunctionalDepartment(text: string): text is FunctionalDepartment {
  return Object.hasOwn(FUNCTIONAL_DEPARTMENTS, text);
}

/** Whether some functional department sits at `level`, so a matter handled there can be routed. */
export function isRoutableAt(level: EscalationLevel): boolean {
  return FUNCTIONAL_DEPARTMENT_LIST.some((department) =>
    FUNCTIONAL_DEPARTMENTS[department].levels.includes(level),
  );
}

/**
 * The department the routing rules propose for the matter (the first rule it matches), or `null`
 * when none does and the matter stays territorial. A proposal only: the dispatcher decides.
 */
export function proposeDepartment(matter: Pick<Matter, 'category' | 'details'>): FunctionalDepartment | null {
  const rule = MATTER_ROUTING_RULES.find((candidate) =>
    'nature' in candidate
      ? candidate.nature === matter.details.nature
      : candidate.category === matter.category && candidate.subTypes.includes(matter.details.subType),
  );
  return rule?.department ?? null;
}

/**
 * Why the matter cannot be routed to `department` now, or `null` when it can: the department must
 * be one of {@link FUNCTIONAL_DEPARTMENTS} (`MATTER.DEPARTMENT`) and sit at the level handling the
 * matter (`MATTER.ROUTE_LEVEL`: a grid or village matter is escalated first).
 */
export function routeRefusal(matter: Pick<Matter, 'level'>, department: string): MatterError | null {
  if (!isFunctionalDepartment(department)) return at(MATTER_ERRORS.DEPARTMENT, 'action', 'department');
  return FUNCTIONAL_DEPARTMENTS[department].levels.includes(matter.level) ? null : MATTER_ERRORS.ROUTE_LEVEL;
}
