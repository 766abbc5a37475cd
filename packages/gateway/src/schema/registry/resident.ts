// 实有人口: a resident of a household, with personal fields masked as the caller's roles allow; the
// resident list, and registering a resident (实有人口登记).
import { randomUUID } from 'node:crypto';
import {
  authoriseRegistryChange,
  CITIZEN_ID_ERRORS,
  checkHousehold,
  createResident,
  mayRead,
  type PersonalField,
  REGISTRY_ACCESS_ERRORS,
  RELATION_TO_HEAD_LABELS,
  RESIDENCE_STATUS_LABELS,
  RESIDENT_ERRORS,
  type ResidenceStatus,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Prisma } from '../../db/client.js';
import type { Person as PersonRow, Resident as ResidentRow } from '../../generated/sqlite/client.js';
import { residentMapper } from '../../mappers/registry.js';
import { PersonRef } from '../person/person.js';
import { regionCodeArg } from '../region/region.js';
import { connectionOf } from '../shared/connection.js';
import { todayOf } from '../shared/dates.js';
import { type GlobalId, lookupIdOf } from '../shared/ids.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { nodeScope } from '../shared/node-scope.js';
import { citizenIdArg, citizenIdLast4Arg, fullCitizenIdScope, personalValue } from '../shared/personal.js';
import { grantsReach, readableWhere, within } from '../shared/scope.js';
import { inSerializableTransaction } from '../shared/transaction.js';
import { failed, type Payload, payloadType, succeeded, userErrorType } from '../shared/user-errors.js';
import { RelationToHeadEnum, ResidenceStatusEnum } from './enums.js';

/** A resident's personal field as the caller may see it: the record is held by the resident's grid. */
function residentValue(
  context: Context,
  resident: { personId: string; gridCode: string },
  field: PersonalField,
  value: string | null,
): Promise<string | null> {
  return personalValue(
    context,
    { type: 'Person', id: resident.personId, regionCode: resident.gridCode },
    field,
    value,
  );
}

export const residentReadable = nodeScope('Resident', 'resident', (context: Context) =>
  readableWhere(context, 'REGISTRY', { code: 'gridCode' }),
);

const ResidentRef = builder.prismaNode('Resident', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A resident (实有人口): a person living, or registered, in a household of a grid. The record is held by ' +
    'the grid: its personal fields are masked as the caller’s roles in that grid allow, and every unmasked ' +
    'read is audited. Visible inside the caller’s region.',
  include: { person: true },
  authScopes: (resident, context) => mayRead(context.actor, 'REGISTRY', { regionCode: resident.gridCode }),
  fields: (t) => ({
    name: t.string({
      description: 'The name in Chinese characters, masked as allowed (扎***).',
      resolve: async (resident, _args, context) =>
        (await residentValue(context, resident, 'NAME', resident.person.nameZh)) ?? '',
    }),
    citizenId: t.string({
      description: 'Citizen ID number, masked as allowed: 5****************3 or 542526********1233.',
      resolve: async (resident, _args, context) =>
        (await residentValue(context, resident, 'CITIZEN_ID', resident.person.citizenId)) ?? '',
    }),
    birthDate: t.string({
      description: 'YYYY-MM-DD, read from the citizen ID; masked as allowed (1990-**-**).',
      resolve: async (resident, _args, context) =>
        (await residentValue(context, resident, 'BIRTH_DATE', resident.person.birthDate)) ?? '',
    }),
    phone: t.string({
      nullable: true,
      description: 'Mobile number, masked as allowed (138****5678); null when none is recorded.',
      resolve: (resident, _args, context) => residentValue(context, resident, 'PHONE', resident.person.phone),
    }),
    person: t.field({
      type: PersonRef,
      nullable: true,
      description:
        'The person, when the caller may read them (their home region inside the caller’s region, or, for ' +
        'grid staff, living in the grid); null otherwise (floating residents are registered elsewhere), and the ' +
        'resident’s own fields above still show what is allowed.',
      resolve: (resident, _args, context) =>
        mayRead(context.actor, 'PERSON', {
          regionCode: resident.person.homeRegionCode,
          gridCodes: [resident.gridCode],
          personId: resident.personId,
        })
          ? resident.person
          : null,
    }),
    household: t.prismaField({
      type: 'Household',
      description: 'The household the resident belongs to.',
      resolve: (query, resident, _args, context) =>
        context.db.household.findUniqueOrThrow({ ...query, where: { id: resident.householdId } }),
    }),
    relationToHead: t.field({
      type: RelationToHeadEnum,
      description: 'The relation to the head of the household.',
      resolve: (resident) => residentMapper.relationToHead(resident),
    }),
    relationToHeadLabel: t.string({
      description: 'The relation to the head as a label in the requested language.',
      args: labelArgs,
      resolve: (resident, args, context) =>
        labelOf(RELATION_TO_HEAD_LABELS, residentMapper.relationToHead(resident), args, context),
    }),
    residenceStatus: t.field({
      type: ResidenceStatusEnum,
      description: 'Registered resident, floating population or away.',
      resolve: (resident) => residentMapper.residenceStatus(resident),
    }),
    residenceStatusLabel: t.string({
      description: 'The residence status as a label in the requested language.',
      args: labelArgs,
      resolve: (resident, args, context) =>
        labelOf(RESIDENCE_STATUS_LABELS, residentMapper.residenceStatus(resident), args, context),
    }),
    housing: t.relation('housing', {
      nullable: true,
      description: 'The house the resident lives in, if known.',
    }),
    grid: t.prismaField({
      type: 'Grid',
      description: 'The grid that keeps the resident’s record.',
      resolve: (query, resident, _args, context) =>
        context.db.grid.findUniqueOrThrow({ ...query, where: { code: resident.gridCode } }),
    }),
  }),
});

