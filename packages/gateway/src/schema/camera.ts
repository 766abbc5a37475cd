// 雪亮工程: the camera network. Key sites of the grids, camera points with their GB/T 28181 device ids,
// cases solved with footage and the coverage of key sites, counted in SQL. Camera positions are
// security information: lists and nodes are cut to the caller's region.
import { randomUUID } from 'node:crypto';
import {
  authoriseCameraChange,
  CAMERA_ACCESS_ERRORS,
  CAMERA_ERRORS,
  CAMERA_STATUS_LABELS,
  CASE_ERRORS,
  type CameraPoint,
  type CameraStatus,
  createCameraPoint,
  createSolvedCase,
  DEVICE_ID_ERRORS,
  DEVICE_TYPE_CLASS_LABELS,
  DEVICE_TYPE_LABELS,
  type DeviceId,
  type DeviceIdInfo,
  type DomainError,
  isWithin,
  KEY_SITE_CATEGORIES,
  type KeySiteCategory,
  labelFor,
  parseDeviceId,
  percent,
  perMille,
  type Share,
  SITE_CATEGORY_LABELS,
  type SiteCategory,
  shareOf,
} from '@grassroots/core';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import type { Db, Prisma } from '../db/client.js';
import type {
  CameraPoint as CameraPointRow,
  KeySite as KeySiteRow,
  SolvedCase as SolvedCaseRow,
} from '../generated/sqlite/client.js';
import { RegionRef, regionCodeArg } from './region/region.js';
import { calendarDate } from './shared/dates.js';
import { lookupIdOf } from './shared/ids.js';
import { labelArgs, labelledEnum, labelOf, resolveLocale } from './shared/labels.js';
import { callerScope, grantsReach, within, withinAny } from './shared/scope.js';
import { inSerializableTransaction } from './shared/transaction.js';
import { failed, type Payload, payloadType, succeeded, userErrorType } from './shared/user-errors.js';

export const SiteCategoryEnum = labelledEnum(
  'SiteCategory',
  'The category of the site a camera point watches (点位场所类别); the first six are key sites.',
  SITE_CATEGORY_LABELS,
);
export const CameraStatusEnum = labelledEnum(
  'CameraStatus',
  'The state of a camera point; only a working camera covers its site.',
  CAMERA_STATUS_LABELS,
);

// ---- types -------------------------------------------------------------------------------------

const DeviceIdInfoRef = builder.objectRef<DeviceIdInfo>('DeviceIdInfo').implement({
  description: 'What a GB/T 28181 device id says, digit group by digit group (Annex D).',
  fields: (t) => ({
    centreCode: t.exposeString('centreCode', {
      description: 'Digits 1–8: the monitoring centre (division code and base unit).',
    }),
    divisionCode: t.exposeString('divisionCode', {
      description: 'Digits 1–6: the division code of the centre.',
    }),
    industryCode: t.exposeString('industryCode', {
      description: 'Digits 9–10: the industry code (行业编码).',
    }),
    typeCode: t.exposeString('typeCode', { description: 'Digits 11–13: the type code, e.g. 132 IP camera.' }),
    typeLabel: t.string({
      description: 'The device type (or its class) in the requested language.',
      args: labelArgs,
      resolve: (info, args, context) => {
        const locale = resolveLocale(args.locale, context.locale);
        const labels = DEVICE_TYPE_LABELS[info.typeCode] ?? DEVICE_TYPE_CLASS_LABELS[info.typeClass];
        return labelFor(labels, locale);
      },
    }),
    serial: t.exposeString('serial', { description: 'Digits 14–20: the serial number (序号).' }),
  }),
});

