// Deadlines past the calendar's official data: provisional until the year's official schedule is
// loaded, then computed from it (issue: "deadlines stop working in December").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken, verifierFromEnv } from '../src/auth/tokens.js';
import { createCalendarSource, loadSchedule } from '../src/calendar.js';
import { createGateway, type Gateway } from '../src/yoga.js';
import { gridFixtures, personFixtures, recordFixtures, regionFixtures } from './fixture-sets.js';
import { startGateway, TEST_SECRET, type TestGateway } from './harness.js';

const EXAMPLES = join(import.meta.dirname, '../../core/test-data');
const example = (name: string) => JSON.parse(readFileSync(join(EXAMPLES, name), 'utf8'));

// A Sunday in December 2026: the county's 20 working days run into January 2027, past the
// official data (2022–2026).
const REPORTED = new Date('2026-12-20T02:00:00.000Z');

let t: TestGateway;
let gateway: Gateway;
let refresh: () => void;
let matterId: string;

beforeAll(async () => {
  t = await startGateway([regionFixtures, personFixtures(), gridFixtures(), recordFixtures({ limit: 3000 })]);
  const matter = await t.db.matter.findFirstOrThrow({ orderBy: { id: 'asc' } });
  matterId = matter.id;
  // Arrange: the matter reached the county (20 working days) on 2026-12-20.
  await t.db.matter.update({
    where: { id: matter.id },
    data: {
      state: 'ASSIGNED',
      open: true,
      closedAt: null,
      resolutionMinutes: null,
      level: 'COUNTY',
      levelStartedAt: REPORTED,
      clockStartedAt: REPORTED,
    },
  });
  const calendars = createCalendarSource(t.db);
  refresh = calendars.refresh;
  gateway = createGateway({
    db: t.db,
    verify: await verifierFromEnv({ GRASSROOTS_JWT_SECRET: TEST_SECRET }),
    clock: () => REPORTED,
    calendars,
  });
});
afterAll(() => t.close());

async function deadline(): Promise<{ dueAt: string; dueAtProvisional: boolean }> {
  const token = await mintToken(
    { subject: 'admin', grants: [{ role: 'COUNTY_ADMIN', region: '542526' }] },
    new TextEncoder().encode(TEST_SECRET),
  );
  const response = await gateway.fetch('http://grassroots.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: 'query ($id: ID!) { node(id: $id) { ... on Matter { dueAt dueAtProvisional } } }',
      variables: { id: encodeGlobalID('Matter', matterId) },
    }),
  });
  const body = (await response.json()) as { data: { node: { dueAt: string; dueAtProvisional: boolean } } };
  return body.data.node;
}

describe('a deadline that runs into a year without an official schedule', () => {
  it('is computed from the statutory holidays by rule, and says it is provisional', async () => {
    // 21–31 Dec: 9 working days; 1 Jan 2027 is New Year's Day; 4–18 Jan: the other 11.
    expect(await deadline()).toEqual({ dueAt: '2027-01-18T16:00:00.000Z', dueAtProvisional: true });
  });

  it('moves and stops being provisional once the official 2027 schedules are loaded', async () => {
    // A notice that gives 4 January off as well (the example schedule, one day longer).
    const national = example('official-schedule-2027-national.example.json');
    national.restPeriods[0].to = '2027-01-04';
    expect((await loadSchedule(t.db, national, REPORTED)).ok).toBe(true);
    expect(
      (await loadSchedule(t.db, example('official-schedule-2027-tibet.example.json'), REPORTED)).ok,
    ).toBe(true);
    refresh();
    expect(await deadline()).toEqual({ dueAt: '2027-01-19T16:00:00.000Z', dueAtProvisional: false });
  });

  it('refuses a schedule that does not read, naming the field, and stores nothing', async () => {
    const before = await t.db.holidaySchedule.count();
    const broken = { ...example('official-schedule-2027-national.example.json'), year: 'next' };
    const loaded = await loadSchedule(t.db, broken, REPORTED);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok)
      expect(loaded.error).toMatchObject({
        code: expect.stringMatching(/^CALENDAR\.SCHEDULE_/),
        field: ['year'],
      });
    expect(await t.db.holidaySchedule.count()).toBe(before);
  });
});
