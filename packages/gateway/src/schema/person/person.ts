// 人员: the one identity every slice points to. Personal fields are masked unless the caller's
// roles and region allow them (core's canSee), and every unmasked read is audited.
import { randomUUID } from 'node:crypto';
import {
  type Actor,
  authorisePersonChange,
  CITIZEN_ID_ERRORS,
  canSee,
  changePhone,
  createPerson,
  ETHNICITY_LABELS,
  type Ethnicity,
  grantsReachingResidents,
  labelFor,
  PERSON_ERRORS,
  PHONE_ERRORS,
  SEX_LABELS,
  type Sex,
  shanghaiDateOf,
} from '@grassroots/core';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { Prisma } from '../../db/client.js';
import type { Person as PersonRow } from '../../generated/sqlite/client.js';
import { personMapper } from '../../mappers/person.js';
import { regionCodeArg, regionLoader } from '../region/region.js';
import { connectionOf } from '../shared/connection.js';
import { lookupIdOf } from '../shared/ids.js';
import { LocaleEnum, labelledEnum, resolveLocale } from '../shared/labels.js';
import { localName } from '../shared/names.js';
import { nodeScope } from '../shared/node-scope.js';
import { OrderDirection } from '../shared/order.js';
import {
  citizenIdArg,
  citizenIdLast4Arg,
  fullCitizenIdScope,
  fullPersonalValue,
  nameContainsArg,
  nameMatches,
  nameSearchScope,
  personalValue,
} from '../shared/personal.js';
import { personReadableWhere, within } from '../shared/scope.js';
import { failed, failedAt, type Payload, succeeded, userErrorType } from '../shared/user-errors.js';

export const SexEnum = labelledEnum('Sex', 'Sex, as read from the citizen ID number.', SEX_LABELS);
export const EthnicityEnum = labelledEnum('Ethnicity', 'Ethnicity (民族), GB/T 3304.', ETHNICITY_LABELS);

/** Whether the caller holds any grant whose region contains the place the person lives in. */
function reachesResident(actor: Actor, person: { residenceRegionCode: string }): boolean {
  return grantsReachingResidents(actor, person.residenceRegionCode).length > 0;
}

// The grids each person of a request lives in or serves, in two statements for the whole request:
// a grid grant reaches only its own grid's people (RULES.md 2.9), so masking needs them.
const personGrids = createContextCache(
  (context: Context) =>
    new DataLoader<string, readonly string[]>(async (ids) => {
      const where = { personId: { in: [...ids] } };
      const [residences, assignments] = await Promise.all([
        context.db.resident.findMany({ where, select: { personId: true, gridCode: true } }),
        context.db.staffAssignment.findMany({
          where: { ...where, until: null },
          select: { personId: true, gridCode: true },
        }),
      ]);
      const grids = new Map<string, Set<string>>();
      for (const row of [...residences, ...assignments]) {
        grids.set(row.personId, (grids.get(row.personId) ?? new Set()).add(row.gridCode));
      }
      return ids.map((id) => [...(grids.get(id) ?? [])]);
    }),
);

function subjectOf(person: PersonRow, context: Context) {
  return {
    type: 'Person',
    id: person.id,
    regionCode: person.residenceRegionCode,
    gridCodes: () => personGrids(context).load(person.id),
  };
}

export const personReadable = nodeScope('Person', 'person', personReadableWhere);