builder.prismaNode('KeySite', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A key site of a grid (重点场所): a mall, restaurant, entertainment venue, hotel, hospital or filling ' +
    'station. Visible inside the caller’s region.',
  authScopes: (site, context) => grantsReach(context.actor, site.gridCode),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The name of the site.' }),
    category: t.field({
      type: SiteCategoryEnum,
      description: 'The key-site category.',
      resolve: (site) => site.category as SiteCategory,
    }),
    categoryLabel: t.string({
      description: 'The category in the requested language.',
      args: labelArgs,
      resolve: (site, args, context) =>
        labelOf(SITE_CATEGORY_LABELS, site.category as SiteCategory, args, context),
    }),
    covered: t.boolean({
      description: 'Whether at least one working camera point watches the site.',
      select: { cameras: { where: { status: 'WORKING' }, select: { id: true }, take: 1 } },
      resolve: (site) => site.cameras.length > 0,
    }),
    grid: t.prismaField({
      type: 'Grid',
      description: 'The grid the site lies in.',
      resolve: (query, site, _args, context) =>
        context.db.grid.findUniqueOrThrow({ ...query, where: { code: site.gridCode } }),
    }),
    cameras: t.relation('cameras', {
      description: 'The camera points watching the site, whatever their status.',
      query: { orderBy: { id: 'asc' } },
    }),
  }),
});

const CameraPointRef = builder.prismaNode('CameraPoint', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A camera point (视频监控点位) of the "雪亮工程" network, with its GB/T 28181 device id. Visible inside ' +
    'the caller’s region.',
  authScopes: (camera, context) => grantsReach(context.actor, camera.gridCode),
  fields: (t) => ({
    deviceId: t.exposeString('deviceId', { description: 'The 20-digit GB/T 28181 device id (设备编码).' }),
    device: t.field({
      type: DeviceIdInfoRef,
      nullable: true,
      description: 'The device id read digit group by digit group; null if a stored id does not parse.',
      resolve: (camera) => {
        const info = parseDeviceId(camera.deviceId);
        return info.ok ? info.value : null;
      },
    }),
    name: t.exposeString('name', { description: 'The name of the point, usually its place.' }),
    siteCategory: t.field({
      type: SiteCategoryEnum,
      description: 'The category of the site watched.',
      resolve: (camera) => camera.siteCategory as SiteCategory,
    }),
    siteCategoryLabel: t.string({
      description: 'The category in the requested language.',
      args: labelArgs,
      resolve: (camera, args, context) =>
        labelOf(SITE_CATEGORY_LABELS, camera.siteCategory as SiteCategory, args, context),
    }),
    site: t.relation('site', {
      nullable: true,
      description: 'The key site watched; null for a road or other place.',
    }),
    status: t.field({
      type: CameraStatusEnum,
      description: 'Planned, working, faulty, offline or dismantled.',
      resolve: (camera) => camera.status as CameraStatus,
    }),
    statusLabel: t.string({
      description: 'The status in the requested language.',
      args: labelArgs,
      resolve: (camera, args, context) =>
        labelOf(CAMERA_STATUS_LABELS, camera.status as CameraStatus, args, context),
    }),
    grid: t.prismaField({
      type: 'Grid',
      description: 'The grid the camera point lies in.',
      resolve: (query, camera, _args, context) =>
        context.db.grid.findUniqueOrThrow({ ...query, where: { code: camera.gridCode } }),
    }),
  }),
});

const SolvedCaseRef = builder.prismaNode('SolvedCase', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A case solved with footage from the camera network (视频破案), linked to the camera points used. ' +
    'Visible inside the caller’s region.',
  authScopes: (solved, context) => grantsReach(context.actor, solved.gridCode),
  fields: (t) => ({
    title: t.exposeString('title', { description: 'A short title of the case.' }),
    solvedOn: t.field({
      type: 'Date',
      description: 'The day the case was solved.',
      resolve: (c) => c.solvedOn,
    }),
    grid: t.prismaField({
      type: 'Grid',
      description: 'The grid where the case happened.',
      resolve: (query, solved, _args, context) =>
        context.db.grid.findUniqueOrThrow({ ...query, where: { code: solved.gridCode } }),
    }),
    cameras: t.field({
      type: [CameraPointRef],
      description: 'The camera points whose footage was used, at least one.',
      select: (_args, _context, nestedSelection) => ({
        cameras: { select: { cameraPoint: nestedSelection(true) }, orderBy: { cameraPointId: 'asc' } },
      }),
      resolve: (solved) => solved.cameras.map((link) => link.cameraPoint),
    }),
  }),
});

