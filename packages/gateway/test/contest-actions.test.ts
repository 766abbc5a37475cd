// A contest organiser's events and entries through the API: core decides (the region fits the level,
// the item is in the catalogue, the edition is open and the day in its year, the organiser's grant
// reaches the place, a person is entered once per event), and a refusal is a typed userError with
// the input's field and writes nothing.
import { nagquContest } from '@grassroots/fixtures';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contestFixtures, regionFixtures } from './fixture-sets.js';
import { startGateway, type TestCaller, type TestGateway } from './harness.js';

const contest = nagquContest();
const CITY = '540600';
const ANDO = '540624';
const ANDO_TOWNSHIP = '540624100';
const ANDO_VILLAGE = '540624100001';
const organiser: TestCaller = {
  subject: 'ando-organiser',
  grants: [{ role: 'CONTEST_ORGANISER', region: ANDO }],
};
const otherCounty: TestCaller = {
  subject: 'nagqu-organiser',
  grants: [{ role: 'CONTEST_ORGANISER', region: '540621' }],
};
const andoPeople = contest.people.filter((p) => p.residenceRegionCode.startsWith(ANDO));
const personId = (i: number) => encodeGlobalID('Person', andoPeople[i]?.id ?? '');

let t: TestGateway;

beforeAll(async () => {
  t = await startGateway([regionFixtures, contestFixtures()]);
});
afterAll(() => t.close());

interface UserErrors {
  userErrors: { code: string; field: string[] | null; message: string }[];
}

const CREATE = `mutation($input: ContestEventCreateInput!) { contestEventCreate(input: $input) {
  event { id level status audience heldOn region { code } item { code } edition { number } }
  userErrors { code field message } } }`;
type Create = {
  contestEventCreate: UserErrors & {
    event: {
      id: string;
      level: string;
      status: string;
      audience: number;
      heldOn: string;
      region: { code: string };
      item: { code: string };
      edition: { number: number };
    } | null;
  };
};

const event = (overrides: Record<string, unknown> = {}) => ({
  editionId: encodeGlobalID('ContestEdition', '3'),
  itemId: encodeGlobalID('ContestItem', 'GUOZHUANG_DANCE'),
  level: 'TOWNSHIP',
  regionId: encodeGlobalID('Region', ANDO_TOWNSHIP),
  heldOn: '2024-08-01',
  audience: 240,
  judgeIds: [personId(0), personId(1), personId(2)],
  ...overrides,
});

const counts = async () => ({
  events: await t.db.contestEvent.count(),
  judges: await t.db.contestJudge.count(),
  entries: await t.db.contestEntry.count(),
  entrants: await t.db.contestEntrant.count(),
});

async function create(input: Record<string, unknown>, as: TestCaller = organiser, locale?: string) {
  const result = await t.gql<Create>(CREATE, { input }, { as, locale });
  expect(result.errors).toBeUndefined();
  return result.data?.contestEventCreate;
}

/** Asks for an event the rules refuse: one userError, no event, and not a row more. */
async function refusedEvent(input: Record<string, unknown>, as: TestCaller = organiser) {
  const before = await counts();
  const payload = await create(input, as);
  expect(payload?.event).toBeNull();
  expect(await counts()).toEqual(before);
  return payload?.userErrors.map(({ code, field }) => ({ code, field }));
}

