// 一标三实: standard addresses, housing, residents (实有人口) and organisations (实有单位), with the
// rentals of let houses. Every list is cut to the caller's region in SQL; a resident's personal
// fields live on Person, which masks them as the caller's roles allow and audits every unmasked read.
import { randomUUID } from 'node:crypto';
import {
  atField,
  authoriseRegistryChange,
  CITIZEN_ID_ERRORS,
  checkHousehold,
  createRental,
  createResident,
  type DomainError,
  HOUSING_OWNER_KIND_LABELS,
  HOUSING_TYPE_LABELS,
  HOUSING_USE_LABELS,
  type Housing,
  type HousingOwner,
  type HousingOwnerKind,
  type HousingType,
  type HousingUse,
  ORGANISATION_TYPE_LABELS,
  type OrganisationType,
  type PersonalField,
  REGISTRY_ACCESS_ERRORS,
  RELATION_TO_HEAD_LABELS,
  RENTAL_ERRORS,
  RESIDENCE_STATUS_LABELS,
  RESIDENT_ERRORS,
  type RegistryParty,
  type RelationToHead,
  type Rental,
  type ResidenceStatus,
  type Resident,
  streetAddressOf,
} from '@grassroots/core';
import { z } from 'zod';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import type { Db, Prisma } from '../db/client.js';
import type {
  Housing as HousingRow,
  Person as PersonRow,
  Rental as RentalRow,
  Resident as ResidentRow,
  StandardAddress as StandardAddressRow,
} from '../generated/sqlite/client.js';
import { PersonRef } from './person/person.js';
import { regionCodeArg } from './region/region.js';
import { calendarDate, todayOf } from './shared/dates.js';
import { type GlobalId, lookupIdOf } from './shared/ids.js';
import { labelArgs, labelledEnum, labelOf } from './shared/labels.js';
import { citizenIdArg, citizenIdLast4Arg, fullCitizenIdScope, personalValue } from './shared/personal.js';
import { callerScope, grantsReach, within } from './shared/scope.js';
import { inSerializableTransaction } from './shared/transaction.js';
import { failed, type Payload, payloadType, succeeded, userErrorType } from './shared/user-errors.js';

// ---- enums --------------------------------------------------------------------------------------

export const HousingTypeEnum = labelledEnum(
  'HousingType',
  'The kind of building (房屋类型).',
  HOUSING_TYPE_LABELS,
);
export const HousingUseEnum = labelledEnum(
  'HousingUse',
  'What a house is used for (房屋用途).',
  HOUSING_USE_LABELS,
);
export const HousingOwnerKindEnum = labelledEnum(
  'HousingOwnerKind',
  'Who owns a house, or who is the landlord of a rental: a person, an organisation, the collective or the state.',
  HOUSING_OWNER_KIND_LABELS,
);
export const OrganisationTypeEnum = labelledEnum(
  'OrganisationType',
  'The kind of an organisation (单位类型), read from its unified social credit code (GB 32100).',
  ORGANISATION_TYPE_LABELS,
);
export const RelationToHeadEnum = labelledEnum(
  'RelationToHead',
  'How a resident is related to the head of the household (与户主关系, after GB/T 4761).',
  RELATION_TO_HEAD_LABELS,
);
export const ResidenceStatusEnum = labelledEnum(
  'ResidenceStatus',
  'Where a resident stands between household registration and actual residence (居住状态).',
  RESIDENCE_STATUS_LABELS,
);

// ---- conversions into core's values -----------------------------------------------------------

function addressOf(row: StandardAddressRow) {
  return {
    regionCode: row.regionCode,
    place: row.place,
    number: row.number,
    building: row.building,
    unit: row.unit,
    room: row.room,
  };
}

function partyOf(kind: string, personId: string | null, organisationId: string | null): RegistryParty {
  return kind === 'ORGANISATION'
    ? { kind: 'ORGANISATION', organisationId: organisationId ?? '' }
    : { kind: 'PERSON', personId: personId ?? '' };
}

function ownerOf(row: HousingRow): HousingOwner {
  if (row.ownerKind === 'COLLECTIVE' || row.ownerKind === 'STATE') return { kind: row.ownerKind };
  return partyOf(row.ownerKind, row.ownerPersonId, row.ownerOrganisationId);
}

function toHousing(row: HousingRow & { address: StandardAddressRow }): Housing {
  return {
    id: row.id,
    address: addressOf(row.address),
    type: row.type as HousingType,
    owner: ownerOf(row),
    use: row.use as HousingUse,
    rental: row.rental,
    gridCode: row.gridCode,
  };
}