// Added once both types exist: a camera lists its cases, a case its cameras.
builder.prismaObjectFields(CameraPointRef, (t) => ({
  solvedCases: t.field({
    type: [SolvedCaseRef],
    description: 'The cases solved with this camera’s footage, latest first.',
    select: (_args, _context, nestedSelection) => ({
      cases: {
        select: { case: nestedSelection(true) },
        orderBy: [{ case: { solvedOn: 'desc' } }, { caseId: 'desc' }],
      },
    }),
    resolve: (camera) => camera.cases.map((link) => link.case),
  }),
}));

// ---- coverage ----------------------------------------------------------------------------------

const ShareRef = builder.objectRef<Share>('CoverageShare').implement({
  description: 'A share as a whole fraction, with percent and per mille rounded half up (null for 0 of 0).',
  fields: (t) => ({
    numerator: t.exposeInt('numerator', { description: 'How many count.' }),
    denominator: t.exposeInt('denominator', { description: 'Of how many.' }),
    percent: t.int({
      nullable: true,
      description: 'In percent; null of nothing.',
      resolve: (s) => percent(s),
    }),
    perMille: t.int({
      nullable: true,
      description: 'In per mille; null of nothing.',
      resolve: (s) => perMille(s),
    }),
  }),
});

/** Key sites and covered key sites of one group (a region, a category, a grid). */
interface CoverageCount {
  readonly keySites: number;
  readonly covered: number;
}

interface CategoryCoverage extends CoverageCount {
  readonly category: KeySiteCategory;
}

interface GridCoverage extends CoverageCount {
  readonly gridCode: string;
}

interface RegionCoverage extends CoverageCount {
  readonly byCategory: readonly CategoryCoverage[];
  readonly byGrid: readonly GridCoverage[];
}

const CoverageCountRef = builder.interfaceRef<CoverageCount>('KeySiteCounts').implement({
  description: 'Key sites and how many of them at least one working camera watches.',
  fields: (t) => ({
    keySites: t.exposeInt('keySites', { description: 'How many key sites there are.' }),
    covered: t.exposeInt('covered', { description: 'How many of them at least one working camera watches.' }),
    share: t.field({
      type: ShareRef,
      description: 'Covered key sites of all key sites.',
      resolve: (c) => shareOf(c.covered, c.keySites),
    }),
  }),
});

const CategoryCoverageRef = builder.objectRef<CategoryCoverage>('KeySiteCategoryCoverage').implement({
  description: 'The coverage of one key-site category.',
  interfaces: [CoverageCountRef],
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'category' in value,
  fields: (t) => ({
    category: t.field({ type: SiteCategoryEnum, description: 'The category.', resolve: (c) => c.category }),
    categoryLabel: t.string({
      description: 'The category in the requested language.',
      args: labelArgs,
      resolve: (c, args, context) => labelOf(SITE_CATEGORY_LABELS, c.category, args, context),
    }),
  }),
});

const GridCoverageRef = builder.objectRef<GridCoverage>('GridKeySiteCoverage').implement({
  description: 'The coverage of one grid’s key sites.',
  interfaces: [CoverageCountRef],
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'gridCode' in value,
  fields: (t) => ({
    gridCode: t.exposeString('gridCode', { description: 'The 15-digit grid code.' }),
    grid: t.prismaField({
      type: 'Grid',
      description: 'The grid.',
      resolve: (query, c, _args, context) =>
        context.db.grid.findUniqueOrThrow({ ...query, where: { code: c.gridCode } }),
    }),
  }),
});

const RegionCoverageRef = builder.objectRef<RegionCoverage>('KeySiteCoverage').implement({
  description:
    'How well the key sites of a region are covered by the camera network: a site is covered when at ' +
    'least one working camera point watches it. Counted in SQL.',
  interfaces: [CoverageCountRef],
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'byGrid' in value,
  fields: (t) => ({
    byCategory: t.field({
      type: [CategoryCoverageRef],
      description: 'The six key-site categories, each with its own counts (0 of 0 where there are none).',
      resolve: (c) => [...c.byCategory],
    }),
    byGrid: t.field({
      type: [GridCoverageRef],
      description: 'Each grid of the region that has key sites, by grid code.',
      resolve: (c) => [...c.byGrid],
    }),
  }),
});