describe('contestEventCreate: an organiser adds an event to the open edition', () => {
  it('adds a township event of a catalogue item with its judges, open for entries', async () => {
    const before = await counts();
    const payload = await create(event());
    expect(payload?.userErrors).toEqual([]);
    expect(payload?.event).toMatchObject({
      level: 'TOWNSHIP',
      status: 'OPEN',
      audience: 240,
      heldOn: '2024-08-01',
      region: { code: ANDO_TOWNSHIP },
      item: { code: 'GUOZHUANG_DANCE' },
      edition: { number: 3 },
    });
    expect(await counts()).toEqual({ ...before, events: before.events + 1, judges: before.judges + 3 });
  });

  it('holds each level in a region of that level: a village event in a village, the city final in 那曲市', async () => {
    expect(
      (await create(event({ level: 'VILLAGE', regionId: encodeGlobalID('Region', ANDO_VILLAGE) })))
        ?.userErrors,
    ).toEqual([]);
    const city: TestCaller = {
      subject: 'city-organiser',
      grants: [{ role: 'CONTEST_ORGANISER', region: CITY }],
    };
    expect(
      (await create(event({ level: 'CITY', regionId: encodeGlobalID('Region', CITY) }), city))?.userErrors,
    ).toEqual([]);
    expect(await refusedEvent(event({ level: 'VILLAGE' }))).toEqual([
      { code: 'CONTEST_LEVEL_REGION', field: ['regionId'] },
    ]);
    expect(await refusedEvent(event({ level: 'CITY', regionId: encodeGlobalID('Region', ANDO) }))).toEqual([
      { code: 'CONTEST_LEVEL_REGION', field: ['regionId'] },
    ]);
  });

  it('takes events only in the open edition, on a day of its year', async () => {
    expect(
      await refusedEvent(event({ editionId: encodeGlobalID('ContestEdition', '1'), heldOn: '2022-08-01' })),
    ).toEqual([{ code: 'CONTEST_EDITION_CLOSED', field: ['editionId'] }]);
    expect(await refusedEvent(event({ heldOn: '2025-01-03' }))).toEqual([
      { code: 'CONTEST_HELD_OUTSIDE_EDITION', field: ['heldOn'] },
    ]);
  });

  it('names what does not exist: the edition, the item, the region, a judge', async () => {
    expect(await refusedEvent(event({ editionId: encodeGlobalID('ContestEdition', '9') }))).toEqual([
      { code: 'CONTEST_EDITION_NOT_FOUND', field: ['editionId'] },
    ]);
    expect(await refusedEvent(event({ itemId: encodeGlobalID('ContestItem', 'YAK_RACING') }))).toEqual([
      { code: 'CONTEST_ITEM_NOT_FOUND', field: ['itemId'] },
    ]);
    // A global ID of another type names nothing of the expected one.
    expect(await refusedEvent(event({ itemId: encodeGlobalID('Region', 'GUOZHUANG_DANCE') }))).toEqual([
      { code: 'CONTEST_ITEM_NOT_FOUND', field: ['itemId'] },
    ]);
    expect(await refusedEvent(event({ regionId: encodeGlobalID('Region', '540624999') }))).toEqual([
      { code: 'CONTEST_REGION_NOT_FOUND', field: ['regionId'] },
    ]);
    expect(
      await refusedEvent(event({ judgeIds: [personId(0), encodeGlobalID('Person', 'P-NOBODY')] })),
    ).toEqual([{ code: 'CONTEST_PERSON_NOT_FOUND', field: ['judgeIds'] }]);
  });

  it('refuses a negative audience on its field', async () => {
    expect(await refusedEvent(event({ audience: -5 }))).toEqual([
      { code: 'CONTEST_AUDIENCE', field: ['audience'] },
    ]);
  });

  it('refuses an organiser whose grant does not reach the place, in the caller’s language', async () => {
    expect(await refusedEvent(event(), otherCounty)).toEqual([
      { code: 'CONTEST_FORBIDDEN', field: ['regionId'] },
    ]);
    const zh = await create(event(), otherCounty, 'zh-CN');
    expect(zh?.userErrors[0]?.message).toBe('您的角色或辖区不能组织该场比赛');
    const en = await create(event({ level: 'VILLAGE' }), organiser, 'en');
    expect(en?.userErrors[0]?.message).toBe(
      'An event is held in a region of its level (a village, township, county, the city)',
    );
  });

  it('is for contest organisers only', async () => {
    const judge: TestCaller = {
      subject: 'judge',
      personId: andoPeople[0]?.id,
      grants: [{ role: 'JUDGE', region: ANDO }],
    };
    const before = await counts();
    const result = await t.gql<Create>(CREATE, { input: event() }, { as: judge });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });
});

