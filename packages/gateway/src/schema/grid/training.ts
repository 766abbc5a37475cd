// 培训: the training sessions of grid staff and who attended them, counted in person-times (人次).
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { trainingSessionMapper } from '../../mappers/grid.js';
import { connectionOf } from '../shared/connection.js';
import { nodeScope } from '../shared/node-scope.js';
import { readableWhere } from '../shared/scope.js';
import { GridRoleEnum, TrainingTopicEnum } from './enums.js';

nodeScope('TrainingSession', 'trainingSession', (context: Context) =>
  readableWhere(context, 'RECRUITMENT', { code: 'regionCode' }),
);

export const TrainingSessionRef = builder.prismaNode('TrainingSession', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A training session (培训) for some roles on some topics; attendance counts in person-times (人次).',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'The title.' }),
    date: t.expose('date', { type: 'Date', description: 'The day it was held.' }),
    region: t.prismaField({
      type: 'Region',
      description: 'The region that ran it.',
      resolve: (query, session, _args, context) =>
        context.db.region.findUniqueOrThrow({ ...query, where: { code: session.regionCode } }),
    }),
    topics: t.field({
      type: [TrainingTopicEnum],
      description: 'The topics taught.',
      resolve: (session) => [...trainingSessionMapper.toOutline(session).topics],
    }),
    targetRoles: t.field({
      type: [GridRoleEnum],
      description: 'The roles the session is for.',
      resolve: (session) => [...trainingSessionMapper.toOutline(session).targetRoles],
    }),
    personTimes: t.relationCount('participations', { description: 'Attendance in person-times.' }),
    participants: t.relatedConnection(
      'participations',
      {
        description: 'Who attended; null for an anonymous caller.',
        nullable: true,
        cursor: 'sessionId_personId',
        totalCount: true,
        authScopes: { authenticated: true },
        unauthorizedResolver: () => null,
        query: { orderBy: { personId: 'asc' } },
      },
      connectionOf(TrainingParticipationRef, 'TrainingParticipation'),
    ),
  }),
});

const TrainingParticipationRef = builder.prismaObject('TrainingParticipation', {
  description: 'One person at one training session: one person-time.',
  fields: (t) => ({
    person: t.relation('person', { description: 'Who attended.' }),
    session: t.relation('session', { description: 'The session.' }),
  }),
});
