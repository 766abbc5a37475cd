// 信息采集: the collection templates (人、地、事、物、组织、房租) with their versions in the shape of
// Open311 GeoReport v2 service definitions, the submissions grid staff make against them, and
// `collectionSubmit`, which core checks field by field and which updates the registry entries the
// submission describes in the same transaction. Submissions are kept as made, never edited.
import { randomUUID } from 'node:crypto';
import {
  type AcceptedSubmission,
  ADDRESS_ERRORS,
  acceptSubmission,
  authoriseCollection,
  type CalendarDate,
  CITIZEN_ID_ERRORS,
  COLLECTION_ERRORS,
  COLLECTION_KIND_LABELS,
  type CollectionTemplate,
  CREDIT_CODE_ERRORS,
  DEFAULT_COLLECTION_TEMPLATES,
  type DomainError,
  FIELD_DATATYPE_LABELS,
  formatStandardAddress,
  mayRead,
  type Open311Attribute,
  ORGANISATION_ERRORS,
  type OrganisationSubject,
  type PersonSubject,
  PHONE_ERRORS,
  RENTAL_ERRORS,
  RESIDENT_ERRORS,
  type RentalSubject,
  type StandardAddress,
  SUBMISSION_ERRORS,
  shanghaiDateOf,
  type TemplateField,
  type TemplateVersion,
  toOpen311ServiceDefinition,
  visitOrganisation,
  visitRental,
  visitResident,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Db, Prisma } from '../../db/client.js';
import type { CollectionSubmission as SubmissionRow } from '../../generated/sqlite/client.js';
import { personMapper } from '../../mappers/person.js';
import {
  addressMapper,
  collectionSubmissionMapper,
  housingMapper,
  organisationMapper,
  rentalMapper,
  residentMapper,
  type StoredSubmission,
} from '../../mappers/registry.js';
import { regionCodeArg } from '../region/region.js';
import { connectionOf } from '../shared/connection.js';
import { todayOf } from '../shared/dates.js';
import { lookupIdOf } from '../shared/ids.js';
import { LocaleEnum, labelArgs, labelledEnum, labelOf, resolveLocale } from '../shared/labels.js';
import { nodeScope } from '../shared/node-scope.js';
import { grantsReach, readableWhere, within } from '../shared/scope.js';
import { inSerializableTransaction } from '../shared/transaction.js';
import { failedAt, type Payload, payloadType, succeeded, userErrorType } from '../shared/user-errors.js';

export const CollectionKindEnum = labelledEnum(
  'CollectionKind',
  'What a collection template gathers (人、地、事、物、组织、房租).',
  COLLECTION_KIND_LABELS,
);
const FieldDatatypeEnum = labelledEnum(
  'CollectionFieldDatatype',
  'The data type of a template field, as core checks it.',
  FIELD_DATATYPE_LABELS,
);

/** The templates the API serves: core's published ones, by their code (the Open311 service_code). */
const TEMPLATES: readonly CollectionTemplate[] = Object.values(DEFAULT_COLLECTION_TEMPLATES);

function templateByCode(code: string): CollectionTemplate | null {
  return TEMPLATES.find((template) => template.code === code) ?? null;
}

// ---- templates --------------------------------------------------------------------------------------

interface AttributeSource {
  readonly attribute: Open311Attribute;
  readonly field: TemplateField;
}

const AttributeValueRef = builder
  .objectRef<{ readonly key: string; readonly name: string }>('CollectionAttributeValue')
  .implement({
    description: 'One choice of a list attribute (Open311 `values[]`).',
    fields: (t) => ({
      key: t.exposeString('key', { description: 'The key to submit.' }),
      name: t.exposeString('name', { description: 'The label in the requested language.' }),
    }),
  });