/**
 * The coverage of the key sites inside some regions: two grouped SQL counts over the grids of all of
 * them at once (all key sites, and those with a working camera, by grid and category), then each
 * region sums the groups of its own grids. A list of regions costs two statements.
 */
async function regionCoverages(db: Db, regionCodes: readonly string[]): Promise<RegionCoverage[]> {
  const where: Prisma.KeySiteWhereInput = withinAny('gridCode', regionCodes) ?? { id: { in: [] } };
  const [sites, covered] = await Promise.all([
    db.keySite.groupBy({ by: ['gridCode', 'category'], where, _count: { _all: true } }),
    db.keySite.groupBy({
      by: ['gridCode', 'category'],
      where: { AND: [where, { cameras: { some: { status: 'WORKING' } } }] },
      _count: { _all: true },
    }),
  ]);
  const coveredOf = new Map(covered.map((row) => [`${row.gridCode}|${row.category}`, row._count._all]));
  const groups = sites.map((row) => ({
    gridCode: row.gridCode,
    category: row.category as KeySiteCategory,
    keySites: row._count._all,
    covered: coveredOf.get(`${row.gridCode}|${row.category}`) ?? 0,
  }));
  const total = (rows: readonly CoverageCount[]) => ({
    keySites: rows.reduce((sum, row) => sum + row.keySites, 0),
    covered: rows.reduce((sum, row) => sum + row.covered, 0),
  });
  return regionCodes.map((code) => {
    const own = groups.filter((group) => isWithin(group.gridCode, code));
    const gridCodes = [...new Set(own.map((group) => group.gridCode))].sort();
    return {
      ...total(own),
      byCategory: KEY_SITE_CATEGORIES.map((category) => ({
        category,
        ...total(own.filter((group) => group.category === category)),
      })),
      byGrid: gridCodes.map((gridCode) => ({
        gridCode,
        ...total(own.filter((group) => group.gridCode === gridCode)),
      })),
    };
  });
}

// ---- queries -----------------------------------------------------------------------------------

const CameraPointFilter = builder.inputType('CameraPointFilter', {
  description: "Conditions a camera point must meet; all apply, always inside the caller's region.",
  fields: (t) => ({
    within: t.string({
      required: false,
      validate: regionCodeArg,
      description: 'In a grid inside this region.',
    }),
    gridCode: t.string({ required: false, validate: regionCodeArg, description: 'In this grid.' }),
    status: t.field({ type: CameraStatusEnum, required: false, description: 'Only this status.' }),
    siteCategory: t.field({
      type: SiteCategoryEnum,
      required: false,
      description: 'Only this site category.',
    }),
  }),
});

function cameraPointWhere(
  context: Context,
  filter:
    | {
        within?: string | null;
        gridCode?: string | null;
        status?: CameraStatus | null;
        siteCategory?: SiteCategory | null;
      }
    | null
    | undefined,
): Prisma.CameraPointWhereInput {
  const and: Prisma.CameraPointWhereInput[] = [callerScope(context, 'gridCode')];
  if (filter?.within) and.push(within('gridCode', filter.within));
  if (filter?.gridCode) and.push({ gridCode: filter.gridCode });
  if (filter?.status) and.push({ status: filter.status });
  if (filter?.siteCategory) and.push({ siteCategory: filter.siteCategory });
  return { AND: and };
}

function solvedCaseWhere(context: Context, regionCode: string): Prisma.SolvedCaseWhereInput {
  return { AND: [callerScope(context, 'gridCode'), within('gridCode', regionCode)] };
}

builder.queryFields((t) => ({
  cameraPoints: t.prismaConnection({
    type: 'CameraPoint',
    cursor: 'id',
    description: "Camera points in the caller's region, by id.",
    authScopes: { authenticated: true },
    args: { filter: t.arg({ type: CameraPointFilter, required: false, description: 'Conditions.' }) },
    totalCount: (_root, args, context) =>
      context.db.cameraPoint.count({ where: cameraPointWhere(context, args.filter) }),
    resolve: (query, _root, args, context) =>
      context.db.cameraPoint.findMany({
        ...query,
        where: cameraPointWhere(context, args.filter),
        orderBy: [{ id: 'asc' }],
      }),
  }),
}));