function toRental(row: RentalRow & { tenants: { personId: string }[] }): Rental {
  return {
    id: row.id,
    housingId: row.housingId,
    landlord: partyOf(row.landlordKind, row.landlordPersonId, row.landlordOrganisationId),
    tenantIds: row.tenants.map((tenant) => tenant.personId),
    startDate: calendarDate(row.startDate),
    endDate: calendarDate(row.endDate),
  };
}

function toResident(row: ResidentRow & { person: { citizenId: string; nameZh: string } }): Resident {
  return {
    id: row.id,
    citizenId: row.person.citizenId as Resident['citizenId'],
    name: row.person.nameZh,
    householdId: row.householdId,
    relationToHead: row.relationToHead as RelationToHead,
    residenceStatus: row.residenceStatus as ResidenceStatus,
    housingId: row.housingId,
    gridCode: row.gridCode,
  };
}

// ---- types -------------------------------------------------------------------------------------

export const StandardAddressRef = builder.prismaNode('StandardAddress', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A standard address (标准地址, the "一标" of "一标三实"): a village or community, a road or settlement, ' +
    'and as much of number, building, unit and room as the place has. Visible inside the caller’s region.',
  authScopes: (address, context) => grantsReach(context.actor, address.gridCode),
  fields: (t) => ({
    text: t.exposeString('text', {
      description: 'The canonical text, unique: the village code, a space, then the place and its parts.',
    }),
    streetAddress: t.string({
      description: 'The address without its village code (北街12号3栋2单元301室), for display.',
      resolve: (address) => streetAddressOf(addressOf(address)),
    }),
    place: t.exposeString('place', {
      description: 'The road, street, lane or settlement (街路巷、小区、牧业点).',
    }),
    number: t.exposeString('number', { nullable: true, description: 'The house number (门牌号), if any.' }),
    building: t.exposeString('building', { nullable: true, description: 'The building (楼栋), if any.' }),
    unit: t.exposeString('unit', { nullable: true, description: 'The unit (单元) of the building, if any.' }),
    room: t.exposeString('room', { nullable: true, description: 'The room (室), if any.' }),
    region: t.prismaField({
      type: 'Region',
      description: 'The village or community the address lies in.',
      resolve: (query, address, _args, context) =>
        context.db.region.findUniqueOrThrow({ ...query, where: { code: address.regionCode } }),
    }),
    grid: t.prismaField({
      type: 'Grid',
      description: 'The grid the address lies in.',
      resolve: (query, address, _args, context) =>
        context.db.grid.findUniqueOrThrow({ ...query, where: { code: address.gridCode } }),
    }),
    housing: t.relation('housing', {
      description: 'The houses at this address.',
      query: { orderBy: { id: 'asc' } },
    }),
  }),
});

builder.prismaNode('Housing', {
  id: { field: 'id' },
  nullable: true,
  description: 'A house (实有房屋) at a standard address. Visible inside the caller’s region.',
  authScopes: (housing, context) => grantsReach(context.actor, housing.gridCode),
  fields: (t) => ({
    address: t.relation('address', { description: 'The standard address of the house.' }),
    type: t.field({
      type: HousingTypeEnum,
      description: 'The kind of building.',
      resolve: (h) => h.type as HousingType,
    }),
    typeLabel: t.string({
      description: 'The kind of building as a label in the requested language.',
      args: labelArgs,
      resolve: (h, args, context) => labelOf(HOUSING_TYPE_LABELS, h.type as HousingType, args, context),
    }),
    use: t.field({
      type: HousingUseEnum,
      description: 'What the house is used for.',
      resolve: (h) => h.use as HousingUse,
    }),
    useLabel: t.string({
      description: 'The use as a label in the requested language.',
      args: labelArgs,
      resolve: (h, args, context) => labelOf(HOUSING_USE_LABELS, h.use as HousingUse, args, context),
    }),
    ownerKind: t.field({
      type: HousingOwnerKindEnum,
      description: 'Who owns the house: a person, an organisation, the village collective or the state.',
      resolve: (h) => h.ownerKind as HousingOwnerKind,
    }),
    ownerPerson: t.prismaField({
      type: 'Person',
      nullable: true,
      description: 'The owner when a person owns the house.',
      resolve: (query, h, _args, context) =>
        h.ownerPersonId === null
          ? null
          : context.db.person.findUnique({ ...query, where: { id: h.ownerPersonId } }),
    }),
    ownerOrganisation: t.prismaField({
      type: 'Organisation',
      nullable: true,
      description: 'The owner when an organisation owns the house.',
      resolve: (query, h, _args, context) =>
        h.ownerOrganisationId === null
          ? null
          : context.db.organisation.findUnique({ ...query, where: { id: h.ownerOrganisationId } }),
    }),
    rental: t.exposeBoolean('rental', { description: 'Whether the house is let (出租房屋).' }),
    grid: t.prismaField({
      type: 'Grid',
      description: 'The grid the house lies in.',
      resolve: (query, h, _args, context) =>
        context.db.grid.findUniqueOrThrow({ ...query, where: { code: h.gridCode } }),
    }),
    household: t.prismaField({
      type: 'Household',
      nullable: true,
      description: 'The household living in the house, if known.',
      resolve: (query, h, _args, context) =>
        h.householdId === null
          ? null
          : context.db.household.findUnique({ ...query, where: { id: h.householdId } }),
    }),
    residents: t.relation('residents', {
      description: 'The residents recorded as living in the house.',
      query: { orderBy: { id: 'asc' } },
    }),
    rentals: t.relation('rentals', {
      description: 'The rentals of the house, latest first.',
      query: { orderBy: [{ startDate: 'desc' }, { id: 'asc' }] },
    }),
  }),
});

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