const AttributeRef = builder.objectRef<AttributeSource>('CollectionAttribute').implement({
  description:
    'One field of a template version, as an Open311 GeoReport v2 service attribute (`code`, `datatype`, ' +
    '`required`, `order`, `description`, `values`).',
  fields: (t) => ({
    code: t.string({
      description: 'The field code, the key of its answer.',
      resolve: (s) => s.attribute.code,
    }),
    variable: t.boolean({
      description: 'Always true: every field takes an answer (Open311 `variable`).',
      resolve: (s) => s.attribute.variable,
    }),
    datatype: t.string({
      description:
        'The Open311 data type: string, number, datetime, singlevaluelist or multivaluelist (a yes/no is a ' +
        'two-value list with the keys true and false).',
      resolve: (s) => s.attribute.datatype,
    }),
    fieldDatatype: t.field({
      type: FieldDatatypeEnum,
      description: 'The data type as core checks it (distinguishes dates and yes/no).',
      resolve: (s) => s.field.datatype,
    }),
    datatypeDescription: t.string({
      nullable: true,
      description: 'How to write the answer, where the type alone does not say it.',
      resolve: (s) => s.attribute.datatype_description,
    }),
    required: t.boolean({
      description: 'Whether an answer is required.',
      resolve: (s) => s.attribute.required,
    }),
    order: t.int({
      description: 'The position of the field in the form.',
      resolve: (s) => s.attribute.order,
    }),
    description: t.string({
      description: 'The field label in the requested language.',
      resolve: (s) => s.attribute.description,
    }),
    values: t.field({
      type: [AttributeValueRef],
      description: 'The choices of a list field; empty for other fields.',
      resolve: (s) => [...(s.attribute.values ?? [])],
    }),
    min: t.float({
      nullable: true,
      description: 'The least number allowed.',
      resolve: (s) => s.field.min ?? null,
    }),
    max: t.float({
      nullable: true,
      description: 'The greatest number allowed.',
      resolve: (s) => s.field.max ?? null,
    }),
    maxLength: t.int({
      nullable: true,
      description: 'The longest text allowed, in characters.',
      resolve: (s) => s.field.maxLength ?? null,
    }),
  }),
});

interface VersionSource {
  readonly template: CollectionTemplate;
  readonly version: TemplateVersion;
}

const TemplateVersionRef = builder.objectRef<VersionSource>('CollectionTemplateVersion').implement({
  description:
    'One published version of a template. Submissions are checked against the version they name, so an ' +
    'older version keeps working after a revision.',
  fields: (t) => ({
    version: t.int({ description: 'The version number, 1, 2, 3 ….', resolve: (s) => s.version.version }),
    attributes: t.field({
      type: [AttributeRef],
      description:
        'The fields in form order, as Open311 service attributes (labels in the requested language).',
      args: {
        locale: t.arg({ type: LocaleEnum, required: false, description: 'Defaults to Accept-Language.' }),
      },
      resolve: (s, args, context) => {
        const definition = toOpen311ServiceDefinition(
          s.template,
          s.version.version,
          resolveLocale(args.locale, context.locale),
        );
        if (!definition.ok) return [];
        return definition.value.attributes.map((attribute, index) => ({
          attribute,
          field: s.version.fields[index] as TemplateField,
        }));
      },
    }),
  }),
});

const TemplateRef = builder.objectRef<CollectionTemplate>('CollectionTemplate').implement({
  description:
    'A collection template (采集模板) with every published version, shaped like an Open311 GeoReport v2 ' +
    'service: `code` is the service_code.',
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'The template code (Open311 service_code), e.g. GRID_PERSON.',
    }),
    kind: t.field({
      type: CollectionKindEnum,
      description: 'What the template gathers.',
      resolve: (s) => s.kind,
    }),
    kindLabel: t.string({
      description: 'The kind as a label in the requested language.',
      args: labelArgs,
      resolve: (s, args, context) => labelOf(COLLECTION_KIND_LABELS, s.kind, args, context),
    }),
    name: t.string({
      description: 'The name in the requested language (Open311 service_name).',
      args: labelArgs,
      resolve: (s, args, context) => labelOf({ name: s.name }, 'name', args, context),
    }),
    latestVersion: t.int({
      description: 'The newest version, the one a new form should use.',
      resolve: (s) => s.versions.at(-1)?.version ?? 0,
    }),
    versions: t.field({
      type: [TemplateVersionRef],
      description: 'Every published version, oldest first.',
      resolve: (s) => s.versions.map((version) => ({ template: s, version })),
    }),
  }),
});

