// 实有人口: a resident of a household, with personal fields masked as the caller's roles allow; the
// resident list, and registering a resident (实有人口登记).
import { randomUUID } from 'node:crypto';
import {
  authoriseRegistryChange,
  CITIZEN_ID_ERRORS,
  changeHouseholdHead,
  checkHousehold,
  createResident,
  type DomainError,
  mayRead,
  type PersonalField,
  REGISTRY_ACCESS_ERRORS,
  RELATION_TO_HEAD_LABELS,
  RESIDENCE_STATUS_LABELS,
  RESIDENT_ERRORS,
  type RegistrationCheckStatus,
  type RelationToHead,
  type ResidenceStatus,
  registerResidence,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { Prisma } from '../../db/client.js';
import type { Person as PersonRow, Resident as ResidentRow } from '../../generated/sqlite/client.js';
import { residentMapper } from '../../mappers/registry.js';
import { PersonRef } from '../person/person.js';
import { regionCodeArg } from '../region/region.js';
import { connectionOf } from '../shared/connection.js';
import { calendarDate, todayOf } from '../shared/dates.js';
import { type GlobalId, lookupIdOf } from '../shared/ids.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { nodeScope } from '../shared/node-scope.js';
import {
  citizenIdArg,
  citizenIdLast4Arg,
  fullCitizenIdScope,
  nameContainsArg,
  nameMatches,
  nameSearchScope,
  personalValue,
} from '../shared/personal.js';
import { grantsReach, readableWhere, within } from '../shared/scope.js';
import { inSerializableTransaction } from '../shared/transaction.js';
import { failed, type Payload, succeeded, userErrorType } from '../shared/user-errors.js';
import { RegistrationCheckStatusEnum, RelationToHeadEnum, ResidenceStatusEnum } from './enums.js';
import { residentCheckWhere } from './registration-check.js';

/** A resident's personal field as the caller may see it: the record is held by the resident's grid. */
export function residentValue(
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
          regionCode: resident.person.residenceRegionCode,
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
    registeredOn: t.field({
      type: 'Date',
      nullable: true,
      description:
        'The day the residence began; null for residences recorded before the registry kept the day.',
      resolve: (resident) => resident.registeredOn,
    }),
    endedOn: t.field({
      type: 'Date',
      nullable: true,
      description:
        'The day the residence ended, when the person’s household registration (户籍) was transferred to ' +
        'another household; null while it lasts. Ended residences are kept as history.',
      resolve: (resident) => resident.endedOn,
    }),
    holdsRegistration: t.boolean({
      description:
        'Whether this residence holds the person’s household registration (户籍) now: it lasts and is not ' +
        'floating. A person holds one at a time.',
      resolve: (resident) => resident.registrationHolder !== null,
    }),
  }),
});

/**
 * A household's current members the caller may read (core's read model for the registry, in SQL):
 * residences not ended, in a stable order. A caller outside the household's reach gets no members
 * rather than an error.
 */
function currentMembers(context: Context) {
  return {
    where: { endedOn: null, ...readableWhere<'gridCode'>(context, 'REGISTRY', { code: 'gridCode' }) },
    orderBy: { id: 'asc' },
  } as const satisfies Prisma.Household$residentsArgs;
}

