// The hall, its stationed departments, windows, assisted-handling points and catalogue: public, like
// the service guide on the hall's wall.
import { ASSIST_LEVEL_LABELS, WINDOW_KIND_LABELS } from '@grassroots/core';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { ServiceHall as HallRow, ServiceMatter as MatterRow } from '../../generated/sqlite/client.js';
import { serviceHallMapper, serviceMatterMapper } from '../../mappers/serviceHall.js';
import { RegionRef } from '../region/region.js';
import { labelArgs, labelOf, resolveLocale } from '../shared/labels.js';
import { localName } from '../shared/names.js';
import { nodeScope } from '../shared/node-scope.js';
import { AssistLevelEnum, WindowKindEnum } from './enums.js';

// The hall, its departments, windows and catalogue are public (SERVICE_HALL).
nodeScope('ServiceHall', 'serviceHall', () => ({}), { idField: 'regionCode' });

export const ServiceHallRef = builder.prismaNode('ServiceHall', {
  id: { field: 'regionCode' },
  nullable: true,
  description: "A county's government service hall (政务服务中心).",
  fields: (t) => ({
    regionCode: t.exposeString('regionCode', { description: 'The code of the county the hall serves.' }),
    name: t.string({
      description: 'The name in the requested language.',
      args: labelArgs,
      resolve: (hall, args, context) => localName(hall, resolveLocale(args.locale, context.locale)),
    }),
    departments: t.relation('departments', {
      description: 'The stationed departments (进驻部门), in order of joining, then code.',
      query: { orderBy: [{ joinedOn: 'asc' }, { code: 'asc' }] },
    }),
    windows: t.relation('windows', {
      description: 'The windows, by number.',
      query: { orderBy: { number: 'asc' } },
    }),
    assistPoints: t.relation('assistPoints', {
      description: 'The assisted-handling points (帮代办) at county, township and village level.',
      query: { orderBy: [{ level: 'asc' }, { regionCode: 'asc' }] },
    }),
    matters: t.relation('matters', {
      description: 'The catalogue (政务服务事项清单): every version of every matter, by code and version.',
      query: { orderBy: [{ code: 'asc' }, { version: 'asc' }] },
    }),
  }),
});

nodeScope('HallDepartment', 'hallDepartment', () => ({}));

export const HallDepartmentRef = builder.prismaNode('HallDepartment', {
  id: { field: 'id' },
  nullable: true,
  description: 'A department stationed in a service hall.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'The department’s short code in the hall (SCJG).' }),
    name: t.string({
      description: 'The name in the requested language.',
      args: labelArgs,
      resolve: (row, args, context) => localName(row, resolveLocale(args.locale, context.locale)),
    }),
    joinedOn: t.field({
      type: 'Date',
      description: 'The day it moved into the hall.',
      resolve: (row) => serviceHallMapper.departmentToDomain(row).joinedOn,
    }),
  }),
});

nodeScope('HallWindow', 'hallWindow', () => ({}));

export const HallWindowRef = builder.prismaNode('HallWindow', {
  id: { field: 'id' },
  nullable: true,
  description: 'A numbered window of a service hall.',
  fields: (t) => ({
    number: t.exposeInt('number', { description: 'The number over the window.' }),
    kind: t.field({
      type: WindowKindEnum,
      description: 'What kind of window it is.',
      resolve: (row) => serviceHallMapper.windowToDomain(row, []).kind,
    }),
    kindLabel: t.string({
      description: 'The kind in the requested language.',
      args: labelArgs,
      resolve: (row, args, context) =>
        labelOf(WINDOW_KIND_LABELS, serviceHallMapper.windowToDomain(row, []).kind, args, context),
    }),
    name: t.string({
      description: 'The name in the requested language.',
      args: labelArgs,
      resolve: (row, args, context) => localName(row, resolveLocale(args.locale, context.locale)),
    }),
    departments: t.field({
      type: [HallDepartmentRef],
      description: 'The departments whose matters it takes in.',
      select: (_args, _context, nestedSelection) => ({
        departments: { select: { department: nestedSelection(true) }, orderBy: { departmentId: 'asc' } },
      }),
      resolve: (row) => row.departments.map((link) => link.department),
    }),
  }),
});

builder.prismaObject('HallAssistPoint', {
  description: 'A place where staff help residents apply, or apply for them (帮代办).',
  fields: (t) => ({
    level: t.field({
      type: AssistLevelEnum,
      description: 'County, township or village.',
      resolve: (row) => serviceHallMapper.assistPointToDomain(row).level,
    }),
    levelLabel: t.string({
      description: 'The level in the requested language.',
      args: labelArgs,
      resolve: (row, args, context) =>
        labelOf(ASSIST_LEVEL_LABELS, serviceHallMapper.assistPointToDomain(row).level, args, context),
    }),
    regionCode: t.exposeString('regionCode', { description: 'The code of the place.' }),
    name: t.string({
      description: 'The name in the requested language.',
      args: labelArgs,
      resolve: (row, args, context) => localName(row, resolveLocale(args.locale, context.locale)),
    }),
  }),
});