builder.queryField('collectionTemplates', (t) =>
  t.field({
    type: [TemplateRef],
    description:
      'The collection templates grid staff fill in (人、地、事、物、组织、房租), with their versions.',
    authScopes: { authenticated: true },
    resolve: () => [...TEMPLATES],
  }),
);

// ---- submissions ------------------------------------------------------------------------------------

export const submissionReadable = nodeScope(
  'CollectionSubmission',
  'collectionSubmission',
  (context: Context) => readableWhere(context, 'REGISTRY', { code: 'gridCode' }),
);

// A link the submission does not have still runs its (batched) lookup, for an id no row holds: the
// nested selection is then always used, and a list of submissions loads each link in one statement.
const NO_ROW = '';

const SubmissionRef = builder.prismaNode('CollectionSubmission', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A collection submitted by grid staff (信息采集), kept as submitted: a later visit is a new submission. ' +
    'It links the registry entries it described. Its answers are not served: they repeat personal data ' +
    'that the linked records mask as the caller’s roles allow. Visible inside the caller’s region.',
  authScopes: (submission, context) =>
    mayRead(context.actor, 'REGISTRY', { regionCode: submission.gridCode }),
  fields: (t) => ({
    templateCode: t.exposeString('templateCode', { description: 'The template it was made with.' }),
    templateVersion: t.exposeInt('templateVersion', {
      description: 'The template version it was checked against.',
    }),
    kind: t.field({
      type: CollectionKindEnum,
      description: 'What it gathered.',
      resolve: (row) => collectionSubmissionMapper.kind(row),
    }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', description: 'When it was submitted.' }),
    submittedOn: t.expose('submittedOn', {
      type: 'Date',
      description: 'The day it was submitted in Asia/Shanghai, the day coverage counts it on.',
    }),
    grid: t.prismaField({
      type: 'Grid',
      description: 'The grid it was collected in.',
      resolve: (query, row, _args, context) =>
        context.db.grid.findUniqueOrThrow({ ...query, where: { code: row.gridCode } }),
    }),
    submitter: t.prismaField({
      type: 'Person',
      nullable: true,
      description:
        'The grid staff member who submitted it, masked as allowed; null when the token named nobody.',
      resolve: (query, row, _args, context) =>
        context.db.person.findUnique({ ...query, where: { id: row.submitterPersonId ?? NO_ROW } }),
    }),
    person: t.prismaField({
      type: 'Person',
      nullable: true,
      description: 'The resident visited (a person collection), masked as allowed.',
      resolve: (query, row, _args, context) =>
        context.db.person.findUnique({ ...query, where: { id: row.personId ?? NO_ROW } }),
    }),
    household: t.prismaField({
      type: 'Household',
      nullable: true,
      description: 'The household of the resident visited.',
      resolve: (query, row, _args, context) =>
        context.db.household.findUnique({ ...query, where: { id: row.householdId ?? NO_ROW } }),
    }),
    organisation: t.prismaField({
      type: 'Organisation',
      nullable: true,
      description: 'The organisation created or updated (an organisation collection).',
      resolve: (query, row, _args, context) =>
        context.db.organisation.findUnique({ ...query, where: { id: row.organisationId ?? NO_ROW } }),
    }),
    housing: t.prismaField({
      type: 'Housing',
      nullable: true,
      description: 'The house at the address of a rental collection.',
      resolve: (query, row, _args, context) =>
        context.db.housing.findUnique({ ...query, where: { id: row.housingId ?? NO_ROW } }),
    }),
    rental: t.prismaField({
      type: 'Rental',
      nullable: true,
      description: 'The rental registered or updated (a rental collection from template version 2).',
      resolve: (query, row, _args, context) =>
        context.db.rental.findUnique({ ...query, where: { id: row.rentalId ?? NO_ROW } }),
    }),
  }),
});

