// 重点人员: the key-persons register. An entry is read in full only by the department its category
// names, stating the category's purpose (X-Purpose), and every such read is audited; grid staff see
// a visit task naming the person and the day, never the category (sensitive personal information,
// PIPL art. 28).
import { randomUUID } from 'node:crypto';
import {
  describeGrant,
  KEY_PERSON_CATEGORIES,
  KEY_PERSON_ERRORS,
  type KeyPersonCategory,
  keyPersonReader,
  keyPersonReadScope,
  type Labels,
  type PersonalField,
  registerKeyPerson,
  visitDueOn,
  visitTaskOf,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Prisma } from '../../db/client.js';
import type { KeyPerson as KeyPersonRow } from '../../generated/sqlite/client.js';
import { keyPersonMapper } from '../../mappers/registry.js';
import { regionCodeArg } from '../region/region.js';
import { connectionOf } from '../shared/connection.js';
import { calendarDate, todayOf } from '../shared/dates.js';
import { lookupIdOf } from '../shared/ids.js';
import { labelArgs, labelledEnum, labelOf } from '../shared/labels.js';
import { nodeScope } from '../shared/node-scope.js';
import { grantsReach, readableWhere, within } from '../shared/scope.js';
import { inSerializableTransaction } from '../shared/transaction.js';
import { failed, type Payload, payloadType, succeeded, userErrorType } from '../shared/user-errors.js';

const CATEGORY_LABELS = Object.fromEntries(
  Object.entries(KEY_PERSON_CATEGORIES).map(([category, rule]) => [category, rule.label]),
) as Record<KeyPersonCategory, Labels>;

const KeyPersonCategoryEnum = labelledEnum(
  'KeyPersonCategory',
  'Why a person is on the key-persons register (重点人员类别); sensitive personal information.',
  CATEGORY_LABELS,
);

/** The entries the caller reads in full with the purpose it stated: its departments' categories, in its regions. */
function keyPersonWhere(context: Context): Prisma.KeyPersonWhereInput {
  const scope = keyPersonReadScope(context.actor, context.purpose);
  if (scope.length === 0) return { id: { in: [] } };
  return {
    OR: scope.map(({ category, regions }) => ({
      category,
      OR: regions.map((region) => within('gridCode', region)),
    })),
  };
}

const keyPersonReadable = nodeScope('KeyPerson', 'keyPerson', keyPersonWhere);

/** An entry's value for a reader of its category, noted in the audit; null for anyone else. */
async function fullValue(
  context: Context,
  row: KeyPersonRow,
  field: PersonalField,
  value: () => Promise<string>,
): Promise<string | null> {
  const grant = keyPersonReader(context.actor, keyPersonMapper.category(row), row.gridCode, context.purpose);
  if (grant === null) return null;
  context.audit.note({
    reason: describeGrant(grant),
    subjectType: 'Person',
    subjectId: row.personId,
    subjectRegionCode: row.gridCode,
    field,
  });
  return value();
}

/** The person of an entry (lookups of one tick are batched by Prisma into one statement). */
function personOf(context: Context, row: KeyPersonRow) {
  return context.db.person.findUniqueOrThrow({ where: { id: row.personId } });
}