const ResidentFilter = builder.inputType('ResidentFilter', {
  description: "Conditions a resident must meet; all apply, always inside the caller's region.",
  fields: (t) => ({
    within: t.string({
      required: false,
      validate: regionCodeArg,
      description: 'Kept by a grid inside this region.',
    }),
    gridCode: t.string({ required: false, validate: regionCodeArg, description: 'Kept by this grid.' }),
    householdId: t.globalID({ required: false, description: 'Members of this household.' }),
    residenceStatus: t.field({
      type: ResidenceStatusEnum,
      required: false,
      description: 'Only this status.',
    }),
    citizenIdLast4: t.string({
      required: false,
      validate: citizenIdLast4Arg,
      description: 'The last four characters of the citizen ID (search by a masked number).',
    }),
    citizenId: t.string({
      required: false,
      validate: citizenIdArg,
      description: 'The full citizen ID; only searched where the caller may see full ID numbers.',
    }),
  }),
});

type ResidentFilterInput =
  | {
      within?: string | null;
      gridCode?: string | null;
      householdId?: GlobalId | null;
      residenceStatus?: ResidenceStatus | null;
      citizenIdLast4?: string | null;
      citizenId?: string | null;
    }
  | null
  | undefined;

/** The SQL condition of a resident list: the caller's region, then the filter. */
function residentWhere(context: Context, filter: ResidentFilterInput): Prisma.ResidentWhereInput {
  const and: Prisma.ResidentWhereInput[] = [residentReadable(context)];
  if (filter?.within) and.push(within('gridCode', filter.within));
  if (filter?.gridCode) and.push({ gridCode: filter.gridCode });
  if (filter?.householdId) and.push({ householdId: lookupIdOf(filter.householdId, 'Household') });
  if (filter?.residenceStatus) and.push({ residenceStatus: filter.residenceStatus });
  if (filter?.citizenIdLast4) and.push({ person: { citizenIdLast4: filter.citizenIdLast4 } });
  if (filter?.citizenId) {
    // Searching by a full number reveals it: only in the regions where the caller may see it (as
    // for people).
    and.push({ person: { citizenId: filter.citizenId } }, fullCitizenIdScope(context, 'gridCode'));
  }
  return { AND: and };
}

builder.queryField('residents', (t) =>
  t.prismaConnection(
    {
      type: 'Resident',
      cursor: 'id',
      description:
        "Residents in the caller's region, by household. Personal fields are on `person`, masked as allowed.",
      authScopes: { authenticated: true },
      args: { filter: t.arg({ type: ResidentFilter, required: false, description: 'Conditions.' }) },
      totalCount: (_root, args, context) =>
        context.db.resident.count({ where: residentWhere(context, args.filter) }),
      resolve: (query, _root, args, context) =>
        context.db.resident.findMany({
          ...query,
          where: residentWhere(context, args.filter),
          orderBy: [{ householdId: 'asc' }, { id: 'asc' }],
        }),
    },
    connectionOf(ResidentRef, 'Resident'),
  ),
);

// ---- registering a resident ---------------------------------------------------------------------

