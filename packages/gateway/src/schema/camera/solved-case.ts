// Cases solved with footage from the camera network (视频破案), each linked to the camera points used.
import { randomUUID } from 'node:crypto';
import { CAMERA_ACCESS_ERRORS, CASE_ERRORS, createSolvedCase, mayRead } from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Prisma } from '../../db/client.js';
import type { SolvedCase as SolvedCaseRow } from '../../generated/sqlite/client.js';
import { cameraPointMapper, solvedCaseMapper } from '../../mappers/camera.js';
import { RegionRef } from '../region/region.js';
import { connectionOf } from '../shared/connection.js';
import { calendarDate } from '../shared/dates.js';
import { lookupIdOf } from '../shared/ids.js';
import { nodeScope } from '../shared/node-scope.js';
import { readableWhere, within } from '../shared/scope.js';
import { inSerializableTransaction } from '../shared/transaction.js';
import { failedAt, type Payload, payloadType, succeeded, userErrorType } from '../shared/user-errors.js';
import { CameraPointRef, refusalInGrid } from './camera-point.js';

export const solvedCaseReadable = nodeScope('SolvedCase', 'solvedCase', (context: Context) =>
  readableWhere(context, 'CAMERA', { code: 'gridCode' }),
);

const SolvedCaseRef = builder.prismaNode('SolvedCase', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A case solved with footage from the camera network (视频破案), linked to the camera points used. ' +
    'Visible inside the caller’s region.',
  authScopes: (solved, context) => mayRead(context.actor, 'CAMERA', { regionCode: solved.gridCode }),
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

function solvedCaseWhere(context: Context, regionCode: string): Prisma.SolvedCaseWhereInput {
  return { AND: [solvedCaseReadable(context), within('gridCode', regionCode)] };
}

builder.objectFields(RegionRef, (t) => ({
  solvedCases: t.prismaConnection(
    {
      type: 'SolvedCase',
      cursor: 'id',
      description:
        'The cases solved with camera footage in the region (and the caller’s), latest first. Null for an ' +
        'anonymous caller.',
      nullable: true,
      authScopes: { authenticated: true },
      // A region's page is public; its case list is not, and must not take the page down with it.
      unauthorizedResolver: () => null,
      totalCount: (region, _args, context) =>
        context.db.solvedCase.count({ where: solvedCaseWhere(context, region.code) }),
      resolve: (query, region, _args, context) =>
        context.db.solvedCase.findMany({
          ...query,
          where: solvedCaseWhere(context, region.code),
          orderBy: [{ solvedOn: 'desc' }, { id: 'desc' }],
        }),
    },
    connectionOf(SolvedCaseRef, 'SolvedCase'),
  ),
}));

const SolvedCaseRecordUserError = userErrorType(
  'SolvedCaseRecordUserError',
  'Why a solved case was not recorded.',
  [...Object.values(CASE_ERRORS), CAMERA_ACCESS_ERRORS.FORBIDDEN, CAMERA_ACCESS_ERRORS.GRID_NOT_FOUND],
);

const SolvedCaseRecordPayload = payloadType(
  'SolvedCaseRecordPayload',
  'The result of recording a solved case.',
  { field: 'solvedCase', type: SolvedCaseRef, description: 'The case as stored; null when refused.' },
  { type: SolvedCaseRecordUserError, description: 'Why the case was refused; empty on success.' },
);

const SolvedCaseRecordInput = builder.inputType('SolvedCaseRecordInput', {
  description: 'A case solved with camera footage (视频破案), with the camera points used.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'A short title.' }),
    solvedOn: t.field({ type: 'Date', required: true, description: 'The day it was solved.' }),
    gridId: t.globalID({ required: true, description: 'The grid where it happened.' }),
    cameraPointIds: t.globalIDList({
      required: true,
      description: 'The camera points whose footage was used.',
    }),
  }),
});

builder.mutationFields((t) => ({
  solvedCaseRecord: t.field({
    type: SolvedCaseRecordPayload,
    description:
      'Records a case solved with footage (视频破案), linked to one or more camera points of the caller’s region.',
    args: { input: t.arg({ type: SolvedCaseRecordInput, required: true, description: 'The case.' }) },
    resolve: (_root, { input }, context) =>
      inSerializableTransaction(context.db, async (tx): Promise<Payload<SolvedCaseRow>> => {
        // Core names the grid by its code; the input by its global ID.
        const fail = failedAt({ gridCode: 'gridId' });
        const gridCode = lookupIdOf(input.gridId, 'Grid');
        const refused = await refusalInGrid(tx, context, gridCode);
        if (refused) return fail(refused);
        const cameraPointIds = input.cameraPointIds.map((id) => lookupIdOf(id, 'CameraPoint'));
        // Cameras outside the caller's region are unknown to the rule, so ids cannot be probed.
        const cameras = await tx.cameraPoint.findMany({
          where: {
            AND: [{ id: { in: cameraPointIds } }, readableWhere(context, 'CAMERA', { code: 'gridCode' })],
          },
        });
        const solved = createSolvedCase(
          {
            id: `CASE-${randomUUID()}`,
            title: input.title,
            solvedOn: calendarDate(input.solvedOn),
            gridCode,
            cameraPointIds,
          },
          cameras.map(cameraPointMapper.toDomain),
        );
        if (!solved.ok) return fail(solved.error);
        const row = await tx.solvedCase.create({ data: solvedCaseMapper.toColumns(solved.value) });
        await tx.solvedCaseCamera.createMany({ data: solvedCaseMapper.cameraColumns(solved.value) });
        return succeeded(row);
      }),
  }),
}));