const ResidentRef = builder.prismaNode('Resident', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A resident (实有人口): a person living, or registered, in a household of a grid. The record is held by ' +
    'the grid: its personal fields are masked as the caller’s roles in that grid allow, and every unmasked ' +
    'read is audited. Visible inside the caller’s region.',
  include: { person: true },
  authScopes: (resident, context) => grantsReach(context.actor, resident.gridCode),
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
        'The person, when their home region lies inside the caller’s region; null otherwise (floating ' +
        'residents are registered elsewhere), and the resident’s own fields above still show what is allowed.',
      resolve: (resident, _args, context) =>
        grantsReach(context.actor, resident.person.homeRegionCode) ? resident.person : null,
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
      resolve: (resident) => resident.relationToHead as RelationToHead,
    }),
    relationToHeadLabel: t.string({
      description: 'The relation to the head as a label in the requested language.',
      args: labelArgs,
      resolve: (resident, args, context) =>
        labelOf(RELATION_TO_HEAD_LABELS, resident.relationToHead as RelationToHead, args, context),
    }),
    residenceStatus: t.field({
      type: ResidenceStatusEnum,
      description: 'Registered resident, floating population or away.',
      resolve: (resident) => resident.residenceStatus as ResidenceStatus,
    }),
    residenceStatusLabel: t.string({
      description: 'The residence status as a label in the requested language.',
      args: labelArgs,
      resolve: (resident, args, context) =>
        labelOf(RESIDENCE_STATUS_LABELS, resident.residenceStatus as ResidenceStatus, args, context),
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

builder.prismaNode('Organisation', {
  id: { field: 'id' },
  nullable: true,
  description:
    'An organisation (实有单位) with its unified social credit code and address. Visible inside the ' +
    'caller’s region.',
  authScopes: (organisation, context) => grantsReach(context.actor, organisation.gridCode),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The registered name.' }),
    creditCode: t.exposeString('creditCode', {
      description: 'The unified social credit code (统一社会信用代码, GB 32100), 18 characters.',
    }),
    type: t.field({
      type: OrganisationTypeEnum,
      description: 'The kind of organisation its credit code names.',
      resolve: (organisation) => organisation.type as OrganisationType,
    }),
    typeLabel: t.string({
      description: 'The kind as a label in the requested language.',
      args: labelArgs,
      resolve: (organisation, args, context) =>
        labelOf(ORGANISATION_TYPE_LABELS, organisation.type as OrganisationType, args, context),
    }),
    address: t.prismaField({
      type: 'StandardAddress',
      description: 'The standard address of the organisation.',
      resolve: (query, organisation, _args, context) =>
        context.db.standardAddress.findUniqueOrThrow({ ...query, where: { id: organisation.addressId } }),
    }),
    grid: t.prismaField({
      type: 'Grid',
      description: 'The grid the organisation lies in.',
      resolve: (query, organisation, _args, context) =>
        context.db.grid.findUniqueOrThrow({ ...query, where: { code: organisation.gridCode } }),
    }),
  }),
});