const ResidentRegisterUserError = userErrorType(
  'ResidentRegisterUserError',
  'Why a resident was not registered.',
  [
    ...Object.values(RESIDENT_ERRORS),
    ...Object.values(CITIZEN_ID_ERRORS),
    ...Object.values(REGISTRY_ACCESS_ERRORS),
  ],
);

type StoredResident = ResidentRow & { person: PersonRow };

const ResidentRegisterPayload = payloadType(
  'ResidentRegisterPayload',
  'The result of registering a resident.',
  {
    field: 'resident',
    type: ResidentRef,
    description: 'The resident as stored; null when the registration was refused.',
  },
  { type: ResidentRegisterUserError, description: 'Why the registration was refused; empty on success.' },
);

const ResidentRegisterInput = builder.inputType('ResidentRegisterInput', {
  description: 'A registered person to record as a resident of a household (实有人口登记).',
  fields: (t) => ({
    personId: t.globalID({
      required: true,
      description: 'The person (register them with personRegister first).',
    }),
    householdId: t.globalID({ required: true, description: 'The household.' }),
    relationToHead: t.field({
      type: RelationToHeadEnum,
      required: true,
      description: 'Relation to the head.',
    }),
    residenceStatus: t.field({ type: ResidenceStatusEnum, required: true, description: 'Residence status.' }),
    housingId: t.globalID({ required: false, description: 'The house the resident lives in, if known.' }),
  }),
});

/** A checkHousehold failure, pointed at the input that caused it. */
const HOUSEHOLD_ERROR_FIELD: Readonly<Record<string, readonly string[]>> = {
  [RESIDENT_ERRORS.CITIZEN_ID_DUPLICATE.code]: ['personId'],
  [RESIDENT_ERRORS.HOUSEHOLD_HEAD_DUPLICATE.code]: ['relationToHead'],
  [RESIDENT_ERRORS.HOUSEHOLD_HEAD_MISSING.code]: ['relationToHead'],
  [RESIDENT_ERRORS.OTHER_HOUSEHOLD.code]: ['householdId'],
};

builder.mutationField('residentRegister', (t) =>
  t.field({
    type: ResidentRegisterPayload,
    description:
      'Records a person as a resident of a household (实有人口登记). The household keeps exactly one head ' +
      'and no person twice: a second head is a CONFLICT, and a household’s first member must be its head.',
    args: { input: t.arg({ type: ResidentRegisterInput, required: true, description: 'The resident.' }) },
    resolve: (_root, { input }, context) =>
      inSerializableTransaction(context.db, async (tx): Promise<Payload<StoredResident>> => {
        const household = await tx.household.findUnique({
          where: { id: lookupIdOf(input.householdId, 'Household') },
        });
        if (!household || !grantsReach(context.actor, household.gridCode)) {
          return failed(REGISTRY_ACCESS_ERRORS.HOUSEHOLD_NOT_FOUND);
        }
        const allowed = authoriseRegistryChange(context.actor, household.gridCode);
        if (!allowed.ok) return failed(allowed.error);
        const person = await tx.person.findUnique({ where: { id: lookupIdOf(input.personId, 'Person') } });
        if (!person) return failed(REGISTRY_ACCESS_ERRORS.PERSON_NOT_FOUND);
        const housingId = input.housingId ? lookupIdOf(input.housingId, 'Housing') : null;
        if (housingId !== null) {
          const housing = await tx.housing.findFirst({
            where: { id: housingId, gridCode: household.gridCode },
          });
          if (!housing) return failed(REGISTRY_ACCESS_ERRORS.HOUSING_NOT_FOUND);
        }
        const resident = createResident(
          {
            id: `RES-${randomUUID()}`,
            citizenId: person.citizenId,
            name: person.nameZh,
            householdId: household.id,
            relationToHead: input.relationToHead,
            residenceStatus: input.residenceStatus,
            housingId,
            gridCode: household.gridCode,
          },
          todayOf(context),
        );
        if (!resident.ok) return failed(resident.error);
        const members = await tx.resident.findMany({
          where: { householdId: household.id },
          include: { person: true },
        });
        const checked = checkHousehold([...members.map(residentMapper.toDomain), resident.value]);
        if (!checked.ok) {
          return failed({ ...checked.error, field: HOUSEHOLD_ERROR_FIELD[checked.error.code] ?? [] });
        }
        const row = await tx.resident.create({
          data: residentMapper.toColumns({ ...resident.value, personId: person.id }),
          include: { person: true },
        });
        return succeeded(row);
      }),
  }),
);