export const PersonRef = builder.prismaNode('Person', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A natural person: resident, grid staff, cadre, applicant or contestant. Personal fields are masked ' +
    "unless the caller's roles and region allow them; every unmasked read is audited.",
  // No type-level refusal: a person reached through a relation (staff, handler, reporter, resident)
  // is always readable, with each personal field masked as core's canSee allows. Which people a root
  // list or `node` returns is decided in SQL by the caller's read scope.
  fields: (t) => ({
    name: t.string({
      nullable: false,
      description:
        'The name in the requested language (Tibetan script where the person has one), masked as allowed.',
      args: {
        locale: t.arg({ type: LocaleEnum, required: false, description: 'Defaults to Accept-Language.' }),
      },
      resolve: async (person, args, context) => {
        // A person's name has no English form: English shows the Chinese name.
        const name = localName(person, resolveLocale(args.locale, context.locale));
        return (await personalValue(context, subjectOf(person, context), 'NAME', name)) ?? '';
      },
    }),
    nameZh: t.string({
      description: 'The name in Chinese characters, masked as allowed.',
      resolve: async (person, _args, context) =>
        (await personalValue(context, subjectOf(person, context), 'NAME', person.nameZh)) ?? '',
    }),
    nameBo: t.string({
      nullable: true,
      description: 'The name in Tibetan script, masked as allowed; null when the person has none.',
      resolve: (person, _args, context) =>
        personalValue(context, subjectOf(person, context), 'NAME', person.nameBo),
    }),
    citizenId: t.string({
      description:
        'Citizen ID number (GB 11643), masked as allowed: 5****************3 or 540102********1233.',
      resolve: async (person, _args, context) =>
        (await personalValue(context, subjectOf(person, context), 'CITIZEN_ID', person.citizenId)) ?? '',
    }),
    sex: t.field({
      type: SexEnum,
      nullable: true,
      description:
        'Read from the citizen ID; null when the caller sees the birth date only masked (it is read from ' +
        'the same digits).',
      resolve: (person, _args, context) =>
        canSee(context.actor, 'BIRTH_DATE', { regionCode: person.residenceRegionCode }).level === 'MASKED'
          ? null
          : (person.sex as Sex),
    }),
    birthDate: t.string({
      description: 'YYYY-MM-DD, read from the citizen ID; masked as allowed (1990-**-**).',
      resolve: async (person, _args, context) =>
        (await personalValue(context, subjectOf(person, context), 'BIRTH_DATE', person.birthDate)) ?? '',
    }),
    ethnicity: t.field({
      type: EthnicityEnum,
      nullable: true,
      description: 'Ethnicity; null when the caller may not see it.',
      resolve: async (person, _args, context) =>
        (await personalValue(context, subjectOf(person, context), 'ETHNICITY', person.ethnicity)) ===
        person.ethnicity
          ? (person.ethnicity as Ethnicity)
          : null,
    }),
    ethnicityLabel: t.string({
      description: 'Ethnicity as a label in the requested language, or *** when the caller may not see it.',
      args: {
        locale: t.arg({ type: LocaleEnum, required: false, description: 'Defaults to Accept-Language.' }),
      },
      resolve: async (person, args, context) => {
        const shown = await personalValue(context, subjectOf(person, context), 'ETHNICITY', person.ethnicity);
        const labels = ETHNICITY_LABELS[shown as Ethnicity];
        return labels ? labelFor(labels, resolveLocale(args.locale, context.locale)) : (shown ?? '');
      },
    }),
    phone: t.string({
      nullable: true,
      description: 'Mobile number, masked as allowed (138****5678); null when none is recorded.',
      resolve: (person, _args, context) =>
        personalValue(context, subjectOf(person, context), 'PHONE', person.phone),
    }),
    residenceRegion: t.relation('residenceRegion', {
      description: 'Place of residence (居住地): the village or community the person lives in.',
    }),
    hukouPlaceCode: t.string({
      nullable: true,
      description:
        'Household-registration place (户籍地): a 12-digit village or community code, or the 6-digit ' +
        'county code (GB/T 2260) of a registration outside the regions loaded here; masked as an ' +
        'address. It differs from the residence for 人户分离 and for migrants (流动人口).',
      resolve: (person, _args, context) =>
        personalValue(context, subjectOf(person, context), 'ADDRESS', person.hukouPlaceCode),
    }),
    hukouPlace: t.loadable(
      regionLoader<PersonRow>(
        'Household-registration place (户籍地) as a Region, where the caller may see the address in full ' +
          '(the read is audited); null otherwise, and when it lies outside the stored regions (a migrant’s ' +
          'home county in another province: see `hukouPlaceCode`). Loaded for a whole list at once.',
        (person, context) =>
          fullPersonalValue(context, subjectOf(person, context), 'ADDRESS', person.hukouPlaceCode),
      ),
    ),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      description: 'When the record last changed; pass it back to detect concurrent edits.',
    }),
  }),
});

