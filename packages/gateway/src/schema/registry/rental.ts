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
  type RegistryParty,
  type Rental,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Db } from '../../db/client.js';
import type { Rental as RentalRow } from '../../generated/sqlite/client.js';
import { housingMapper, rentalMapper } from '../../mappers/registry.js';
import { PersonRef } from '../person/person.js';
import { calendarDate } from '../shared/dates.js';
import { lookupIdOf } from '../shared/ids.js';
import { nodeScope } from '../shared/node-scope.js';
import { grantsReach, readableWhere } from '../shared/scope.js';
import { inSerializableTransaction } from '../shared/transaction.js';
import { failed, type Payload, payloadType, succeeded, userErrorType } from '../shared/user-errors.js';
import { HousingOwnerKindEnum } from './enums.js';

nodeScope('Rental', 'rental', (context: Context) => ({
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
  }),
});

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
          housingMapper.toDomain(housing),
          housing.rentals.map(rentalMapper.toDomain),
        );
        if (!rental.ok) return failed(rental.error);
        const missing = await missingParties(tx, rental.value);
        if (missing) return failed(missing);
        const row = await tx.rental.create({
          data: rentalMapper.toColumns(rental.value),
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