const SubmissionFilter = builder.inputType('CollectionSubmissionFilter', {
  description: "Conditions a submission must meet; all apply, always inside the caller's region.",
  fields: (t) => ({
    within: t.string({
      required: false,
      validate: regionCodeArg,
      description: 'In a grid inside this region.',
    }),
    kind: t.field({ type: CollectionKindEnum, required: false, description: 'Only this kind.' }),
  }),
});

function submissionWhere(
  context: Context,
  filter: { within?: string | null; kind?: string | null } | null | undefined,
): Prisma.CollectionSubmissionWhereInput {
  const and: Prisma.CollectionSubmissionWhereInput[] = [submissionReadable(context)];
  if (filter?.within) and.push(within('gridCode', filter.within));
  if (filter?.kind) and.push({ kind: filter.kind });
  return { AND: and };
}

builder.queryField('collectionSubmissions', (t) =>
  t.prismaConnection(
    {
      type: 'CollectionSubmission',
      cursor: 'id',
      description:
        "Collections submitted in the caller's region, newest first: the grids' collection history.",
      authScopes: { authenticated: true },
      args: { filter: t.arg({ type: SubmissionFilter, required: false, description: 'Conditions.' }) },
      totalCount: (_root, args, context) =>
        context.db.collectionSubmission.count({ where: submissionWhere(context, args.filter) }),
      resolve: (query, _root, args, context) =>
        context.db.collectionSubmission.findMany({
          ...query,
          where: submissionWhere(context, args.filter),
          orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }],
        }),
    },
    connectionOf(SubmissionRef, 'CollectionSubmission'),
  ),
);

// ---- submitting ---------------------------------------------------------------------------------------

const CollectionSubmitUserError = userErrorType(
  'CollectionSubmitUserError',
  'Why a collection was refused; `field` is `["answers", <field code>]` for an answer at fault.',
  [
    ...Object.values(COLLECTION_ERRORS),
    ...Object.values(SUBMISSION_ERRORS),
    ...Object.values(CITIZEN_ID_ERRORS),
    ...Object.values(CREDIT_CODE_ERRORS),
    ...Object.values(PHONE_ERRORS),
    ...Object.values(ADDRESS_ERRORS),
    ...Object.values(ORGANISATION_ERRORS),
    ...Object.values(RENTAL_ERRORS),
    ...Object.values(RESIDENT_ERRORS),
  ],
);

const CollectionSubmitPayload = payloadType(
  'CollectionSubmitPayload',
  'The result of submitting a collection.',
  {
    field: 'submission',
    type: SubmissionRef,
    description: 'The submission as stored, linking what it changed; null when it was refused.',
  },
  { type: CollectionSubmitUserError, description: 'Why it was refused; empty on success.' },
);

const CollectionSubmitInput = builder.inputType('CollectionSubmitInput', {
  description: 'A collection made in a grid against one version of a template.',
  fields: (t) => ({
    gridId: t.globalID({ required: true, description: 'The grid collected in.' }),
    templateCode: t.string({
      required: true,
      description: 'The template code (GRID_PERSON, GRID_RENTAL …).',
    }),
    templateVersion: t.int({ required: true, description: 'The template version the form was made with.' }),
    answers: t.field({
      type: 'JSONObject',
      required: true,
      description:
        'The answers by field code: text, numbers (or decimal text), dates as YYYY-MM-DD, true/false, a list ' +
        'key, or an array of keys for a multi-value list.',
    }),
  }),
});

// Core names the version `version`; the input names it `templateVersion`.
const refuse = failedAt({ version: 'templateVersion' });