const RequiredDocumentRef = builder
  .objectRef<{
    code: string;
    nameZh: string;
    nameEn: string;
    tolerable: boolean;
    commitmentReplaces: boolean;
  }>('RequiredDocument')
  .implement({
    description: 'A document a matter asks for (申请材料).',
    fields: (t) => ({
      code: t.exposeString('code', { description: 'The document’s code within the matter.' }),
      name: t.string({
        description: 'The name in the requested language.',
        args: labelArgs,
        resolve: (d, args, context) => localName(d, resolveLocale(args.locale, context.locale)),
      }),
      tolerable: t.exposeBoolean('tolerable', {
        description: 'Whether it may be missing at acceptance and supplied later (容缺受理).',
      }),
      commitmentReplaces: t.exposeBoolean('commitmentReplaces', {
        description: 'Whether a signed commitment may replace it (告知承诺制).',
      }),
    }),
  });

const matterOf = (row: MatterRow & { department: { code: string } }) =>
  serviceMatterMapper.toDomain(row, row.department.code);

nodeScope('ServiceMatter', 'serviceMatter', () => ({}));

export const ServiceMatterRef = builder.prismaNode('ServiceMatter', {
  id: { field: 'id' },
  nullable: true,
  description:
    'One version of a service matter in a hall’s catalogue, shaped as a public-service description ' +
    '(CPSV-AP: the service, its competent authority, inputs, output and legal basis). An application ' +
    'keeps the version it was received under.',
  include: { department: true },
  fields: (t) => ({
    code: t.exposeString('code', { description: 'The matter’s code, stable across versions.' }),
    version: t.exposeInt('version', { description: 'The version, counting from 1.' }),
    validFrom: t.field({
      type: 'Date',
      description: 'The first day new applications follow this version.',
      resolve: (row) => matterOf(row).validFrom,
    }),
    name: t.string({
      description: 'The name in the requested language.',
      args: labelArgs,
      resolve: (row, args, context) => localName(row, resolveLocale(args.locale, context.locale)),
    }),
    department: t.relation('department', { description: 'The competent department.' }),
    legalBasis: t.exposeString('legalBasis', { description: 'The statutes it rests on.' }),
    output: t.string({
      description: 'What the applicant receives, in the requested language.',
      args: labelArgs,
      resolve: (row, args, context) =>
        localName({ nameZh: row.outputZh, nameEn: row.outputEn }, resolveLocale(args.locale, context.locale)),
    }),
    legalDays: t.exposeInt('legalDays', { description: 'The legal time limit (法定时限), in working days.' }),
    promisedDays: t.exposeInt('promisedDays', {
      description: 'The promised time limit (承诺时限), in working days; never above the legal one.',
    }),
    maxTrips: t.exposeInt('maxTrips', {
      description: 'The most in-person trips an applicant should need: 1 is 最多跑一次, 0 is 零跑动.',
    }),
    online: t.exposeBoolean('online', { description: 'Whether it can be applied for online (一网通办).' }),
    documents: t.field({
      type: [RequiredDocumentRef],
      description: 'The documents it asks for.',
      resolve: (row) => matterOf(row).documents.map((d) => ({ ...d, nameZh: d.name.zh, nameEn: d.name.en })),
    }),
    supplyDays: t.exposeInt('supplyDays', {
      description:
        'Working days to supply a document missing at a tolerance acceptance; 0 when none may be missing.',
    }),
    assistLevels: t.field({
      type: [AssistLevelEnum],
      description: 'Where assisted or proxy handling is offered for it.',
      resolve: (row) => [...matterOf(row).assistLevels],
    }),
    doorToDoor: t.exposeBoolean('doorToDoor', {
      description: 'Whether staff come to the applicant (上门办).',
    }),
    freeSeals: t.exposeBoolean('freeSeals', { description: 'Whether the first set of seals is free.' }),
    freePostage: t.exposeBoolean('freePostage', {
      description: 'Whether the result is posted free of charge.',
    }),
    synthetic: t.exposeBoolean('synthetic', {
      description: 'True where the source is silent and the values were made up for the fixtures.',
    }),
  }),
});

/**
 * The halls of every region a request asks about, one DataLoader per request and per nested
 * selection, keyed by region code: `region { children { serviceHall { … } } }` reads the halls of all
 * children in one statement (and each relation under them in one more), whatever their number.
 */
const hallLoaders = createContextCache(() => new Map<string, DataLoader<string, HallRow | null>>());

function hallLoader(context: Context, query: { include?: unknown; select?: unknown }) {
  const loaders = hallLoaders(context);
  const key = JSON.stringify(query);
  let loader = loaders.get(key);
  if (!loader) {
    loader = new DataLoader<string, HallRow | null>(async (codes) => {
      const halls = await context.db.serviceHall.findMany({
        ...(query as object),
        where: { regionCode: { in: [...codes] } },
      });
      const byCode = new Map(halls.map((hall) => [hall.regionCode, hall]));
      return codes.map((code) => byCode.get(code) ?? null);
    });
    loaders.set(key, loader);
  }
  return loader;
}

builder.objectFields(RegionRef, (t) => ({
  serviceHall: t.prismaField({
    type: 'ServiceHall',
    nullable: true,
    description: 'The county’s service hall; null where the region has none. Public.',
    resolve: (query, region, _args, context) => hallLoader(context, query).load(region.code),
  }),
}));