const ENTER = `mutation($input: ContestEntryCreateInput!) { contestEntryCreate(input: $input) {
  entry { contestNumber } userErrors { code field message } } }`;
type Enter = {
  contestEntryCreate: UserErrors & { entry: { contestNumber: string } | null };
};

async function enter(input: Record<string, unknown>, as: TestCaller = organiser) {
  const result = await t.gql<Enter>(ENTER, { input }, { as });
  expect(result.errors).toBeUndefined();
  return result.data?.contestEntryCreate;
}

async function refusedEntry(input: Record<string, unknown>, as: TestCaller = organiser) {
  const before = await counts();
  const payload = await enter(input, as);
  expect(payload?.entry).toBeNull();
  expect(await counts()).toEqual(before);
  return payload?.userErrors.map(({ code, field }) => ({ code, field }));
}

describe('contestEntryCreate: each person once per event', () => {
  it('enters two teams in a new team event, and refuses a member of the first in the second', async () => {
    const created = await create(event({ heldOn: '2024-08-15' }));
    const eventId = created?.event?.id ?? '';
    const first = await enter({ eventId, personIds: [personId(10), personId(11)], teamName: '措玛乡一队' });
    expect(first?.userErrors).toEqual([]);
    expect(first?.entry?.contestNumber).toMatch(/-C001$/);
    const second = await enter({ eventId, personIds: [personId(12), personId(13)], teamName: '措玛乡二队' });
    expect(second?.entry?.contestNumber).toMatch(/-C002$/);
    expect(
      await refusedEntry({ eventId, personIds: [personId(14), personId(11)], teamName: '措玛乡三队' }),
    ).toEqual([{ code: 'CONTEST_ALREADY_ENTERED', field: ['personIds'] }]);
  });

  it('refuses a person the fixtures already entered in the open weaving event', async () => {
    const weaving = 'CE-3-540624-WEAVING';
    const entered = contest.entries.find((e) => e.eventId === weaving)?.personIds[0] ?? '';
    const eventId = encodeGlobalID('ContestEvent', weaving);
    expect(await refusedEntry({ eventId, personIds: [encodeGlobalID('Person', entered)] })).toEqual([
      { code: 'CONTEST_ALREADY_ENTERED', field: ['personIds'] },
    ]);
    const fresh = andoPeople.find(
      (p) => !contest.entries.some((e) => e.eventId === weaving && e.personIds.includes(p.id)),
    );
    expect(
      (await enter({ eventId, personIds: [encodeGlobalID('Person', fresh?.id ?? '')] }))?.userErrors,
    ).toEqual([]);
    // Entered now: a second check-in of the same person is refused.
    expect(await refusedEntry({ eventId, personIds: [encodeGlobalID('Person', fresh?.id ?? '')] })).toEqual([
      { code: 'CONTEST_ALREADY_ENTERED', field: ['personIds'] },
    ]);
  });

  it('refuses entries to a checked event, the wrong number of entrants, unknown people and other counties’ events', async () => {
    const open = encodeGlobalID('ContestEvent', 'CE-3-540624-WEAVING');
    expect(
      await refusedEntry({
        eventId: encodeGlobalID('ContestEvent', 'CE-1-540624-DAIRY_PROCESSING'),
        personIds: [personId(20)],
      }),
    ).toEqual([{ code: 'CONTEST_ENTRIES_CLOSED', field: null }]);
    expect(await refusedEntry({ eventId: open, personIds: [personId(20), personId(21)] })).toEqual([
      { code: 'CONTEST_ENTRANTS', field: ['personIds'] },
    ]);
    expect(await refusedEntry({ eventId: open, personIds: [encodeGlobalID('Person', 'P-NOBODY')] })).toEqual([
      { code: 'CONTEST_PERSON_NOT_FOUND', field: ['personIds'] },
    ]);
    // An event outside the caller's region is not found, so ids cannot be probed.
    expect(await refusedEntry({ eventId: open, personIds: [personId(20)] }, otherCounty)).toEqual([
      { code: 'CONTEST_EVENT_NOT_FOUND', field: ['eventId'] },
    ]);
  });
});