/** The ids of the registry entries a submission changed, to store on it. */
type SubjectIds = StoredSubmission['subjectIds'];

builder.mutationField('collectionSubmit', (t) =>
  t.field({
    type: CollectionSubmitPayload,
    description:
      'Submits a collection (信息采集) for a grid: its grid chief and grid workers only. Core checks every ' +
      'answer against the template version and its domain (citizen ID, credit code, standard address in the ' +
      'grid’s village …), returning every problem at its `["answers", code]`; a refused collection writes ' +
      'nothing. An accepted one updates what it describes in the same transaction: a person collection the ' +
      'residence status and phone of a registered resident of the grid (an unknown person is refused: ' +
      'register them first); an organisation collection creates or updates the organisation with its credit ' +
      'code; a rental collection marks the house at its address as let and, from version 2, registers or ' +
      'updates its rental. It is then kept as submitted and counts toward the grid’s coverage.',
    args: { input: t.arg({ type: CollectionSubmitInput, required: true, description: 'The collection.' }) },
    resolve: (_root, { input }, context) =>
      inSerializableTransaction(context.db, async (tx): Promise<Payload<SubmissionRow>> => {
        const grid = await tx.grid.findUnique({ where: { code: lookupIdOf(input.gridId, 'Grid') } });
        if (!grid || !grantsReach(context.actor, grid.code)) return refuse(SUBMISSION_ERRORS.GRID_NOT_FOUND);
        const allowed = authoriseCollection(context.actor, grid.code);
        if (!allowed.ok) return refuse(allowed.error);
        const template = templateByCode(input.templateCode);
        if (template === null) return refuse(SUBMISSION_ERRORS.TEMPLATE_NOT_FOUND);
        const today = todayOf(context);
        const accepted = acceptSubmission(
          { template, version: input.templateVersion, gridCode: grid.code, answers: input.answers },
          today,
        );
        if (!accepted.ok) return refuse(...accepted.error);
        const applied = await applySubject(tx, accepted.value, today);
        if (!applied.ok) return refuse(...applied.errors);
        const row = await tx.collectionSubmission.create({
          data: collectionSubmissionMapper.toColumns({
            ...accepted.value,
            id: `CS-${randomUUID()}`,
            submitterSubject: context.subject,
            submitterPersonId: context.actor.personId,
            submittedAt: context.now,
            submittedOn: shanghaiDateOf(context.now),
            subjectIds: applied.ids,
          }),
        });
        return succeeded(row);
      }),
  }),
);

type Applied =
  | { readonly ok: true; readonly ids: SubjectIds }
  | { readonly ok: false; readonly errors: readonly DomainError[] };

/**
 * Reads what the subject names, lets core decide the change, and writes it. Every refusal comes before
 * the first write, so a refused submission leaves the registry as it was.
 */
async function applySubject(tx: Db, accepted: AcceptedSubmission, today: CalendarDate): Promise<Applied> {
  const { subject, gridCode } = accepted;
  switch (subject.kind) {
    case 'PERSON':
      return applyPerson(tx, subject, gridCode);
    case 'ORGANISATION':
      return applyOrganisation(tx, subject, gridCode);
    case 'RENTAL':
      return applyRental(tx, subject, gridCode, today);
    case 'UNREGISTERED':
      return { ok: true, ids: {} };
  }
}

async function applyPerson(tx: Db, subject: PersonSubject, gridCode: string): Promise<Applied> {
  const person = await tx.person.findUnique({ where: { citizenId: subject.citizenId } });
  const residences = person
    ? await tx.resident.findMany({ where: { personId: person.id, endedOn: null }, include: { person: true } })
    : [];
  const visit = visitResident(
    subject,
    person ? personMapper.toDomain(person) : null,
    residences.map(residentMapper.toDomain),
    gridCode,
  );
  if (!visit.ok) return { ok: false, errors: visit.error };
  if (!person) throw new Error('visitResident accepts a known person only');
  const { residence } = visit.value;
  // The ended residence is released before another takes the registration: here none does, but the
  // write order follows residentRegister's, which the unique registration column relies on.
  await tx.resident.update({
    where: { id: residence.id },
    data: residentMapper.toColumns({ ...residence, personId: person.id }),
  });
  await tx.person.update({ where: { id: person.id }, data: { phone: visit.value.person.phone } });
  return { ok: true, ids: { personId: person.id, householdId: residence.householdId } };
}