const PersonOrderField = builder.enumType('PersonOrderField', {
  description: 'What people can be ordered by.',
  values: {
    NAME: { value: 'namePinyin', description: 'Chinese name, by its pinyin.' },
    REGISTERED_AT: { value: 'createdAt', description: 'When the person was registered.' },
  } as const,
});

const PersonOrder = builder.inputType('PersonOrder', {
  description: 'The order of a person list; ties are broken by id.',
  fields: (t) => ({
    field: t.field({ type: PersonOrderField, required: true, description: 'The field to order by.' }),
    direction: t.field({
      type: OrderDirection,
      required: false,
      defaultValue: 'asc',
      description: 'Direction.',
    }),
  }),
});

const PersonFilter = builder.inputType('PersonFilter', {
  description: "Conditions a person must meet; all apply, always inside the caller's region.",
  fields: (t) => ({
    within: t.string({
      required: false,
      validate: regionCodeArg,
      description: 'Living inside this region.',
    }),
    nameContains: t.string({
      required: false,
      validate: nameContainsArg,
      description:
        'Chinese name or its pinyin contains this text, taken literally (% and _ are not wildcards). Only ' +
        'for callers who see names in full, and only in the regions where they do: for others (JUDGE, ' +
        'AUDITOR) the search is refused with FORBIDDEN, since finding a person by name would tell the ' +
        'masked name.',
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

type PersonFilterInput = {
  within?: string | null;
  nameContains?: string | null;
  citizenIdLast4?: string | null;
  citizenId?: string | null;
} | null;

/** The SQL condition of a person list: the caller's region, then the filter. */
function personWhere(context: Context, filter: PersonFilterInput | undefined): Prisma.PersonWhereInput {
  const and: Prisma.PersonWhereInput[] = [personReadable(context)];
  if (filter?.within) and.push(within('residenceRegionCode', filter.within));
  if (filter?.nameContains) {
    // A search by name tells the name: only where the caller sees names in full, and the text is
    // matched literally (LIKE metacharacters escaped).
    and.push(nameMatches(filter.nameContains), nameSearchScope(context, 'residenceRegionCode'));
  }
  if (filter?.citizenIdLast4) and.push({ citizenIdLast4: filter.citizenIdLast4 });
  if (filter?.citizenId) {
    // Searching by a full number reveals it: only in the regions where the caller may see it.
    and.push({ citizenId: filter.citizenId }, fullCitizenIdScope(context, 'residenceRegionCode'));
  }
  return { AND: and };
}

builder.queryFields((t) => ({
  people: t.prismaConnection(
    {
      type: 'Person',
      cursor: 'id',
      description: "People in the caller's region matching a filter, in a stable order.",
      authScopes: { authenticated: true },
      args: {
        filter: t.arg({
          type: PersonFilter,
          required: false,
          description: 'Conditions; none means everyone visible.',
        }),
        orderBy: t.arg({ type: PersonOrder, required: false, description: 'Defaults to name.' }),
      },
      totalCount: (_root, args, context) =>
        context.db.person.count({ where: personWhere(context, args.filter) }),
      resolve: (query, _root, args, context) => {
        const direction = args.orderBy?.direction ?? 'asc';
        const field = args.orderBy?.field ?? 'namePinyin';
        return context.db.person.findMany({
          ...query,
          where: personWhere(context, args.filter),
          orderBy: [{ [field]: direction }, { id: direction }],
        });
      },
    },
    connectionOf(PersonRef, 'Person'),
  ),
}));

// ---- mutations ---------------------------------------------------------------------------

const PersonUserError = userErrorType('PersonUserError', 'Why a change to a person was refused.', [
  ...Object.values(PERSON_ERRORS),
  ...Object.values(CITIZEN_ID_ERRORS),
  ...Object.values(PHONE_ERRORS),
]);

function personPayload(name: string, description: string) {
  return builder.objectRef<Payload<PersonRow>>(name).implement({
    description,
    fields: (t) => ({
      person: t.field({
        type: PersonRef,
        nullable: true,
        description: 'The person as stored; null when the change was refused.',
        resolve: (payload) => payload.result,
      }),
      userErrors: t.field({
        type: [PersonUserError],
        description: 'Why the change was refused; empty on success.',
        resolve: (payload) => [...payload.userErrors],
      }),
    }),
  });
}

const PersonRegisterInput = builder.inputType('PersonRegisterInput', {
  description: 'A person to register. Sex and birth date are read from the citizen ID.',
  fields: (t) => ({
    nameZh: t.string({ required: true, description: 'Name in Chinese characters.' }),
    nameBo: t.string({ required: false, description: 'Name in Tibetan script, if any.' }),
    citizenId: t.string({ required: true, description: 'Citizen ID number, 18 characters.' }),
    ethnicity: t.field({ type: EthnicityEnum, required: true, description: 'Ethnicity.' }),
    phone: t.string({ required: false, description: 'Mainland mobile number.' }),
    residenceRegionId: t.globalID({
      required: true,
      description: 'Place of residence (居住地): the village or community (a Region) the person lives in.',
    }),
    hukouPlaceCode: t.string({
      required: false,
      description:
        'Household-registration place (户籍地): a village or community code, or a county-level GB/T 2260 ' +
        'code in force for a registration in another county; the residence when omitted.',
    }),
  }),
});

const PersonChangePhoneInput = builder.inputType('PersonChangePhoneInput', {
  description: 'A new phone number for a person; an empty or missing number removes it.',
  fields: (t) => ({
    personId: t.globalID({ required: true, description: 'The person.' }),
    phone: t.string({ required: false, description: 'The new mainland mobile number.' }),
    expectedUpdatedAt: t.field({
      type: 'DateTime',
      required: false,
      description: "The person's updatedAt as the caller last saw it; a newer one means a concurrent edit.",
    }),
  }),
});

builder.mutationFields((t) => ({
  personRegister: t.field({
    type: personPayload('PersonRegisterPayload', 'The result of registering a person.'),
    description: 'Registers a person living in the caller’s region (人员登记).',
    args: { input: t.arg({ type: PersonRegisterInput, required: true, description: 'The person.' }) },
    resolve: async (_root, { input }, context) => {
      // Core names the residence by its code; the input by its global ID.
      const fail = failedAt({ residenceRegionCode: 'residenceRegionId' });
      const { residenceRegionId, ...fields } = input;
      const person = createPerson(
        { ...fields, residenceRegionCode: lookupIdOf(residenceRegionId, 'Region'), id: `P-${randomUUID()}` },
        shanghaiDateOf(context.now),
      );
      if (!person.ok) return fail(...person.error);
      const allowed = authorisePersonChange(context.actor, person.value.residenceRegionCode);
      if (!allowed.ok) return fail(allowed.error);
      const region = await context.db.region.findUnique({
        where: { code: person.value.residenceRegionCode },
      });
      if (!region) return fail(PERSON_ERRORS.RESIDENCE_REGION);
      try {
        const row = await context.db.person.create({
          data: personMapper.toColumns(person.value, { synthetic: false }),
        });
        return succeeded(row);
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
          return failed(PERSON_ERRORS.DUPLICATE_CITIZEN_ID);
        }
        throw error;
      }
    },
  }),
  personChangePhone: t.field({
    type: personPayload('PersonChangePhonePayload', "The result of changing a person's phone number."),
    description: "Changes a person's mobile number.",
    args: { input: t.arg({ type: PersonChangePhoneInput, required: true, description: 'The change.' }) },
    resolve: async (_root, { input }, context) => {
      const row =
        input.personId.typename === 'Person'
          ? await context.db.person.findUnique({ where: { id: input.personId.id } })
          : null;
      // Someone outside the caller's region is reported as absent, so ids cannot be probed.
      if (!row || !reachesResident(context.actor, row)) return failed(PERSON_ERRORS.NOT_FOUND);
      const allowed = authorisePersonChange(context.actor, row.residenceRegionCode);
      if (!allowed.ok) return failed(allowed.error);
      const changed = changePhone(personMapper.toDomain(row), input.phone ?? null);
      if (!changed.ok) return failed(changed.error);
      const expected = input.expectedUpdatedAt ?? row.updatedAt;
      const { count } = await context.db.person.updateMany({
        where: { id: row.id, updatedAt: expected },
        data: { phone: changed.value.phone },
      });
      if (count === 0) return failed(PERSON_ERRORS.STALE);
      return succeeded(await context.db.person.findUniqueOrThrow({ where: { id: row.id } }));
    },
  }),
}));