// The household's people belong to the registry; the household itself to the grid area.
builder.prismaObjectFields('Household', (t) => ({
  members: t.relation('residents', {
    description:
      'The residents living in or registered to the household now (ended residences are left out), ' +
      'their personal fields masked as the caller’s roles in the grid allow. Loaded for a whole list of ' +
      'households at once.',
    query: (_args, context) => currentMembers(context),
  }),
  head: t.field({
    type: ResidentRef,
    nullable: true,
    description:
      'The head of the household (户主) among the current members, masked like them; null while nobody is ' +
      'registered.',
    // The same selection as `members`, so asking for both loads the members once.
    select: (_args, context, nestedSelection) => ({ residents: nestedSelection(currentMembers(context)) }),
    resolve: (household) =>
      // nestedSelection carries Resident's type-level `include: { person: true }`; its static type does not.
      (household.residents as StoredResident[]).find((member) => member.relationToHead === 'HEAD') ?? null,
  }),
}));

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
    nameContains: t.string({
      required: false,
      validate: nameContainsArg,
      description:
        'Part of the name in Chinese characters (`%`, `_` and `\\` match themselves). Only for callers who ' +
        'see names in full in the region searched; others get FORBIDDEN, because a match would reveal a ' +
        'masked name.',
    }),
    personId: t.globalID({ required: false, description: 'The residences of this person.' }),
    includeEnded: t.boolean({
      required: false,
      description:
        'Also list residences that ended (transferred away), for a person’s history; by default only ' +
        'those that last.',
    }),
    registrationCheck: t.field({
      type: RegistrationCheckStatusEnum,
      required: false,
      description:
        'Floating residents whose residence registration (居住登记) stands so in the 3-day check today: LATE ' +
        'lists those registered after the county’s days.',
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
      nameContains?: string | null;
      personId?: GlobalId | null;
      includeEnded?: boolean | null;
      registrationCheck?: RegistrationCheckStatus | null;
    }
  | null
  | undefined;

/** The SQL condition of a resident list: the caller's region, then the filter. */
function residentWhere(context: Context, filter: ResidentFilterInput): Prisma.ResidentWhereInput {
  const and: Prisma.ResidentWhereInput[] = [residentReadable(context)];
  if (!filter?.includeEnded) and.push({ endedOn: null });
  if (filter?.personId) and.push({ personId: lookupIdOf(filter.personId, 'Person') });
  if (filter?.within) and.push(within('gridCode', filter.within));
  if (filter?.gridCode) and.push({ gridCode: filter.gridCode });
  if (filter?.householdId) and.push({ householdId: lookupIdOf(filter.householdId, 'Household') });
  if (filter?.residenceStatus) and.push({ residenceStatus: filter.residenceStatus });
  if (filter?.registrationCheck) and.push(residentCheckWhere(filter.registrationCheck, todayOf(context)));
  if (filter?.nameContains) {
    // As for people: the name is matched literally, and only where the caller sees names in full
    // (a resident's personal fields are masked by the grid keeping the record).
    and.push({ person: nameMatches(filter.nameContains) }, nameSearchScope(context, 'gridCode'));
  }
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

interface ResidentRegistered {
  readonly resident: StoredResident;
  readonly ended: readonly StoredResident[];
  readonly away: StoredResident | null;
}

const ResidentRegisterPayload = builder
  .objectRef<Payload<ResidentRegistered>>('ResidentRegisterPayload')
  .implement({
    description: 'The result of registering a resident.',
    fields: (t) => ({
      resident: t.field({
        type: ResidentRef,
        nullable: true,
        description: 'The resident as stored; null when the registration was refused.',
        resolve: (payload) => payload.result?.resident ?? null,
      }),
      endedResidences: t.field({
        type: [ResidentRef],
        description:
          'The residences the registration ended: the person’s former household registration (户籍) when ' +
          'this was a transfer (户口迁移), with its `endedOn`; empty otherwise and when refused.',
        resolve: (payload) => [...(payload.result?.ended ?? [])],
      }),
      awayResidence: t.field({
        type: ResidentRef,
        nullable: true,
        description:
          'When a floating registration (流动人口) takes the person away from the household where they are ' +
          'registered and lived: their residence there from today, away (外出, 户在人不在), continuing the one ' +
          'ended in `endedResidences`; null otherwise and when refused.',
        resolve: (payload) => payload.result?.away ?? null,
      }),
      userErrors: t.field({
        type: [ResidentRegisterUserError],
        description: 'Why the registration was refused; empty on success.',
        resolve: (payload) => [...payload.userErrors],
      }),
    }),
  });

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
    originCode: t.string({
      required: false,
      description:
        'FLOATING and SEPARATED: where the person came from (来源地), usually their 户籍地: a village or ' +
        'community code, or a county-level GB/T 2260 code in force. Required for those statuses, refused for ' +
        'the others.',
    }),
    arrivedOn: t.field({
      type: 'Date',
      required: false,
      description:
        'FLOATING and SEPARATED: the day they arrived, not after today. Required for those statuses.',
    }),
    destinationCode: t.string({
      required: false,
      description:
        'AWAY: where the person went (去向) as a village, community or county code in force; give this or ' +
        '`destinationPlace`.',
    }),
    destinationPlace: t.string({
      required: false,
      description: 'AWAY: where the person went, as text of at most 60 characters, where no code names it.',
    }),
    departedOn: t.field({
      type: 'Date',
      required: false,
      description: 'AWAY: the day they left, not after today. Required for that status.',
    }),
  }),
});

/** A checkHousehold or registerResidence failure, pointed at the input that caused it. */
const HOUSEHOLD_ERROR_FIELD: Readonly<Record<string, readonly string[]>> = {
  [RESIDENT_ERRORS.CITIZEN_ID_DUPLICATE.code]: ['personId'],
  [RESIDENT_ERRORS.HOUSEHOLD_HEAD_DUPLICATE.code]: ['relationToHead'],
  [RESIDENT_ERRORS.HOUSEHOLD_HEAD_MISSING.code]: ['relationToHead'],
  [RESIDENT_ERRORS.OTHER_HOUSEHOLD.code]: ['householdId'],
  [RESIDENT_ERRORS.HEAD_LEAVES_MEMBERS.code]: ['personId'],
  [RESIDENT_ERRORS.REGISTERED_ELSEWHERE.code]: ['personId'],
  [RESIDENT_ERRORS.HEAD_NOT_MEMBER.code]: ['personId'],
  [RESIDENT_ERRORS.ALREADY_HEAD.code]: ['personId'],
  [RESIDENT_ERRORS.RELATION.code]: ['formerHeadRelation'],
};

