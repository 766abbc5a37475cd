// Party members (党员) and those on the way to membership: the dated steps, and the status derived
// from them for a day by core's status rules. Names are personal data: masked unless the caller's
// role and region allow them, and every unmasked read audited.
import { MEMBER_STATUS_LABELS, mayRead, memberStatusOn } from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { partyMemberMapper } from '../../mappers/party.js';
import { connectionOf } from '../shared/connection.js';
import { calendarDate, todayOf } from '../shared/dates.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { nodeScope } from '../shared/node-scope.js';
import { personalValue } from '../shared/personal.js';
import { readableWhere } from '../shared/scope.js';
import { PartyMemberStatusEnum } from './enums.js';

const onArg = builder.args((t) => ({
  on: t.field({ type: 'Date', required: false, description: 'The day the status is for; today by default.' }),
}));

nodeScope('PartyMember', 'partyMember', (context: Context) =>
  readableWhere(context, 'PARTY_MEMBER', { code: 'regionCode', personId: 'personId' }),
);

export const PartyMemberRef = builder.prismaNode('PartyMember', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A party member, or someone on the way to membership, of a branch: the dated steps of membership ' +
    'development and the status they give on any day. For party organisers, county and township officers ' +
    'of the region, and the member.',
  authScopes: (m, context) =>
    mayRead(context.actor, 'PARTY_MEMBER', { regionCode: m.regionCode, personId: m.personId }),
  fields: (t) => ({
    name: t.string({
      nullable: true,
      description: 'The name, masked unless the caller may see it (an unmasked read is audited).',
      resolve: (m, _args, context) =>
        personalValue(context, { type: 'PartyMember', id: m.id, regionCode: m.regionCode }, 'NAME', m.name),
    }),
    status: t.field({
      type: PartyMemberStatusEnum,
      nullable: true,
      description: 'The stage on the day asked for (today by default); null before the application.',
      args: onArg,
      resolve: (m, args, context) =>
        memberStatusOn(partyMemberMapper.toDomain(m), args.on ? calendarDate(args.on) : todayOf(context)),
    }),
    statusLabel: t.string({
      nullable: true,
      description: 'The stage in the requested language.',
      args: { ...onArg, ...labelArgs },
      resolve: (m, args, context) => {
        const status = memberStatusOn(
          partyMemberMapper.toDomain(m),
          args.on ? calendarDate(args.on) : todayOf(context),
        );
        return status === null ? null : labelOf(MEMBER_STATUS_LABELS, status, args, context);
      },
    }),
    appliedOn: t.field({
      type: 'Date',
      description: 'Applied to join (递交入党申请书).',
      resolve: (m) => m.appliedOn,
    }),
    activistOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'Became an activist.',
      resolve: (m) => m.activistOn,
    }),
    targetOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'Became a development target.',
      resolve: (m) => m.targetOn,
    }),
    admittedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'Admitted as a probationary member.',
      resolve: (m) => m.admittedOn,
    }),
    probationExtensionMonths: t.exposeInt('probationExtensionMonths', {
      description: 'Months the probation was extended by; 0 when it was not.',
    }),
    confirmedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'Confirmed as a full member.',
      resolve: (m) => m.confirmedOn,
    }),
    leftOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'Left the organisation.',
      resolve: (m) => m.leftOn,
    }),
    branch: t.relation('organisation', { description: 'The branch the member belongs to.' }),
    group: t.relation('group', { nullable: true, description: 'The party group inside the branch, if any.' }),
  }),
});

export const PartyMemberConnection = connectionOf(PartyMemberRef, 'PartyMember');