builder.objectFields(RegionRef, (t) => ({
  cameraCoverage: t.loadable({
    type: RegionCoverageRef,
    description:
      'The coverage of the region’s key sites by working cameras, in total, by category and by grid.',
    authScopes: { authenticated: true },
    load: (regionCodes: string[], context: Context) => regionCoverages(context.db, regionCodes),
    resolve: (region) => region.code,
  }),
  solvedCases: t.prismaConnection({
    type: 'SolvedCase',
    cursor: 'id',
    description: 'The cases solved with camera footage in the region (and the caller’s), latest first.',
    authScopes: { authenticated: true },
    totalCount: (region, _args, context) =>
      context.db.solvedCase.count({ where: solvedCaseWhere(context, region.code) }),
    resolve: (query, region, _args, context) =>
      context.db.solvedCase.findMany({
        ...query,
        where: solvedCaseWhere(context, region.code),
        orderBy: [{ solvedOn: 'desc' }, { id: 'desc' }],
      }),
  }),
}));

// ---- mutations ---------------------------------------------------------------------------------

/**
 * Why the caller may not register in the grid: it does not exist inside the caller's region, or core's
 * rule refuses the caller there; null when they may.
 */
async function refusalInGrid(tx: Db, context: Context, gridCode: string): Promise<DomainError | null> {
  const grid = await tx.grid.findUnique({ where: { code: gridCode }, select: { code: true } });
  if (!grid || !grantsReach(context.actor, grid.code)) return CAMERA_ACCESS_ERRORS.GRID_NOT_FOUND;
  const allowed = authoriseCameraChange(context.actor, grid.code);
  return allowed.ok ? null : allowed.error;
}

function toCameraPoint(row: CameraPointRow): CameraPoint {
  return {
    id: row.id,
    deviceId: row.deviceId as DeviceId,
    name: row.name,
    siteCategory: row.siteCategory as SiteCategory,
    siteId: row.siteId,
    gridCode: row.gridCode,
    status: row.status as CameraStatus,
  };
}

function toKeySite(row: KeySiteRow) {
  return { id: row.id, name: row.name, category: row.category as KeySiteCategory, gridCode: row.gridCode };
}

const CameraPointRegisterUserError = userErrorType(
  'CameraPointRegisterUserError',
  'Why a camera point was not registered.',
  [
    ...Object.values(CAMERA_ERRORS),
    ...Object.values(DEVICE_ID_ERRORS),
    ...Object.values(CAMERA_ACCESS_ERRORS),
  ],
);

const SolvedCaseRecordUserError = userErrorType(
  'SolvedCaseRecordUserError',
  'Why a solved case was not recorded.',
  [...Object.values(CASE_ERRORS), CAMERA_ACCESS_ERRORS.FORBIDDEN, CAMERA_ACCESS_ERRORS.GRID_NOT_FOUND],
);

const CameraPointRegisterPayload = payloadType(
  'CameraPointRegisterPayload',
  'The result of registering a camera point.',
  {
    field: 'cameraPoint',
    type: CameraPointRef,
    description: 'The camera point as stored; null when refused.',
  },
  { type: CameraPointRegisterUserError, description: 'Why the registration was refused; empty on success.' },
);

const SolvedCaseRecordPayload = payloadType(
  'SolvedCaseRecordPayload',
  'The result of recording a solved case.',
  { field: 'solvedCase', type: SolvedCaseRef, description: 'The case as stored; null when refused.' },
  { type: SolvedCaseRecordUserError, description: 'Why the case was refused; empty on success.' },
);

const CameraPointRegisterInput = builder.inputType('CameraPointRegisterInput', {
  description: 'A camera point to register (视频监控点位登记).',
  fields: (t) => ({
    deviceId: t.string({
      required: true,
      description: 'The 20-digit GB/T 28181 device id of a camera (type 131 or 132) of the grid’s county.',
    }),
    name: t.string({ required: true, description: 'The name of the point, usually its place.' }),
    siteCategory: t.field({
      type: SiteCategoryEnum,
      required: true,
      description: 'The category of the site.',
    }),
    siteId: t.globalID({
      required: false,
      description: 'The key site watched, of the same grid and category; none for a road or other place.',
    }),
    gridCode: t.string({ required: true, description: 'The 15-digit grid code.' }),
    status: t.field({
      type: CameraStatusEnum,
      required: false,
      defaultValue: 'WORKING',
      description: 'The status; WORKING by default.',
    }),
  }),
});