/** The address row with this canonical text, filed under the grid when it is new. */
async function addressRow(tx: Db, address: StandardAddress, gridCode: string) {
  const text = formatStandardAddress(address);
  const found = await tx.standardAddress.findUnique({ where: { text } });
  if (found) return found;
  return tx.standardAddress.create({
    data: addressMapper.toColumns({ ...address, id: `A-${randomUUID()}`, gridCode }),
  });
}

async function applyOrganisation(tx: Db, subject: OrganisationSubject, gridCode: string): Promise<Applied> {
  const row = await tx.organisation.findUnique({ where: { creditCode: subject.creditCode } });
  const existing = row
    ? organisationMapper.toDomain({
        ...row,
        address: await tx.standardAddress.findUniqueOrThrow({ where: { id: row.addressId } }),
      })
    : null;
  const visit = visitOrganisation(subject, existing, `ORG-${randomUUID()}`, gridCode);
  if (!visit.ok) return { ok: false, errors: visit.error };
  const address = await addressRow(tx, visit.value.address, gridCode);
  const data = organisationMapper.toColumns({ ...visit.value, addressId: address.id });
  if (row) await tx.organisation.update({ where: { id: row.id }, data });
  else await tx.organisation.create({ data });
  return { ok: true, ids: { organisationId: visit.value.id } };
}

async function applyRental(
  tx: Db,
  subject: RentalSubject,
  gridCode: string,
  today: CalendarDate,
): Promise<Applied> {
  const address = await tx.standardAddress.findUnique({
    where: { text: formatStandardAddress(subject.address) },
  });
  const housing = address
    ? await tx.housing.findFirst({
        where: { addressId: address.id, gridCode },
        include: { address: true, rentals: { include: { tenants: { select: { personId: true } } } } },
      })
    : null;
  const citizenIds = subject.parties ? [subject.parties.landlord, subject.parties.tenant] : [];
  const people = await tx.person.findMany({
    where: { citizenId: { in: citizenIds } },
    select: { id: true, citizenId: true },
  });
  const idOf = (citizenId: string | undefined) => people.find((p) => p.citizenId === citizenId)?.id ?? null;
  const rentals = housing?.rentals.map(rentalMapper.toDomain) ?? [];
  const visit = visitRental(
    subject,
    housing ? housingMapper.toDomain(housing) : null,
    rentals,
    { landlordId: idOf(subject.parties?.landlord), tenantId: idOf(subject.parties?.tenant) },
    `L-${randomUUID()}`,
    gridCode,
    today,
  );
  if (!visit.ok) return { ok: false, errors: visit.error };
  if (!housing) throw new Error('visitRental accepts a registered house only');
  await tx.housing.update({
    where: { id: housing.id },
    data: housingMapper.toColumns({
      ...visit.value.housing,
      addressId: housing.addressId,
      householdId: housing.householdId,
    }),
  });
  const { rental } = visit.value;
  if (rental !== null) {
    const data = rentalMapper.toColumns(rental, housing.gridCode);
    if (rentals.some((r) => r.id === rental.id)) {
      await tx.rental.update({ where: { id: rental.id }, data });
      await tx.rentalTenant.deleteMany({ where: { rentalId: rental.id } });
    } else {
      await tx.rental.create({ data });
    }
    await tx.rentalTenant.createMany({ data: rentalMapper.tenantColumns(rental) });
  }
  return { ok: true, ids: { housingId: housing.id, rentalId: rental?.id ?? null } };
}