const KeyPersonRef = builder.prismaNode('KeyPerson', {
  id: { field: 'id' },
  nullable: true,
  description:
    'An entry of the key-persons register (重点人员). Served only to the department its category names, ' +
    'reading with the category’s purpose in X-Purpose (COMMUNITY_CORRECTION, MENTAL_HEALTH_CARE, ' +
    'DRUG_REHABILITATION, SOCIAL_ASSISTANCE); every read of its person or category is audited with that purpose.',
  authScopes: { authenticated: true },
  fields: (t) => ({
    category: t.field({
      type: KeyPersonCategoryEnum,
      nullable: true,
      description: 'Why the person is on the register; audited. Null for anyone but the category’s readers.',
      resolve: async (row, _args, context) =>
        (await fullValue(
          context,
          row,
          'KEY_PERSON_CATEGORY',
          async () => row.category,
        )) as KeyPersonCategory | null,
    }),
    categoryLabel: t.string({
      nullable: true,
      description: 'The category as a label in the requested language; audited like `category`.',
      args: labelArgs,
      resolve: (row, args, context) =>
        fullValue(context, row, 'KEY_PERSON_CATEGORY', async () =>
          labelOf(CATEGORY_LABELS, keyPersonMapper.category(row), args, context),
        ),
    }),
    name: t.string({
      nullable: true,
      description: 'The person’s name in full; audited.',
      resolve: (row, _args, context) =>
        fullValue(context, row, 'NAME', async () => (await personOf(context, row)).nameZh),
    }),
    citizenId: t.string({
      nullable: true,
      description: 'The person’s citizen ID in full; audited.',
      resolve: (row, _args, context) =>
        fullValue(context, row, 'CITIZEN_ID', async () => (await personOf(context, row)).citizenId),
    }),
    since: t.field({
      type: 'Date',
      description: 'The day the person was registered.',
      resolve: (row) => row.since,
    }),
    visitDueOn: t.field({
      type: 'Date',
      description: 'The day the next visit by grid staff is due (the category’s interval).',
      resolve: (row) => visitDueOn(keyPersonMapper.toDomain(row)),
    }),
    grid: t.prismaField({
      type: 'Grid',
      description: 'The grid that follows the person.',
      resolve: (query, row, _args, context) =>
        context.db.grid.findUniqueOrThrow({ ...query, where: { code: row.gridCode } }),
    }),
  }),
});

const visitTaskReadable = nodeScope('KeyPersonVisitTask', 'keyPerson', (context: Context) =>
  readableWhere<'gridCode'>(context, 'KEY_PERSON_VISIT', { code: 'gridCode' }),
);

const VisitTaskRef = builder.prismaNode('KeyPerson', {
  variant: 'KeyPersonVisitTask',
  id: { field: 'id' },
  nullable: true,
  description:
    'A visit due (走访任务) to a person on the key-persons register, as grid staff and the officers above ' +
    'them see it: whom and by when, never why.',
  authScopes: { authenticated: true },
  fields: (t) => ({
    person: t.prismaField({
      type: 'Person',
      description: 'The person to visit, masked as the caller’s roles allow.',
      resolve: (query, row, _args, context) =>
        context.db.person.findUniqueOrThrow({ ...query, where: { id: row.personId } }),
    }),
    grid: t.prismaField({
      type: 'Grid',
      description: 'The grid whose staff visit.',
      resolve: (query, row, _args, context) =>
        context.db.grid.findUniqueOrThrow({ ...query, where: { code: row.gridCode } }),
    }),
    dueOn: t.field({
      type: 'Date',
      description: 'The day the visit is due.',
      resolve: (row, _args, context) => visitTaskOf(keyPersonMapper.toDomain(row), todayOf(context)).dueOn,
    }),
    overdue: t.boolean({
      description: 'Whether the day has passed.',
      resolve: (row, _args, context) => visitTaskOf(keyPersonMapper.toDomain(row), todayOf(context)).overdue,
    }),
  }),
});

const KeyPersonFilter = builder.inputType('KeyPersonFilter', {
  description: 'Conditions an entry must meet, always inside what the caller reads.',
  fields: (t) => ({
    within: t.string({
      required: false,
      validate: regionCodeArg,
      description: 'In a grid inside this region.',
    }),
  }),
});

function filtered(base: Prisma.KeyPersonWhereInput, filter: { within?: string | null } | null | undefined) {
  return { AND: [base, filter?.within ? within('gridCode', filter.within) : {}] };
}