const SolvedCaseRecordInput = builder.inputType('SolvedCaseRecordInput', {
  description: 'A case solved with camera footage (视频破案), with the camera points used.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'A short title.' }),
    solvedOn: t.field({ type: 'Date', required: true, description: 'The day it was solved.' }),
    gridCode: t.string({ required: true, description: 'The 15-digit code of the grid where it happened.' }),
    cameraPointIds: t.globalIDList({
      required: true,
      description: 'The camera points whose footage was used.',
    }),
  }),
});

builder.mutationFields((t) => ({
  cameraPointRegister: t.field({
    type: CameraPointRegisterPayload,
    description:
      'Registers a camera point. The device id is read by GB/T 28181 Annex D: a wrong one is refused with a ' +
      'VALIDATION error naming `deviceId`.',
    args: {
      input: t.arg({ type: CameraPointRegisterInput, required: true, description: 'The camera point.' }),
    },
    resolve: (_root, { input }, context) =>
      inSerializableTransaction(context.db, async (tx): Promise<Payload<CameraPointRow>> => {
        const refused = await refusalInGrid(tx, context, input.gridCode);
        if (refused) return failed(refused);
        const siteId = input.siteId ? lookupIdOf(input.siteId, 'KeySite') : null;
        const sites = siteId === null ? [] : await tx.keySite.findMany({ where: { id: siteId } });
        const camera = createCameraPoint(
          {
            id: `CAM-${randomUUID()}`,
            deviceId: input.deviceId,
            name: input.name,
            siteCategory: input.siteCategory,
            siteId,
            gridCode: input.gridCode,
            status: input.status ?? 'WORKING',
          },
          sites.map(toKeySite),
        );
        if (!camera.ok) return failed(camera.error);
        if (
          await tx.cameraPoint.findUnique({
            where: { deviceId: camera.value.deviceId },
            select: { id: true },
          })
        ) {
          return failed(CAMERA_ACCESS_ERRORS.DEVICE_ID_TAKEN);
        }
        return succeeded(await tx.cameraPoint.create({ data: { ...camera.value } }));
      }),
  }),
  solvedCaseRecord: t.field({
    type: SolvedCaseRecordPayload,
    description:
      'Records a case solved with footage (视频破案), linked to one or more camera points of the caller’s region.',
    args: { input: t.arg({ type: SolvedCaseRecordInput, required: true, description: 'The case.' }) },
    resolve: (_root, { input }, context) =>
      inSerializableTransaction(context.db, async (tx): Promise<Payload<SolvedCaseRow>> => {
        const refused = await refusalInGrid(tx, context, input.gridCode);
        if (refused) return failed(refused);
        const cameraPointIds = input.cameraPointIds.map((id) => lookupIdOf(id, 'CameraPoint'));
        // Cameras outside the caller's region are unknown to the rule, so ids cannot be probed.
        const cameras = await tx.cameraPoint.findMany({
          where: { AND: [{ id: { in: cameraPointIds } }, callerScope(context, 'gridCode')] },
        });
        const solved = createSolvedCase(
          {
            id: `CASE-${randomUUID()}`,
            title: input.title,
            solvedOn: calendarDate(input.solvedOn),
            gridCode: input.gridCode,
            cameraPointIds,
          },
          cameras.map(toCameraPoint),
        );
        if (!solved.ok) return failed(solved.error);
        const row = await tx.solvedCase.create({
          data: {
            id: solved.value.id,
            title: solved.value.title,
            solvedOn: solved.value.solvedOn,
            gridCode: solved.value.gridCode,
            cameras: { create: solved.value.cameraPointIds.map((cameraPointId) => ({ cameraPointId })) },
          },
        });
        return succeeded(row);
      }),
  }),
}));
