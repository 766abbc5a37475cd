import { catalogueItem, eventLeaderboard, NAGQU_CONTEST_CATALOGUE } from '@grassroots/core';
import { nagquContest, NAGQU_CONTEST_TOTALS as T } from '@grassroots/fixtures';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contestFixtures, contestLocalFixtures, regionFixtures } from './fixture-sets.js';
import { startGateway, type TestCaller, type TestGateway } from './harness.js';

const contest = nagquContest();
const CITY = '540600';
const ANDO = '540624';
const organiser: TestCaller = { subject: 'organiser', grants: [{ role: 'CONTEST_ORGANISER', region: CITY }] };
const judgeOf = (personId: string, region = ANDO): TestCaller => ({
  subject: `judge-${personId}`,
  personId,
  grants: [{ role: 'JUDGE', region }],
});
const eventById = (id: string) => {
  const event = contest.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
};

let t: TestGateway;

// The village and township entries too: the programme's totals count all 560,000. The first file of
// a run builds that template (1.3 million rows), which on a busy machine outlasts the default hook
// timeout.
beforeAll(async () => {
  t = await startGateway([regionFixtures, contestFixtures(), contestLocalFixtures()]);
}, 600_000);
afterAll(() => t.close());

describe('the catalogue and the editions (public)', () => {
  it('has 4 sections, 14 categories and 31 items', async () => {
    const result = await t.gql<{
      contestCatalogue: {
        section: string;
        categories: { items: { code: string; synthetic: boolean }[] }[];
      }[];
    }>(
      `{ contestCatalogue { section label categories { code label items { id code synthetic scoringMethod } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const sections = result.data?.contestCatalogue ?? [];
    const items = sections.flatMap((s) => s.categories.flatMap((c) => c.items));
    expect(sections.map((s) => s.section)).toEqual([
      'ARTS_CULTURE',
      'LANGUAGE_WRITING',
      'PRACTICE',
      'VOCATIONAL_SKILLS',
    ]);
    expect(sections.flatMap((s) => s.categories)).toHaveLength(14);
    expect(items).toHaveLength(31);
    expect(items.filter((i) => !i.synthetic)).toHaveLength(6);
  });

  it('lists the editions: 2022 and 2023 closed, 2024 open', async () => {
    const result = await t.gql<{ contestEditions: { number: number; year: number; status: string }[] }>(
      '{ contestEditions { number year status } }',
    );
    expect(result.data?.contestEditions).toEqual([
      { number: 1, year: 2022, status: 'CLOSED' },
      { number: 2, year: 2023, status: 'CLOSED' },
      { number: 3, year: 2024, status: 'OPEN' },
    ]);
  });
});

const STATS = `query Stats($code: String!, $editions: [Int!]) {
  region(code: $code) { contestStats(editions: $editions) {
    events entries audience talents trained employed businesses incomeFen
    culturalResources heritageBearers heritageProducts heritageRevenueFen heritageJobs } } }`;

describe('Region.contestStats', () => {
  it('answers the article’s figures for 那曲市 without arguments (the closed editions)', async () => {
    const result = await t.gql<{ region: { contestStats: Record<string, number> } }>(STATS, { code: CITY });
    expect(result.errors).toBeUndefined();
    expect(result.data?.region.contestStats).toEqual({
      events: 34_000,
      entries: 560_000,
      audience: 3_600_000,
      talents: 797,
      trained: T.trained,
      employed: 711,
      businesses: 86,
      incomeFen: 4_050_500_000,
      culturalResources: 465,
      heritageBearers: T.heritageBearers,
      heritageProducts: T.heritageProducts,
      heritageRevenueFen: 235_250_000,
      heritageJobs: 114,
    });
    expect(T.trained).toBeGreaterThan(29_500);
    expect(T.heritageBearers).toBeGreaterThanOrEqual(20);
    expect(T.heritageProducts).toBeGreaterThanOrEqual(40);
  });

  it('counts the editions asked for, and a county’s own events only', async () => {
    const first = await t.gql<{ region: { contestStats: { events: number } } }>(STATS, {
      code: CITY,
      editions: [1],
    });
    expect(first.data?.region.contestStats.events).toBe(
      contest.events.filter((e) => e.editionNumber === 1).length,
    );
    const open = await t.gql<{ region: { contestStats: { events: number; entries: number } } }>(STATS, {
      code: ANDO,
      editions: [3],
    });
    expect(open.data?.region.contestStats).toMatchObject({
      events: contest.events.filter((e) => e.editionNumber === 3 && e.regionCode === ANDO).length,
      entries: contest.entries.filter((e) => e.eventId.startsWith('CE-3-540624-')).length,
    });
  });

  it('costs one statement for 2 counties as for 11', async () => {
    const counts: number[] = [];
    for (const first of [2, 11]) {
      t.resetQueries();
      const result = await t.gql(
        `query($n: Int) { region(code: "540600") { children(first: $n) { edges { node { contestStats { events entries } } } } } }`,
        { n: first },
      );
      expect(result.errors).toBeUndefined();
      counts.push(t.queries.length);
    }
    expect(counts[0]).toBe(counts[1]);
  });
});

describe('repeat champions and heritage (public)', () => {
  it('finds the weaver first at city level in editions 1 and 2 (蝉联)', async () => {
    const result = await t.gql<{
      contestRepeatChampions: { item: { code: string }; editions: number[]; people: { id: string }[] }[];
    }>('{ contestRepeatChampions { item { code } editions people { id } } }');
    expect(result.errors).toBeUndefined();
    const weaving = contest.repeatChampions.find((c) => c.itemCode === 'WEAVING');
    expect(result.data?.contestRepeatChampions.filter((c) => c.item.code === 'WEAVING')).toEqual([
      {
        item: { code: 'WEAVING' },
        editions: [1, 2],
        people: [{ id: encodeGlobalID('Person', weaving?.personIds[0] ?? '') }],
      },
    ]);
  });

  it('lists the surveyed resources and heritage products inside a region', async () => {
    const result = await t.gql<{
      culturalResources: { totalCount: number };
      heritageProducts: { totalCount: number };
    }>(`{ culturalResources(within: "540600", first: 3) { totalCount edges { node { name category } } }
          heritageProducts(within: "540600", first: 3) { totalCount edges { node { nameZh revenueFen jobs } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.culturalResources.totalCount).toBe(465);
    expect(result.data?.heritageProducts.totalCount).toBe(T.heritageProducts);
  });
});

describe('events and entries', () => {
  it('filters events by edition, item, level and region in SQL', async () => {
    const item = encodeGlobalID('ContestItem', 'WEAVING');
    const result = await t.gql<{
      contestEvents: { totalCount: number; edges: { node: { regionCode: string; level: string } }[] };
    }>(
      `query($f: ContestEventFilter) { contestEvents(filter: $f, first: 50) { totalCount edges { node { regionCode level } } } }`,
      { f: { edition: 2, item, level: 'COUNTY', within: CITY } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.contestEvents.totalCount).toBe(11);
    const village = await t.gql<{ contestEvents: { totalCount: number } }>(
      `query($f: ContestEventFilter) { contestEvents(filter: $f) { totalCount } }`,
      { f: { edition: 1, level: 'VILLAGE', within: '540624212' } },
    );
    expect(village.data?.contestEvents.totalCount).toBe(
      contest.events.filter(
        (e) => e.editionNumber === 1 && e.level === 'VILLAGE' && e.regionCode.startsWith('540624212'),
      ).length,
    );
  });

  it('pages entries of an event and of the whole programme with one connection type', async () => {
    const id = encodeGlobalID('ContestEvent', 'CE-1-540600-WEAVING');
    const result = await t.gql<{
      node: { entries: { totalCount: number } };
      contestEntries: { totalCount: number };
    }>(
      `query($id: ID!) { node(id: $id) { ... on ContestEvent { entries(first: 5) { totalCount edges { node { workNumber } } } } }
        contestEntries(filter: { edition: 1, level: CITY }) { totalCount } }`,
      { id },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.node.entries.totalCount).toBe(
      contest.entries.filter((e) => e.eventId === 'CE-1-540600-WEAVING').length,
    );
    expect(result.data?.contestEntries.totalCount).toBe(
      contest.entries.filter((e) => e.eventId.startsWith('CE-1-540600-')).length,
    );
  });
});

describe('village and township entries (every entry a record)', () => {
  const township = '540624212';
  const villageEvents = contest.events.filter(
    (e) => e.editionNumber === 1 && e.level === 'VILLAGE' && e.regionCode.startsWith(township),
  );
  const expected = villageEvents.reduce((sum, e) => sum + (contest.localEntryCounts.get(e.id) ?? 0), 0);

  it('lists a township’s village entries, each of a village event there and entered by its villagers', async () => {
    const result = await t.gql<{
      contestEntries: {
        totalCount: number;
        edges: {
          node: {
            event: { level: string; regionCode: string };
            entrants: { residenceRegion: { code: string } }[];
          };
        }[];
      };
    }>(
      `query($f: ContestEntryFilter) { contestEntries(filter: $f, first: 50) { totalCount edges { node {
        contestNumber event { level regionCode } entrants { residenceRegion { code } } } } } }`,
      { f: { edition: 1, level: 'VILLAGE', within: township } },
      { as: organiser },
    );
    expect(result.errors).toBeUndefined();
    expect(expected).toBeGreaterThan(100);
    expect(result.data?.contestEntries.totalCount).toBe(expected);
    const nodes = result.data?.contestEntries.edges.map((edge) => edge.node) ?? [];
    expect(nodes).toHaveLength(50);
    for (const node of nodes) {
      expect(node.event.level).toBe('VILLAGE');
      expect(node.event.regionCode.startsWith(township)).toBe(true);
      expect(node.entrants.length).toBeGreaterThan(0);
      for (const entrant of node.entrants)
        expect(entrant.residenceRegion.code.startsWith(township)).toBe(true);
    }
  });

  it('counts a village’s entries in its statistics, and every township event’s in the county’s', async () => {
    const village = villageEvents[0]?.regionCode ?? '';
    const result = await t.gql<{ region: { contestStats: { events: number; entries: number } } }>(STATS, {
      code: village,
      editions: [1],
    });
    const inVillage = contest.events.filter((e) => e.editionNumber === 1 && e.regionCode === village);
    expect(result.data?.region.contestStats).toMatchObject({
      events: inVillage.length,
      entries: inVillage.reduce((sum, e) => sum + (contest.localEntryCounts.get(e.id) ?? 0), 0),
    });
    const townshipRows = await t.db.contestEntry.count({
      where: { event: { editionNumber: 2, level: 'TOWNSHIP', regionCode: { startsWith: '540624' } } },
    });
    expect(townshipRows).toBe(
      contest.events
        .filter((e) => e.editionNumber === 2 && e.level === 'TOWNSHIP' && e.regionCode.startsWith('540624'))
        .reduce((sum, e) => sum + (contest.localEntryCounts.get(e.id) ?? 0), 0),
    );
  });
});

const BOARD = `query($id: ID!) { node(id: $id) { ... on ContestEvent { status leaderboard {
  standings { rank score prize prizeFen advances marks { value } entry { workNumber entrants { id residenceRegion { code } } } }
  unscored { workNumber } } } } }`;
const BIG_BOARD = `query($id: ID!) { node(id: $id) { ... on ContestEvent { leaderboard {
  standings { rank score marks { value } entry { workNumber entrants { id } } } } } } }`;
type Board = {
  node: {
    leaderboard: {
      standings: {
        rank: number;
        score: number;
        prize: string | null;
        prizeFen: number | null;
        advances: boolean;
        marks: { value: number }[] | null;
        entry: { workNumber: string; entrants: { id: string; residenceRegion: { code: string } }[] };
      }[];
      unscored: { workNumber: string }[];
    };
  };
};

describe('an event’s leaderboard (core’s rules over the stored marks)', () => {
  it('makes the herder of 安多县 措玛乡 edition 1’s dairy-processing champion, with the first prize', async () => {
    const result = await t.gql<Board>(
      BOARD,
      { id: encodeGlobalID('ContestEvent', 'CE-1-540600-DAIRY_PROCESSING') },
      { as: organiser },
    );
    expect(result.errors).toBeUndefined();
    const [first, second] = result.data?.node.leaderboard.standings ?? [];
    expect(first?.rank).toBe(1);
    expect(second?.rank).toBe(2);
    expect(first?.prize).toBe('FIRST');
    expect(first?.prizeFen).toBe(300_000);
    expect(first?.entry.entrants[0]?.residenceRegion.code.startsWith('540624212')).toBe(true);
  });

  it('ranks as core does from the fixtures, and shows nobody behind the works to the public', async () => {
    const id = 'CE-2-540600-WEAVING';
    const item = catalogueItem(NAGQU_CONTEST_CATALOGUE, 'WEAVING');
    if (!item) throw new Error('no item');
    const entries = contest.entries.filter((e) => e.eventId === id);
    const ids = new Set(entries.map((e) => e.id));
    const expected = eventLeaderboard(
      item,
      entries,
      contest.marks.filter((m) => ids.has(m.entryId)),
    );
    const work = new Map(entries.map((e) => [e.id, e.blind.workNumber]));
    const result = await t.gql<Board>(BOARD, { id: encodeGlobalID('ContestEvent', id) });
    const standings = result.data?.node.leaderboard.standings ?? [];
    expect(standings.map((s) => [s.rank, s.score, s.entry.workNumber])).toEqual(
      expected.standings.map((s) => [s.rank, s.score, work.get(s.entryId)]),
    );
    expect(standings.every((s) => s.entry.entrants.length === 0)).toBe(true);
    expect(standings.filter((s) => s.prize === 'FIRST').length).toBeGreaterThanOrEqual(1);
  });

  it('computes a city final of 1,000 entries and 7 judges each in a fixed number of statements', async () => {
    const eventId = 'CE-9-540600-WEAVING';
    const people = contest.people.slice(0, 1000);
    await t.db.contestEdition.create({ data: { number: 9, year: 2030, status: 'OPEN' } });
    await t.db.contestEvent.create({
      data: {
        id: eventId,
        editionNumber: 9,
        itemCode: 'WEAVING',
        level: 'CITY',
        regionCode: CITY,
        heldOn: '2030-08-01',
        audience: 0,
        reportedEntrants: null,
        status: 'CHECKED',
      },
    });
    const judges = contest.people.slice(1000, 1007).map((p) => p.id);
    await t.db.contestJudge.createMany({ data: judges.map((judgeId) => ({ eventId, judgeId })) });
    const entries = people.map((_person, i) => ({
      id: `${eventId}-${String(i).padStart(4, '0')}`,
      eventId,
      teamName: null,
      contestNumber: `C${i}`,
      stationNumber: i + 1,
      workNumber: `W${i}`,
      completionSeconds: 3000 + (i % 17),
      practicalScore: null,
      theoryScore: null,
      measured: null,
      advancedFromId: null,
    }));
    await t.db.contestEntry.createMany({ data: entries });
    await t.db.contestEntrant.createMany({
      data: entries.map((e, i) => ({ entryId: e.id, personId: people[i]?.id ?? '', position: 0 })),
    });
    const marks = entries.flatMap((e, i) =>
      judges.map((judgeId, j) => ({
        entryId: e.id,
        eventId,
        judgeId,
        aspectCode: '',
        value: 700 + ((i * 37 + j * 11) % 300),
      })),
    );
    for (let start = 0; start < marks.length; start += 1000) {
      await t.db.contestMark.createMany({ data: marks.slice(start, start + 1000) });
    }
    t.resetQueries();
    const started = performance.now();
    const result = await t.gql<Board>(
      BIG_BOARD,
      { id: encodeGlobalID('ContestEvent', eventId) },
      { as: organiser },
    );
    const ms = performance.now() - started;
    expect(result.errors).toBeUndefined();
    const standings = result.data?.node.leaderboard.standings ?? [];
    expect(standings).toHaveLength(1000);
    expect(standings.every((s) => s.marks?.length === 7 && s.entry.entrants.length === 1)).toBe(true);
    const item = catalogueItem(NAGQU_CONTEST_CATALOGUE, 'WEAVING');
    if (!item) throw new Error('no item');
    const expected = eventLeaderboard(
      item,
      entries.map((e) => ({ ...e, measured: null })),
      marks.map((m) => ({ entryId: m.entryId, aspectCode: null, value: m.value })),
    );
    expect(standings.map((s) => s.rank)).toEqual(expected.standings.map((s) => s.rank));
    // The event, its entries, its marks, the events whose entrants the caller sees, the entrants and
    // their people. Prisma splits an IN list of 1,000 ids into two statements of at most 999 bound
    // values and a COMMIT on SQLite, so the last two count three each: 10, none per entry or judge.
    expect(t.queries.length).toBeLessThanOrEqual(10);
    console.log(
      `leaderboard of 1,000 entries × 7 judges: ${Math.round(ms)} ms, ${t.queries.length} statements`,
    );
  });
});

const MARK = `mutation($input: ContestMarkRecordInput!) { contestMarkRecord(input: $input) {
  entry { workNumber } userErrors { code field } } }`;
type Mark = {
  contestMarkRecord: {
    entry: { workNumber: string } | null;
    userErrors: { code: string; field: string[] | null }[];
  };
};

describe('judges’ marks', () => {
  const judging = eventById('CE-3-540624-DAIRY_PROCESSING');
  const entryId = contest.entries.find((e) => e.eventId === judging.id)?.id ?? '';
  const assigned = judging.judgeIds[1] ?? '';
  const notAssigned =
    contest.people.find((p) => p.residenceRegionCode.startsWith(ANDO) && !judging.judgeIds.includes(p.id))
      ?.id ?? '';
  const markCount = () => t.db.contestMark.count({ where: { eventId: judging.id } });

  it('records a mark of a judge assigned to an event being judged', async () => {
    const before = await markCount();
    const result = await t.gql<Mark>(
      MARK,
      { input: { entryId: encodeGlobalID('ContestEntry', entryId), aspectCode: 'PRODUCT_TASTE', value: 3 } },
      { as: judgeOf(assigned) },
    );
    expect(result.data?.contestMarkRecord.userErrors).toEqual([]);
    expect(await markCount()).toBe(before + 1);
  });

  it('refuses a judge not assigned to the event with CONTEST_NOT_ASSIGNED and writes nothing', async () => {
    expect(judging.judgeIds).not.toContain(notAssigned);
    const before = await markCount();
    const result = await t.gql<Mark>(
      MARK,
      { input: { entryId: encodeGlobalID('ContestEntry', entryId), aspectCode: 'PRODUCT_TASTE', value: 2 } },
      { as: judgeOf(notAssigned) },
    );
    expect(result.data?.contestMarkRecord).toEqual({
      entry: null,
      userErrors: [{ code: 'CONTEST_NOT_ASSIGNED', field: null }],
    });
    expect(await markCount()).toBe(before);
  });

  it('refuses a judgement score above 3 on the value field', async () => {
    const result = await t.gql<Mark>(
      MARK,
      { input: { entryId: encodeGlobalID('ContestEntry', entryId), aspectCode: 'PRODUCT_TASTE', value: 4 } },
      { as: judgeOf(assigned) },
    );
    expect(result.data?.contestMarkRecord.userErrors).toEqual([
      { code: 'CONTEST_MARK_RANGE', field: ['value'] },
    ]);
  });

  it('refuses every mark once the results are checked, and writes nothing', async () => {
    const checked = eventById('CE-1-540624-DAIRY_PROCESSING');
    const entry = contest.entries.find((e) => e.eventId === checked.id)?.id ?? '';
    const before = await t.db.contestMark.findMany({ where: { eventId: checked.id } });
    const result = await t.gql<Mark>(
      MARK,
      { input: { entryId: encodeGlobalID('ContestEntry', entry), aspectCode: 'PRODUCT_TASTE', value: 0 } },
      { as: judgeOf(checked.judgeIds[0] ?? '') },
    );
    expect(result.data?.contestMarkRecord.userErrors).toEqual([
      { code: 'CONTEST_RESULTS_CHECKED', field: null },
    ]);
    expect(await t.db.contestMark.findMany({ where: { eventId: checked.id } })).toEqual(before);
  });

  it('is for judges only', async () => {
    const result = await t.gql<Mark>(
      MARK,
      { input: { entryId: encodeGlobalID('ContestEntry', entryId), value: 900 } },
      { as: organiser },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('organising: entries, judging, checking and advancement', () => {
  const TRANSITION = `mutation($input: ContestEventTransitionInput!) { contestEventTransition(input: $input) {
    event { status } userErrors { code field } } }`;
  type Transition = {
    contestEventTransition: { event: { status: string } | null; userErrors: { code: string }[] };
  };

  it('checks an entry in, then draws new work numbers when judging starts', async () => {
    const weaving = 'CE-3-540624-WEAVING';
    const person = contest.people.find(
      (p) =>
        p.residenceRegionCode.startsWith(ANDO) &&
        !contest.entries.some((e) => e.eventId === weaving && e.personIds.includes(p.id)),
    );
    const created = await t.gql<{
      contestEntryCreate: { entry: { contestNumber: string } | null; userErrors: { code: string }[] };
    }>(
      `mutation($input: ContestEntryCreateInput!) { contestEntryCreate(input: $input) { entry { contestNumber } userErrors { code } } }`,
      {
        input: {
          eventId: encodeGlobalID('ContestEvent', weaving),
          personIds: [encodeGlobalID('Person', person?.id ?? '')],
        },
      },
      { as: organiser },
    );
    expect(created.data?.contestEntryCreate.userErrors).toEqual([]);
    expect(created.data?.contestEntryCreate.entry?.contestNumber).toBe(`${weaving}-C011`);
    // The statistics' rollup counts the new entry in the same transaction.
    const stats = await t.gql<{ region: { contestStats: { entries: number } } }>(STATS, {
      code: ANDO,
      editions: [3],
    });
    expect(stats.data?.region.contestStats.entries).toBe(
      await t.db.contestEntry.count({ where: { event: { editionNumber: 3, regionCode: ANDO } } }),
    );
    const started = await t.gql<Transition>(
      TRANSITION,
      { input: { eventId: encodeGlobalID('ContestEvent', weaving), action: 'START_JUDGING' } },
      { as: organiser },
    );
    expect(started.data?.contestEventTransition).toEqual({ event: { status: 'JUDGING' }, userErrors: [] });
    const works = await t.db.contestEntry.findMany({
      where: { eventId: weaving },
      select: { workNumber: true },
    });
    expect(works).toHaveLength(11);
    expect(new Set(works.map((w) => w.workNumber)).size).toBe(11);
    expect(works.every((w) => w.workNumber.startsWith(`${weaving}-W`))).toBe(true);
  });

  it('refuses an organiser of another region and a judge', async () => {
    const other: TestCaller = { subject: 'other', grants: [{ role: 'CONTEST_ORGANISER', region: '540621' }] };
    const result = await t.gql<Transition>(
      TRANSITION,
      {
        input: {
          eventId: encodeGlobalID('ContestEvent', 'CE-3-540624-DAIRY_PROCESSING'),
          action: 'CHECK_RESULTS',
        },
      },
      { as: other },
    );
    expect(result.data?.contestEventTransition.userErrors).toEqual([
      { code: 'CONTEST_EVENT_NOT_FOUND', field: ['eventId'] },
    ]);
  });

  it('checks the results, then advances the top three to the city final once', async () => {
    const county = 'CE-3-540624-DAIRY_PROCESSING';
    const final = 'CE-3-540600-DAIRY_PROCESSING';
    const checked = await t.gql<Transition>(
      TRANSITION,
      { input: { eventId: encodeGlobalID('ContestEvent', county), action: 'CHECK_RESULTS' } },
      { as: organiser },
    );
    expect(checked.data?.contestEventTransition.event?.status).toBe('CHECKED');
    const ADVANCE = `mutation($input: ContestEntriesAdvanceInput!) { contestEntriesAdvance(input: $input) {
      event { entries(first: 10) { totalCount edges { node { advancedFrom { workNumber } } } } } userErrors { code field } } }`;
    const input = {
      eventId: encodeGlobalID('ContestEvent', county),
      toEventId: encodeGlobalID('ContestEvent', final),
    };
    const first = await t.gql<{
      contestEntriesAdvance: { event: { entries: { totalCount: number } } | null; userErrors: unknown[] };
    }>(ADVANCE, { input }, { as: organiser });
    expect(first.errors).toBeUndefined();
    expect(first.data?.contestEntriesAdvance.userErrors).toEqual([]);
    expect(first.data?.contestEntriesAdvance.event?.entries.totalCount).toBeGreaterThanOrEqual(3);
    const finalStats = await t.gql<{ region: { contestStats: { entries: number } } }>(STATS, {
      code: CITY,
      editions: [3],
    });
    expect(finalStats.data?.region.contestStats.entries).toBe(
      await t.db.contestEntry.count({ where: { event: { editionNumber: 3 } } }),
    );
    const again = await t.gql<{
      contestEntriesAdvance: { event: { entries: { totalCount: number } } | null };
    }>(ADVANCE, { input }, { as: organiser });
    expect(again.data?.contestEntriesAdvance.event?.entries.totalCount).toBe(
      first.data?.contestEntriesAdvance.event?.entries.totalCount,
    );
    const wrong = await t.gql<{ contestEntriesAdvance: { userErrors: { code: string }[] } }>(
      ADVANCE,
      {
        input: {
          eventId: encodeGlobalID('ContestEvent', county),
          toEventId: encodeGlobalID('ContestEvent', 'CE-3-540624-WEAVING'),
        },
      },
      { as: organiser },
    );
    expect(wrong.data?.contestEntriesAdvance.userErrors).toEqual([
      { code: 'CONTEST_NEXT_EVENT', field: ['toEventId'] },
    ]);
  });
});