/** A core refusal with its field path pointed at the mutation's input. */
function residentRefusal(error: DomainError): Payload<never> {
  return failed({ ...error, field: HOUSEHOLD_ERROR_FIELD[error.code] ?? error.field ?? [] });
}

/** Whether a write broke the unique index that keeps one household registration per person. */
function isSecondRegistration(error: unknown): boolean {
  return (
    error instanceof Prisma.PrismaClientKnownRequestError &&
    error.code === 'P2002' &&
    JSON.stringify(error.meta ?? {}).includes('registrationHolder')
  );
}

builder.mutationField('residentRegister', (t) =>
  t.field({
    type: ResidentRegisterPayload,
    description:
      'Records a person as a resident of a household (实有人口登记). The household keeps exactly one head ' +
      'and no person twice: a second head is a CONFLICT, and a household’s first member must be its head. ' +
      'A person holds one household registration (户籍) at a time: registering them as a registered ' +
      'resident or away in another household is a transfer (户口迁移) that ends the old residence today ' +
      '(kept as history, returned in `endedResidences`); a head cannot leave a household others still ' +
      'live in (RESIDENT_HEAD_LEAVES_MEMBERS). A floating registration moves no registration, but a ' +
      'residence the person lived in as a registered resident ends today and continues as away (外出, ' +
      'returned in `awayResidence`, gone today to this household’s village), all in one transaction. A ' +
      'floating or separated resident is registered with where they came from and when (`originCode`, ' +
      '`arrivedOn`), a resident away with where they went and when; a floating resident registered more ' +
      'than the county’s days after arriving is recorded as registered late (`registrationCheck`).',
    args: { input: t.arg({ type: ResidentRegisterInput, required: true, description: 'The resident.' }) },
    resolve: async (_root, { input }, context) => {
      try {
        return await register(context, input);
      } catch (error) {
        // Two registrations of one person at the same moment: the serializable transaction lets one
        // through; should the database's unique index be what stops the other, it is told so.
        if (isSecondRegistration(error)) return residentRefusal(RESIDENT_ERRORS.REGISTERED_ELSEWHERE);
        throw error;
      }
    },
  }),
);

interface ResidentRegisterArgs {
  readonly personId: GlobalId;
  readonly householdId: GlobalId;
  readonly relationToHead: RelationToHead;
  readonly residenceStatus: ResidenceStatus;
  readonly housingId?: GlobalId | null;
  readonly originCode?: string | null;
  readonly arrivedOn?: string | null;
  readonly destinationCode?: string | null;
  readonly destinationPlace?: string | null;
  readonly departedOn?: string | null;
}

/**
 * Reads the household and the person's residences, lets core decide (createResident,
 * checkHousehold, registerResidence), then ends the residences the transfer ends before writing the
 * new one, so the unique registration column never holds two open registrations of one person.
 */
function register(context: Context, input: ResidentRegisterArgs): Promise<Payload<ResidentRegistered>> {
  return inSerializableTransaction(context.db, async (tx) => {
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
    const today = todayOf(context);
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
        originCode: input.originCode,
        arrivedOn: input.arrivedOn ? calendarDate(input.arrivedOn) : null,
        destinationCode: input.destinationCode,
        destinationPlace: input.destinationPlace,
        departedOn: input.departedOn ? calendarDate(input.departedOn) : null,
      },
      today,
    );
    if (!resident.ok) return failed(resident.error);
    const members = await tx.resident.findMany({
      where: { householdId: household.id, endedOn: null },
      include: { person: true },
    });
    const checked = checkHousehold([...members.map(residentMapper.toDomain), resident.value]);
    if (!checked.ok) return residentRefusal(checked.error);
    // The person's residences now, with everyone living in each household they might leave.
    const held = await tx.resident.findMany({
      where: { personId: person.id, endedOn: null },
      include: { person: true },
    });
    const housemates = await tx.resident.findMany({
      where: { householdId: { in: held.map((row) => row.householdId) }, endedOn: null },
      include: { person: true },
    });
    const change = registerResidence(
      resident.value,
      held.map((row) => ({
        residence: residentMapper.toDomain(row),
        household: housemates.filter((m) => m.householdId === row.householdId).map(residentMapper.toDomain),
      })),
      today,
      `RES-${randomUUID()}`,
    );
    if (!change.ok) return residentRefusal(change.error);
    const ended: StoredResident[] = [];
    for (const residence of change.value.ended) {
      ended.push(
        await tx.resident.update({
          where: { id: residence.id },
          data: residentMapper.toColumns({ ...residence, personId: person.id }),
          include: { person: true },
        }),
      );
    }
    // After the ended residence gave up the registration column, which the residence away takes on.
    const away = change.value.away
      ? await tx.resident.create({
          data: residentMapper.toColumns({ ...change.value.away, personId: person.id }),
          include: { person: true },
        })
      : null;
    const row = await tx.resident.create({
      data: residentMapper.toColumns({ ...change.value.resident, personId: person.id }),
      include: { person: true },
    });
    return succeeded({ resident: row, ended, away });
  });
}