const RentalRef = builder.prismaNode('Rental', {
  id: { field: 'id' },
  nullable: true,
  description: 'A rental (房屋租赁) of a let house: landlord, tenants and dates, both end days included.',
  include: { housing: { select: { gridCode: true } } },
  authScopes: (rental, context) => grantsReach(context.actor, rental.housing.gridCode),
  fields: (t) => ({
    housing: t.relation('housing', { description: 'The house let.' }),
    landlordKind: t.field({
      type: HousingOwnerKindEnum,
      description: 'Whether the landlord is a person or an organisation.',
      resolve: (rental) => rental.landlordKind as HousingOwnerKind,
    }),
    landlordPerson: t.prismaField({
      type: 'Person',
      nullable: true,
      description: 'The landlord when a person lets the house.',
      resolve: (query, rental, _args, context) =>
        rental.landlordPersonId === null
          ? null
          : context.db.person.findUnique({ ...query, where: { id: rental.landlordPersonId } }),
    }),
    landlordOrganisation: t.prismaField({
      type: 'Organisation',
      nullable: true,
      description: 'The landlord when an organisation lets the house (public rental housing, for example).',
      resolve: (query, rental, _args, context) =>
        rental.landlordOrganisationId === null
          ? null
          : context.db.organisation.findUnique({ ...query, where: { id: rental.landlordOrganisationId } }),
    }),
    tenants: t.field({
      type: [PersonRef],
      description: 'The persons renting, with personal fields masked as allowed.',
      select: { tenants: { select: { personId: true }, orderBy: { personId: 'asc' } } },
      // One findUnique per tenant: Prisma batches those of one tick into one statement.
      resolve: (rental, _args, context) =>
        Promise.all(
          rental.tenants.map((tenant) =>
            context.db.person.findUniqueOrThrow({ where: { id: tenant.personId } }),
          ),
        ),
    }),
    startDate: t.field({
      type: 'Date',
      description: 'The first day of the rental.',
      resolve: (r) => r.startDate,
    }),
    endDate: t.field({ type: 'Date', description: 'The last day of the rental.', resolve: (r) => r.endDate }),
  }),
});

// ---- queries -----------------------------------------------------------------------------------

const AddressFilter = builder.inputType('StandardAddressFilter', {
  description: "Conditions a standard address must meet; all apply, always inside the caller's region.",
  fields: (t) => ({
    textStartsWith: t.string({
      required: false,
      validate: z.string().min(1).max(100),
      description:
        'The canonical text starts with this (for example "542526100001 玉多路"); served by the unique index on the text.',
    }),
    within: t.string({ required: false, validate: regionCodeArg, description: 'Inside this region.' }),
    gridCode: t.string({ required: false, validate: regionCodeArg, description: 'In this grid.' }),
  }),
});

/**
 * A prefix as a range on the unique text index: under binary (C) collation, exactly the texts that
 * start with `prefix` lie in [prefix, prefix + U+10FFFF). `startsWith` (LIKE) is kept beside it so
 * no other text can slip in under another collation.
 */
function textPrefix(prefix: string): Prisma.StringFilter<'StandardAddress'> {
  return { gte: prefix, lt: `${prefix}\u{10FFFF}`, startsWith: prefix };
}

function addressWhere(
  context: Context,
  filter:
    | { textStartsWith?: string | null; within?: string | null; gridCode?: string | null }
    | null
    | undefined,
): Prisma.StandardAddressWhereInput {
  const and: Prisma.StandardAddressWhereInput[] = [callerScope(context, 'gridCode')];
  if (filter?.within) and.push(within('gridCode', filter.within));
  if (filter?.gridCode) and.push({ gridCode: filter.gridCode });
  if (filter?.textStartsWith) and.push({ text: textPrefix(filter.textStartsWith) });
  return { AND: and };
}

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
  const and: Prisma.ResidentWhereInput[] = [callerScope(context, 'gridCode')];
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

const OrganisationFilter = builder.inputType('OrganisationFilter', {
  description: "Conditions an organisation must meet; all apply, always inside the caller's region.",
  fields: (t) => ({
    within: t.string({
      required: false,
      validate: regionCodeArg,
      description: 'In a grid inside this region.',
    }),
    type: t.field({ type: OrganisationTypeEnum, required: false, description: 'Only this kind.' }),
    creditCode: t.string({
      required: false,
      validate: z.string().length(18, '须为18位统一社会信用代码 / An 18-character credit code'),
      description: 'The unified social credit code.',
    }),
  }),
});

