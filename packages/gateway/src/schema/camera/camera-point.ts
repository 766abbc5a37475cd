// Camera points (视频监控点位) of the "雪亮工程" network with their GB/T 28181 device ids. Camera
// positions are security information: lists and nodes are cut to the caller's region.
import { randomUUID } from 'node:crypto';
import {
  authoriseCameraChange,
  CAMERA_ACCESS_ERRORS,
  CAMERA_ERRORS,
  CAMERA_STATUS_LABELS,
  type CameraStatus,
  createCameraPoint,
  DEVICE_ID_ERRORS,
  DEVICE_TYPE_CLASS_LABELS,
  DEVICE_TYPE_LABELS,
  type DeviceIdInfo,
  type DomainError,
  labelFor,
  parseDeviceId,
  SITE_CATEGORY_LABELS,
  type SiteCategory,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Db, Prisma } from '../../db/client.js';
import type { CameraPoint as CameraPointRow } from '../../generated/sqlite/client.js';
import { cameraPointMapper, keySiteMapper } from '../../mappers/camera.js';
import { regionCodeArg } from '../region/region.js';
import { connectionOf } from '../shared/connection.js';
import { lookupIdOf } from '../shared/ids.js';
import { labelArgs, labelOf, resolveLocale } from '../shared/labels.js';
import { callerScope, grantsReach, within } from '../shared/scope.js';
import { inSerializableTransaction } from '../shared/transaction.js';
import { failedAt, type Payload, payloadType, succeeded, userErrorType } from '../shared/user-errors.js';
import { CameraStatusEnum, SiteCategoryEnum } from './enums.js';

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

export const CameraPointRef = builder.prismaNode('CameraPoint', {
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
      resolve: (camera) => cameraPointMapper.toDomain(camera).siteCategory,
    }),
    siteCategoryLabel: t.string({
      description: 'The category in the requested language.',
      args: labelArgs,
      resolve: (camera, args, context) =>
        labelOf(SITE_CATEGORY_LABELS, cameraPointMapper.toDomain(camera).siteCategory, args, context),
    }),
    site: t.relation('site', {
      nullable: true,
      description: 'The key site watched; null for a road or other place.',
    }),
    status: t.field({
      type: CameraStatusEnum,
      description: 'Planned, working, faulty, offline or dismantled.',
      resolve: (camera) => cameraPointMapper.toDomain(camera).status,
    }),
    statusLabel: t.string({
      description: 'The status in the requested language.',
      args: labelArgs,
      resolve: (camera, args, context) =>
        labelOf(CAMERA_STATUS_LABELS, cameraPointMapper.toDomain(camera).status, args, context),
    }),
    grid: t.prismaField({
      type: 'Grid',
      description: 'The grid the camera point lies in.',
      resolve: (query, camera, _args, context) =>
        context.db.grid.findUniqueOrThrow({ ...query, where: { code: camera.gridCode } }),
    }),
  }),
});

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

builder.queryFields((t) => ({
  cameraPoints: t.prismaConnection(
    {
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
    },
    connectionOf(CameraPointRef, 'CameraPoint'),
  ),
}));

/**
 * Why the caller may not register in the grid: it does not exist inside the caller's region, or core's
 * rule refuses the caller there; null when they may.
 */
/**
 * Why the caller may not register in the grid: it does not exist inside the caller's region, or core's
 * rule refuses the caller there; null when they may.
 */
export async function refusalInGrid(tx: Db, context: Context, gridCode: string): Promise<DomainError | null> {
  const grid = await tx.grid.findUnique({ where: { code: gridCode }, select: { code: true } });
  if (!grid || !grantsReach(context.actor, grid.code)) return CAMERA_ACCESS_ERRORS.GRID_NOT_FOUND;
  const allowed = authoriseCameraChange(context.actor, grid.code);
  return allowed.ok ? null : allowed.error;
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
    gridId: t.globalID({ required: true, description: 'The grid.' }),
    status: t.field({
      type: CameraStatusEnum,
      required: false,
      defaultValue: 'WORKING',
      description: 'The status; WORKING by default.',
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
        // Core names the grid by its code; the input by its global ID.
        const fail = failedAt({ gridCode: 'gridId' });
        const gridCode = lookupIdOf(input.gridId, 'Grid');
        const refused = await refusalInGrid(tx, context, gridCode);
        if (refused) return fail(refused);
        const siteId = input.siteId ? lookupIdOf(input.siteId, 'KeySite') : null;
        const sites = siteId === null ? [] : await tx.keySite.findMany({ where: { id: siteId } });
        const camera = createCameraPoint(
          {
            id: `CAM-${randomUUID()}`,
            deviceId: input.deviceId,
            name: input.name,
            siteCategory: input.siteCategory,
            siteId,
            gridCode,
            status: input.status ?? 'WORKING',
          },
          sites.map(keySiteMapper.toDomain),
        );
        if (!camera.ok) return fail(camera.error);
        if (
          await tx.cameraPoint.findUnique({
            where: { deviceId: camera.value.deviceId },
            select: { id: true },
          })
        ) {
          return fail(CAMERA_ACCESS_ERRORS.DEVICE_ID_TAKEN);
        }
        return succeeded(await tx.cameraPoint.create({ data: cameraPointMapper.toColumns(camera.value) }));
      }),
  }),
}));