// ---- changing the head of a household (户主变更) ------------------------------------------------

const HouseholdHeadChangeUserError = userErrorType(
  'HouseholdHeadChangeUserError',
  'Why the head of a household was not changed.',
  [
    RESIDENT_ERRORS.HEAD_NOT_MEMBER,
    RESIDENT_ERRORS.ALREADY_HEAD,
    RESIDENT_ERRORS.RELATION,
    RESIDENT_ERRORS.HOUSEHOLD_HEAD_MISSING,
    RESIDENT_ERRORS.HOUSEHOLD_HEAD_DUPLICATE,
    RESIDENT_ERRORS.OTHER_HOUSEHOLD,
    RESIDENT_ERRORS.CITIZEN_ID_DUPLICATE,
    ...Object.values(REGISTRY_ACCESS_ERRORS),
  ],
);

interface HeadChanged {
  readonly head: StoredResident;
  readonly formerHead: StoredResident;
}

const HouseholdHeadChangePayload = builder
  .objectRef<Payload<HeadChanged>>('HouseholdHeadChangePayload')
  .implement({
    description: 'The result of changing the head of a household.',
    fields: (t) => ({
      head: t.field({
        type: ResidentRef,
        nullable: true,
        description: 'The new head’s residence, now with the relation HEAD; null when refused.',
        resolve: (payload) => payload.result?.head ?? null,
      }),
      formerHead: t.field({
        type: ResidentRef,
        nullable: true,
        description: 'The former head’s residence, still a member, with their relation to the new head.',
        resolve: (payload) => payload.result?.formerHead ?? null,
      }),
      userErrors: t.field({
        type: [HouseholdHeadChangeUserError],
        description: 'Why the change was refused; empty on success.',
        resolve: (payload) => [...payload.userErrors],
      }),
    }),
  });

const HouseholdHeadChangeInput = builder.inputType('HouseholdHeadChangeInput', {
  description: 'A current member to make the head of their household (户主变更).',
  fields: (t) => ({
    householdId: t.globalID({ required: true, description: 'The household.' }),
    personId: t.globalID({
      required: true,
      description: 'The person who becomes the head: a current member of the household.',
    }),
    formerHeadRelation: t.field({
      type: RelationToHeadEnum,
      required: false,
      description:
        'How the former head is related to the new one; by default the inverse of how the new head was related ' +
        'to the former (a child’s parent, a spouse’s spouse, a sibling’s sibling). Never HEAD.',
    }),
  }),
});

builder.mutationField('householdHeadChange', (t) =>
  t.field({
    type: HouseholdHeadChangePayload,
    description:
      'Makes a current member the head (户主) of their household, the former head staying a member (户主变更): ' +
      'so a head need not be the last to leave. Refused with RESIDENT_HEAD_NOT_MEMBER for anyone who does not ' +
      'live in the household now and RESIDENT_ALREADY_HEAD for the head itself. Other members keep the ' +
      'relation recorded for them.',
    args: {
      input: t.arg({
        type: HouseholdHeadChangeInput,
        required: true,
        description: 'The household and its new head.',
      }),
    },
    resolve: (_root, { input }, context) =>
      inSerializableTransaction(context.db, async (tx) => {
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
        const members = await tx.resident.findMany({
          where: { householdId: household.id, endedOn: null },
          include: { person: true },
        });
        const change = changeHouseholdHead(
          members.map(residentMapper.toDomain),
          person.citizenId,
          input.formerHeadRelation ?? undefined,
        );
        if (!change.ok) return residentRefusal(change.error);
        const personOf = new Map(members.map((row) => [row.id, row.personId]));
        const write = (resident: typeof change.value.newHead) =>
          tx.resident.update({
            where: { id: resident.id },
            data: residentMapper.toColumns({ ...resident, personId: personOf.get(resident.id) ?? '' }),
            include: { person: true },
          });
        const formerHead = await write(change.value.formerHead);
        const head = await write(change.value.newHead);
        return succeeded({ head, formerHead });
      }),
  }),
);