function organisationWhere(
  context: Context,
  filter:
    | { within?: string | null; type?: OrganisationType | null; creditCode?: string | null }
    | null
    | undefined,
): Prisma.OrganisationWhereInput {
  const and: Prisma.OrganisationWhereInput[] = [callerScope(context, 'gridCode')];
  if (filter?.within) and.push(within('gridCode', filter.within));
  if (filter?.type) and.push({ type: filter.type });
  if (filter?.creditCode) and.push({ creditCode: filter.creditCode.toUpperCase() });
  return { AND: and };
}

builder.queryFields((t) => ({
  addresses: t.prismaConnection({
    type: 'StandardAddress',
    cursor: 'id',
    description: "Standard addresses in the caller's region, in the order of their canonical text.",
    authScopes: { authenticated: true },
    args: { filter: t.arg({ type: AddressFilter, required: false, description: 'Conditions.' }) },
    totalCount: (_root, args, context) =>
      context.db.standardAddress.count({ where: addressWhere(context, args.filter) }),
    resolve: (query, _root, args, context) =>
      context.db.standardAddress.findMany({
        ...query,
        where: addressWhere(context, args.filter),
        orderBy: [{ text: 'asc' }],
      }),
  }),
  residents: t.prismaConnection({
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
  }),
  organisations: t.prismaConnection({
    type: 'Organisation',
    cursor: 'id',
    description: "Organisations in the caller's region, by id.",
    authScopes: { authenticated: true },
    args: { filter: t.arg({ type: OrganisationFilter, required: false, description: 'Conditions.' }) },
    totalCount: (_root, args, context) =>
      context.db.organisation.count({ where: organisationWhere(context, args.filter) }),
    resolve: (query, _root, args, context) =>
      context.db.organisation.findMany({
        ...query,
        where: organisationWhere(context, args.filter),
        orderBy: [{ id: 'asc' }],
      }),
  }),
}));

// ---- mutations ---------------------------------------------------------------------------------

const ResidentRegisterUserError = userErrorType(
  'ResidentRegisterUserError',
  'Why a resident was not registered.',
  [
    ...Object.values(RESIDENT_ERRORS),
    ...Object.values(CITIZEN_ID_ERRORS),
    ...Object.values(REGISTRY_ACCESS_ERRORS),
  ],
);

const RentalCreateUserError = userErrorType('RentalCreateUserError', 'Why a rental was not registered.', [
  ...Object.values(RENTAL_ERRORS),
  ...Object.values(REGISTRY_ACCESS_ERRORS),
]);

type StoredResident = ResidentRow & { person: PersonRow };
type StoredRental = RentalRow & { housing: { gridCode: string } };

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