builder.queryFields((t) => ({
  keyPersons: t.prismaConnection(
    {
      type: 'KeyPerson',
      cursor: 'id',
      description:
        'The key-persons register as the caller’s departments read it for the purpose stated in X-Purpose; ' +
        'empty for everyone else.',
      authScopes: { authenticated: true },
      args: { filter: t.arg({ type: KeyPersonFilter, required: false, description: 'Conditions.' }) },
      totalCount: (_root, args, context) =>
        context.db.keyPerson.count({ where: filtered(keyPersonReadable(context), args.filter) }),
      resolve: (query, _root, args, context) =>
        context.db.keyPerson.findMany({
          ...query,
          where: filtered(keyPersonReadable(context), args.filter),
          orderBy: [{ gridCode: 'asc' }, { id: 'asc' }],
        }),
    },
    connectionOf(KeyPersonRef, 'KeyPerson'),
  ),
  keyPersonVisitTasks: t.prismaConnection(
    {
      type: VisitTaskRef,
      cursor: 'id',
      description: 'The visits due to key persons in the caller’s grids or region, without their categories.',
      authScopes: { authenticated: true },
      args: { filter: t.arg({ type: KeyPersonFilter, required: false, description: 'Conditions.' }) },
      totalCount: (_root, args, context) =>
        context.db.keyPerson.count({
          where: filtered(visitTaskReadable(context), args.filter),
        }),
      resolve: (query, _root, args, context) =>
        context.db.keyPerson.findMany({
          ...query,
          where: filtered(visitTaskReadable(context), args.filter),
          orderBy: [{ gridCode: 'asc' }, { id: 'asc' }],
        }),
    },
    connectionOf(VisitTaskRef, 'KeyPersonVisitTask'),
  ),
}));

const KeyPersonRegisterUserError = userErrorType(
  'KeyPersonRegisterUserError',
  'Why an entry was not registered.',
  Object.values(KEY_PERSON_ERRORS),
);

const KeyPersonRegisterPayload = payloadType(
  'KeyPersonRegisterPayload',
  'The result of registering a key person.',
  {
    field: 'keyPerson',
    type: KeyPersonRef,
    description:
      'The entry as stored; its person and category are null unless the registrar states the category’s ' +
      'purpose. Null when refused.',
  },
  { type: KeyPersonRegisterUserError, description: 'Why it was refused; empty on success.' },
);

const KeyPersonRegisterInput = builder.inputType('KeyPersonRegisterInput', {
  description: 'A person to put on the key-persons register.',
  fields: (t) => ({
    personId: t.globalID({ required: true, description: 'The person.' }),
    gridId: t.globalID({ required: true, description: 'The grid whose staff visit them.' }),
    category: t.field({ type: KeyPersonCategoryEnum, required: true, description: 'The category.' }),
    since: t.field({ type: 'Date', required: true, description: 'The day the category began.' }),
  }),
});

builder.mutationField('keyPersonRegister', (t) =>
  t.field({
    type: KeyPersonRegisterPayload,
    description:
      'Registers a person on the key-persons register (重点人员登记): by the department the category names ' +
      '(KEY_PERSON_FORBIDDEN otherwise), once per person and category.',
    args: { input: t.arg({ type: KeyPersonRegisterInput, required: true, description: 'The entry.' }) },
    resolve: (_root, { input }, context) =>
      inSerializableTransaction(context.db, async (tx): Promise<Payload<KeyPersonRow>> => {
        const grid = await tx.grid.findUnique({ where: { code: lookupIdOf(input.gridId, 'Grid') } });
        if (!grid || !grantsReach(context.actor, grid.code)) return failed(KEY_PERSON_ERRORS.GRID_NOT_FOUND);
        const person = await tx.person.findUnique({ where: { id: lookupIdOf(input.personId, 'Person') } });
        if (!person) return failed(KEY_PERSON_ERRORS.PERSON_NOT_FOUND);
        const existing = await tx.keyPerson.findMany({ where: { personId: person.id } });
        const entry = registerKeyPerson(
          context.actor,
          {
            id: `KP-${randomUUID()}`,
            personId: person.id,
            category: input.category,
            gridCode: grid.code,
            since: calendarDate(input.since),
          },
          existing.map(keyPersonMapper.toDomain),
          todayOf(context),
        );
        if (!entry.ok) return failed(entry.error);
        return succeeded(await tx.keyPerson.create({ data: keyPersonMapper.toColumns(entry.value) }));
      }),
  }),
);
