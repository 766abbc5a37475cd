// 房屋租赁: the rental of a let house, its landlord and tenants, and registering a rental
// (出租房屋登记).
import { randomUUID } from 'node:crypto';
import {
  atField,
  authoriseRegistryChange,
  createRental,
  type DomainError,
  mayRead,
  REGISTRY_ACCESS_ERRORS,
  RENTAL_ERRORS,
  type RegistrationCheckStatus,
  type RegistryParty,
  type Rental,
  registrationPolicyFor,
  rentalRegistrationCheck,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Db, Prisma } from '../../db/client.js';
import type { Rental as RentalRow } from '../../generated/sqlite/client.js';
import { housingMapper, rentalMapper } from '../../mappers/registry.js';
import { PersonRef } from '../person/person.js';
import { regionCodeArg } from '../region/region.js';
import { connectionOf } from '../shared/connection.js';
import { calendarDate, todayOf } from '../shared/dates.js';
import { lookupIdOf } from '../shared/ids.js';
import { nodeScope } from '../shared/node-scope.js';
import { grantsReach, readableWhere, within } from '../shared/scope.js';
import { inSerializableTransaction } from '../shared/transaction.js';
import { failed, type Payload, payloadType, succeeded, userErrorType } from '../shared/user-errors.js';
import { HousingOwnerKindEnum, RegistrationCheckStatusEnum } from './enums.js';
import { RegistrationCheckRef, rentalCheckWhere } from './registration-check.js';

const rentalReadable = nodeScope('Rental', 'rental', (context: Context) => ({
  housing: readableWhere(context, 'REGISTRY', { code: 'gridCode' }),
}));

const RentalRef = builder.prismaNode('Rental', {
  id: { field: 'id' },
  nullable: true,
  description: 'A rental (房屋租赁) of a let house: landlord, tenants and dates, both end days included.',
  include: { housing: { select: { gridCode: true } } },
  authScopes: (rental, context) =>
    mayRead(context.actor, 'REGISTRY', { regionCode: rental.housing.gridCode }),
  fields: (t) => ({
    housing: t.relation('housing', { description: 'The house let.' }),
    landlordKind: t.field({
      type: HousingOwnerKindEnum,
      description: 'Whether the landlord is a person or an organisation.',
      resolve: (rental) => rentalMapper.landlordKind(rental),
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
    reportedOn: t.field({
      type: 'Date',
      nullable: true,
      description:
        'The day the rental was reported to the registry (出租房屋登记); null while it is known but not reported.',
      resolve: (r) => r.reportedOn,
    }),
    registrationCheck: t.field({
      type: RegistrationCheckRef,
      description:
        'The 3-day check of the report, counted from the first day of the tenancy with the county’s days, as ' +
        'of today.',
      resolve: (rental, _args, context) =>
        rentalRegistrationCheck(
          rentalMapper.toDomain({ ...rental, tenants: [] }),
          registrationPolicyFor(rental.housing.gridCode),
          todayOf(context),
        ),
    }),
  }),
});

const RentalFilter = builder.inputType('RentalFilter', {
  description: "Conditions a rental must meet; all apply, always inside the caller's region.",
  fields: (t) => ({
    within: t.string({
      required: false,
      validate: regionCodeArg,
      description: 'Of a house in a grid inside this region.',
    }),
    registrationCheck: t.field({
      type: RegistrationCheckStatusEnum,
      required: false,
      description:
        'Rentals whose report stands so in the 3-day check today: LATE reported after the county’s days, ' +
        'OVERDUE not reported with the days past.',
    }),
  }),
});

builder.queryField('rentals', (t) =>
  t.prismaConnection(
    {
      type: 'Rental',
      cursor: 'id',
      description:
        "Rentals of houses in the caller's region, by the day their report was due, then id: with " +
        '`registrationCheck`, the 3-day check’s late and overdue reports (出租房屋登记).',
      authScopes: { authenticated: true },
      args: { filter: t.arg({ type: RentalFilter, required: false, description: 'Conditions.' }) },
      totalCount: (_root, args, context) =>
        context.db.rental.count({ where: rentalWhere(context, args.filter) }),
      resolve: (query, _root, args, context) =>
        context.db.rental.findMany({
          ...query,
          where: rentalWhere(context, args.filter),
          orderBy: [{ registrationDueOn: 'asc' }, { id: 'asc' }],
        }),
    },
    connectionOf(RentalRef, 'Rental'),
  ),
);

/** The SQL condition of a rental list: the caller's region, then the filter. */
function rentalWhere(
  context: Context,
  filter: { within?: string | null; registrationCheck?: RegistrationCheckStatus | null } | null | undefined,
): Prisma.RentalWhereInput {
  const and: Prisma.RentalWhereInput[] = [rentalReadable(context)];
  if (filter?.within) and.push({ housing: within('gridCode', filter.within) });
  if (filter?.registrationCheck) and.push(rentalCheckWhere(filter.registrationCheck, todayOf(context)));
  return { AND: and };
}

// ---- registering a rental -----------------------------------------------------------------------

const RentalCreateUserError = userErrorType('RentalCreateUserError', 'Why a rental was not registered.', [
  ...Object.values(RENTAL_ERRORS),
  ...Object.values(REGISTRY_ACCESS_ERRORS),
]);

type StoredRental = RentalRow & { housing: { gridCode: string } };

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

builder.mutationField('rentalCreate', (t) =>
  t.field({
    type: RentalCreatePayload,
    description:
      'Registers a rental of a let house (出租房屋登记), reported today: more than the county’s days after the ' +
      'tenancy started, it is recorded as reported late (`registrationCheck`). A rental sharing a day with ' +
      'another rental of the same house is refused with RENTAL_OVERLAP (a CONFLICT).',
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
            // Registering the rental is its report (出租房屋登记).
            reportedOn: todayOf(context),
          },
          housingMapper.toDomain(housing),
          housing.rentals.map(rentalMapper.toDomain),
        );
        if (!rental.ok) return failed(rental.error);
        const missing = await missingParties(tx, rental.value);
        if (missing) return failed(missing);
        const row = await tx.rental.create({
          data: rentalMapper.toColumns(rental.value, housing.gridCode),
          include: { housing: { select: { gridCode: true } } },
        });
        await tx.rentalTenant.createMany({ data: rentalMapper.tenantColumns(rental.value) });
        return succeeded(row);
      }),
  }),
);

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