const RentalCreatePayload = payloadType(
  'RentalCreatePayload',
  'The result of registering a rental.',
  {
    field: 'rental',
    type: RentalRef,
    description: 'The rental as stored; null when the registration was refused.',
  },
  { type: RentalCreateUserError, description: 'Why the registration was refused; empty on success.' },
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

const RentalPartyInput = builder.inputType('RentalPartyInput', {
  description: 'A person or an organisation; give exactly one.',
  isOneOf: true,
  fields: (t) => ({
    personId: t.globalID({ required: false, description: 'A person.' }),
    organisationId: t.globalID({ required: false, description: 'An organisation.' }),
  }),
});

const RentalCreateInput = builder.inputType('RentalCreateInput', {
  description: 'A rental of a let house (出租房屋登记).',
  fields: (t) => ({
    housingId: t.globalID({ required: true, description: 'The house, which must be registered as let.' }),
    landlord: t.field({ type: RentalPartyInput, required: true, description: 'The landlord.' }),
    tenantIds: t.globalIDList({ required: true, description: 'The persons renting, at least one.' }),
    startDate: t.field({ type: 'Date', required: true, description: 'The first day.' }),
    endDate: t.field({ type: 'Date', required: true, description: 'The last day.' }),
  }),
});

/** A checkHousehold failure, pointed at the input that caused it. */
const HOUSEHOLD_ERROR_FIELD: Readonly<Record<string, readonly string[]>> = {
  [RESIDENT_ERRORS.CITIZEN_ID_DUPLICATE.code]: ['personId'],
  [RESIDENT_ERRORS.HOUSEHOLD_HEAD_DUPLICATE.code]: ['relationToHead'],
  [RESIDENT_ERRORS.HOUSEHOLD_HEAD_MISSING.code]: ['relationToHead'],
  [RESIDENT_ERRORS.OTHER_HOUSEHOLD.code]: ['householdId'],
};

builder.mutationFields((t) => ({
  residentRegister: t.field({
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
          include: { person: { select: { citizenId: true, nameZh: true } } },
        });
        const checked = checkHousehold([...members.map(toResident), resident.value]);
        if (!checked.ok) {
          return failed({ ...checked.error, field: HOUSEHOLD_ERROR_FIELD[checked.error.code] ?? [] });
        }
        const row = await tx.resident.create({
          data: {
            id: resident.value.id,
            personId: person.id,
            householdId: resident.value.householdId,
            relationToHead: resident.value.relationToHead,
            residenceStatus: resident.value.residenceStatus,
            housingId: resident.value.housingId,
            gridCode: resident.value.gridCode,
          },
          include: { person: true },
        });
        return succeeded(row);
      }),
  }),
  rentalCreate: t.field({
    type: RentalCreatePayload,
    description:
      'Registers a rental of a let house (出租房屋登记). A rental sharing a day with another rental of the ' +
      'same house is refused with RENTAL_OVERLAP (a CONFLICT).',
    args: { input: t.arg({ type: RentalCreateInput, required: true, description: 'The rental.' }) },
    resolve: (_root, { input }, context) =>
      inSerializableTransaction(context.db, async (tx): Promise<Payload<StoredRental>> => {
        const housing = await tx.housing.findUnique({
          where: { id: lookupIdOf(input.housingId, 'Housing') },
          include: { address: true, rentals: { include: { tenants: { select: { personId: true } } } } },
        });
        if (!housing || !grantsReach(context.actor, housing.gridCode)) {
          return failed(REGISTRY_ACCESS_ERRORS.HOUSING_NOT_FOUND);
        }
        const allowed = authoriseRegistryChange(context.actor, housing.gridCode);
        if (!allowed.ok) return failed(allowed.error);
        const landlord: RegistryParty = input.landlord.organisationId
          ? {
              kind: 'ORGANISATION',
              organisationId: lookupIdOf(input.landlord.organisationId, 'Organisation'),
            }
          : { kind: 'PERSON', personId: lookupIdOf(input.landlord.personId, 'Person') };
        const rental = createRental(
          {
            id: `L-${randomUUID()}`,
            housingId: housing.id,
            landlord,
            tenantIds: input.tenantIds.map((id) => lookupIdOf(id, 'Person')),
            startDate: calendarDate(input.startDate),
            endDate: calendarDate(input.endDate),
          },
          toHousing(housing),
          housing.rentals.map(toRental),
        );
        if (!rental.ok) return failed(rental.error);
        const missing = await missingParties(tx, rental.value);
        if (missing) return failed(missing);
        const row = await tx.rental.create({
          data: {
            id: rental.value.id,
            housingId: rental.value.housingId,
            landlordKind: rental.value.landlord.kind,
            landlordPersonId: rental.value.landlord.kind === 'PERSON' ? rental.value.landlord.personId : null,
            landlordOrganisationId:
              rental.value.landlord.kind === 'ORGANISATION' ? rental.value.landlord.organisationId : null,
            startDate: rental.value.startDate,
            endDate: rental.value.endDate,
            tenants: { create: rental.value.tenantIds.map((personId) => ({ personId })) },
          },
          include: { housing: { select: { gridCode: true } } },
        });
        return succeeded(row);
      }),
  }),
}));

/** The first party a rental names that is not registered, as a NOT_FOUND error; null when all are. */
async function missingParties(tx: Db, rental: Rental): Promise<DomainError | null> {
  const personIds = [
    ...rental.tenantIds,
    ...(rental.landlord.kind === 'PERSON' ? [rental.landlord.personId] : []),
  ];
  const found = new Set(
    (await tx.person.findMany({ where: { id: { in: personIds } }, select: { id: true } })).map((p) => p.id),
  );
  const tenant = rental.tenantIds.findIndex((id) => !found.has(id));
  if (tenant >= 0) return atField(REGISTRY_ACCESS_ERRORS.PERSON_NOT_FOUND, ['tenantIds', String(tenant)]);
  if (rental.landlord.kind === 'PERSON') {
    return found.has(rental.landlord.personId)
      ? null
      : atField(REGISTRY_ACCESS_ERRORS.PERSON_NOT_FOUND, ['landlord', 'personId']);
  }
  const organisation = await tx.organisation.findUnique({ where: { id: rental.landlord.organisationId } });
  return organisation ? null : REGISTRY_ACCESS_ERRORS.ORGANISATION_NOT_FOUND;
}
