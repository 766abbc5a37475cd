import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate, isoWeekday, parseCalendarDate } from './date.js';
import {
  OFFICIAL_SCHEDULE_ERRORS,
  OFFICIAL_SCHEDULE_FORMAT,
  OFFICIAL_SCHEDULE_VERSION,
  type OfficialSchedule,
  type OfficialScheduleError,
  officialScheduleJson,
  parseOfficialSchedule,
} from './official-schedule.js';

// The example documents in test-data/ are read as the gateway will read a stored schedule: text,
// JSON.parse, parseOfficialSchedule.
function example(name: string): Record<string, unknown> {
  const url = new URL(`../../test-data/official-schedule-2027-${name}.example.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
}

function parsed(json: unknown): OfficialSchedule {
  const result = parseOfficialSchedule(json);
  if (!result.ok) throw new Error(`expected a schedule, got ${JSON.stringify(result.error)}`);
  return result.value;
}

const NATIONAL = example('national');
const TIBET = example('tibet');

/** The national example with `change` applied to a deep copy. */
function changed(
  change: (
    document: Record<string, unknown> & { restPeriods: unknown[]; adjustedWorkdays: unknown[] },
  ) => void,
) {
  const copy = structuredClone(NATIONAL) as Record<string, unknown> & {
    restPeriods: unknown[];
    adjustedWorkdays: unknown[];
  };
  change(copy);
  return copy;
}

describe('reading an official schedule (format version 1)', () => {
  it('reads the State Council’s 2027 schedule as the test example gives it', () => {
    const schedule = parsed(NATIONAL);
    expect(schedule).toMatchObject({
      year: 2027,
      scope: 'NATIONAL',
      regionCode: null,
      source: { number: '国办发明电〔2026〕99号', published: '2026-11-10', url: null },
    });
    expect(schedule.restPeriods).toHaveLength(7);
    expect(schedule.restPeriods[1]).toEqual({
      from: '2027-02-05',
      to: '2027-02-12',
      name: { zh: '春节', en: 'Spring Festival', bo: 'རྒྱ་ལོ་གསར།' },
    });
    expect(schedule.adjustedWorkdays.map((w) => w.date)).toEqual([
      '2027-01-31',
      '2027-02-20',
      '2027-05-08',
      '2027-09-26',
      '2027-10-09',
    ]);
  });

  it('reads a regional schedule of the Tibet Autonomous Region with its region code', () => {
    expect(parsed(TIBET)).toMatchObject({ scope: 'REGIONAL', regionCode: '540000', adjustedWorkdays: [] });
    expect(parsed({ ...TIBET, regionCode: '540100' }).regionCode).toBe('540100');
  });

  it('sorts periods and workdays, whatever order the document lists them in', () => {
    const reversed = changed((d) => {
      d.restPeriods.reverse();
      d.adjustedWorkdays.reverse();
    });
    expect(parsed(reversed)).toEqual(parsed(NATIONAL));
  });

  it('accepts a break that begins in the December before (the 2023 notice began on 31 December 2022)', () => {
    const document = changed((d) => {
      d.restPeriods[0] = { from: '2026-12-31', to: '2027-01-03', name: { zh: '元旦', en: "New Year's Day" } };
    });
    expect(parsed(document).restPeriods[0]?.from).toBe('2026-12-31');
  });

  it('names every holiday in Tibetan too: the one core knows for it, unless the document gives one', () => {
    for (const document of [NATIONAL, TIBET]) {
      for (const { name } of [...parsed(document).restPeriods, ...parsed(document).adjustedWorkdays]) {
        expect(name.bo, name.zh).toMatch(/^[\u0F00-\u0FFF]+།$/u);
      }
    }
    const joint = changed((d) => {
      d.restPeriods[6] = {
        from: '2027-10-01',
        to: '2027-10-07',
        name: { zh: '中秋节、国庆节', en: 'Mid-autumn Festival and National Day' },
      };
      d.restPeriods[0] = {
        from: '2027-01-01',
        to: '2027-01-03',
        name: { zh: '元旦', en: "New Year's Day", bo: 'ཕྱི་ལོའི་ལོ་གསར།' },
      };
    });
    expect(parsed(joint).restPeriods[6]?.name.bo).toBe('ཟླ་བ་བརྒྱད་པའི་ཚེས་བཅོ་ལྔའི་དུས་ཆེན་དང་རྒྱལ་ཁབ་དབུ་བརྙེས་དུས་ཆེན།');
    expect(parsed(joint).restPeriods[0]?.name.bo).toBe('ཕྱི་ལོའི་ལོ་གསར།');
  });

  it('writes a schedule back to a document that reads as the same schedule', () => {
    for (const document of [NATIONAL, TIBET]) {
      const schedule = parsed(document);
      const json = officialScheduleJson(schedule);
      expect(json.format).toBe(OFFICIAL_SCHEDULE_FORMAT);
      expect(parsed(JSON.parse(JSON.stringify(json)))).toEqual(schedule);
    }
  });
});

describe('a schedule that cannot be read is refused with a typed error at its field', () => {
  const { INVALID, VERSION, YEAR, REGION, DATE, PERIOD, WORKDAY, NAME_BO } = OFFICIAL_SCHEDULE_ERRORS;
  const cases: readonly [string, unknown, OfficialScheduleError, readonly string[] | undefined][] = [
    ['not an object', null, INVALID, undefined],
    ['an array', [NATIONAL], INVALID, undefined],
    ['a misspelt field', { ...NATIONAL, restperiods: [] }, INVALID, ['restperiods']],
    ['another format', { ...NATIONAL, format: 'chinese-days' }, VERSION, ['format']],
    ['a later version', { ...NATIONAL, version: 2 }, VERSION, ['version']],
    ['a year before the calendar', { ...NATIONAL, year: 2021 }, YEAR, ['year']],
    ['a year past 2099', { ...NATIONAL, year: 2100 }, YEAR, ['year']],
    ['a year as text', { ...NATIONAL, year: '2027' }, YEAR, ['year']],
    ['an unknown scope', { ...NATIONAL, scope: 'PROVINCIAL' }, INVALID, ['scope']],
    ['a national schedule with a region', { ...NATIONAL, regionCode: '540000' }, REGION, ['regionCode']],
    ['a regional schedule without one', { ...TIBET, regionCode: undefined }, REGION, ['regionCode']],
    ['a region without regional days', { ...TIBET, regionCode: '110000' }, REGION, ['regionCode']],
    ['a township code', { ...TIBET, regionCode: '542526100' }, REGION, ['regionCode']],
    ['a malformed code', { ...TIBET, regionCode: '540005' }, REGION, ['regionCode']],
    ['no source', { ...NATIONAL, source: undefined }, INVALID, ['source']],
    [
      'an empty title',
      changed((d) => Object.assign(d.source as object, { title: ' ' })),
      INVALID,
      ['source', 'title'],
    ],
    [
      'a publication date that does not exist',
      changed((d) => Object.assign(d.source as object, { published: '2026-02-30' })),
      DATE,
      ['source', 'published'],
    ],
    ['no rest period', { ...NATIONAL, restPeriods: [] }, INVALID, ['restPeriods']],
    ['rest periods not a list', { ...NATIONAL, restPeriods: {} }, INVALID, ['restPeriods']],
    [
      'a month 13',
      changed((d) => Object.assign(d.restPeriods[2] as object, { from: '2027-13-03' })),
      DATE,
      ['restPeriods', '2', 'from'],
    ],
    [
      'a day far outside the year',
      changed((d) => Object.assign(d.restPeriods[6] as object, { to: '2028-03-01' })),
      DATE,
      ['restPeriods', '6', 'to'],
    ],
    [
      'a period that ends before it starts',
      changed((d) => Object.assign(d.restPeriods[1] as object, { to: '2027-02-04' })),
      PERIOD,
      ['restPeriods', '1', 'to'],
    ],
    [
      'a period of 40 days',
      changed((d) => Object.assign(d.restPeriods[1] as object, { to: '2027-03-16' })),
      PERIOD,
      ['restPeriods', '1', 'to'],
    ],
    [
      'overlapping periods',
      changed((d) =>
        d.restPeriods.push({
          from: '2027-10-07',
          to: '2027-10-08',
          name: { zh: '国庆节', en: 'National Day' },
        }),
      ),
      PERIOD,
      ['restPeriods', '7', 'from'],
    ],
    [
      'a name without English',
      changed((d) => Object.assign(d.restPeriods[0] as object, { name: { zh: '元旦' } })),
      INVALID,
      ['restPeriods', '0', 'name', 'en'],
    ],
    [
      'a holiday core has no Tibetan for, named without it',
      changed((d) =>
        Object.assign(d.restPeriods[0] as object, { name: { zh: '望果节', en: 'Ongkor Festival' } }),
      ),
      NAME_BO,
      ['restPeriods', '0', 'name', 'bo'],
    ],
    [
      'a Tibetan name not in Tibetan script',
      changed((d) =>
        Object.assign(d.adjustedWorkdays[0] as object, {
          name: { zh: '春节', en: 'Spring Festival', bo: 'Losar' },
        }),
      ),
      NAME_BO,
      ['adjustedWorkdays', '0', 'name', 'bo'],
    ],
    [
      'a make-up day on a Monday',
      changed((d) => Object.assign(d.adjustedWorkdays[0] as object, { date: '2027-02-01' })),
      WORKDAY,
      ['adjustedWorkdays', '0', 'date'],
    ],
    [
      'a make-up day inside a rest period',
      changed((d) => Object.assign(d.adjustedWorkdays[0] as object, { date: '2027-02-06' })),
      WORKDAY,
      ['adjustedWorkdays', '0', 'date'],
    ],
    [
      'a make-up day listed twice',
      changed((d) => d.adjustedWorkdays.push(d.adjustedWorkdays[0])),
      WORKDAY,
      ['adjustedWorkdays', '5', 'date'],
    ],
    ['a note that is not text', { ...NATIONAL, note: 7 }, INVALID, ['note']],
  ];

  it.each(cases)('%s', (_, document, error, field) => {
    const result = parseOfficialSchedule(document);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(error.code);
      expect(result.error.message).toEqual(error.message);
      expect(result.error.field).toEqual(field);
    }
  });

  it('keeps the codes clients branch on, each with a message in both languages', () => {
    expect(Object.values(OFFICIAL_SCHEDULE_ERRORS).map((e) => e.code)).toEqual([
      'CALENDAR.SCHEDULE_INVALID',
      'CALENDAR.SCHEDULE_VERSION',
      'CALENDAR.SCHEDULE_YEAR',
      'CALENDAR.SCHEDULE_REGION',
      'CALENDAR.SCHEDULE_DATE',
      'CALENDAR.SCHEDULE_PERIOD',
      'CALENDAR.SCHEDULE_WORKDAY',
      'CALENDAR.SCHEDULE_NAME_BO',
    ]);
    for (const error of Object.values(OFFICIAL_SCHEDULE_ERRORS)) {
      expect(error.kind).toBe('VALIDATION');
      expect(error.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(error.message.en).toMatch(/^[A-Z]/);
    }
  });
});

describe('laws of reading schedules', () => {
  const codes = new Set<string>(Object.values(OFFICIAL_SCHEDULE_ERRORS).map((e) => e.code));

  it('never throws, and refuses anything that is not a schedule with one of its codes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue()), (value) => {
        const result = parseOfficialSchedule(value);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(codes.has(result.error.code)).toBe(true);
      }),
    );
  });

  it('refuses a document with any one top-level field removed or replaced by a wrong value', () => {
    const keys = ['format', 'version', 'year', 'scope', 'source', 'restPeriods', 'adjustedWorkdays'];
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        fc.oneof(fc.constant(undefined), fc.constant(null), fc.integer(), fc.boolean(), fc.constant([])),
        (key, wrong) => {
          fc.pre(!(key === 'adjustedWorkdays' && Array.isArray(wrong)));
          // A number can happen to be right: the format's version, or a year the calendar accepts.
          fc.pre(!(key === 'version' && wrong === OFFICIAL_SCHEDULE_VERSION));
          fc.pre(!(key === 'year' && typeof wrong === 'number' && wrong >= 2022 && wrong <= 2099));
          const result = parseOfficialSchedule({ ...NATIONAL, [key]: wrong });
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error.field?.[0]).toBe(key);
        },
      ),
    );
  });

  // Any year, any few disjoint rest periods and any weekend days outside them make a valid schedule.
  const validSchedule = fc
    .record({
      year: fc.integer({ min: 2022, max: 2099 }),
      periods: fc.uniqueArray(fc.integer({ min: 0, max: 36 }), { minLength: 1, maxLength: 8 }),
      lengths: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 8, maxLength: 8 }),
      workdays: fc.uniqueArray(fc.integer({ min: 0, max: 52 }), { maxLength: 6 }),
    })
    .map(({ year, periods, lengths, workdays }) => {
      const first = parseCalendarDate(`${year}-01-01`);
      if (!first.ok) throw new Error('year');
      // Period k starts in the k-th ten-day slot and lasts at most ten days, so periods never overlap.
      const restPeriods = periods.map((slot, i) => {
        const from = addDays(first.value, slot * 10);
        return {
          from,
          to: addDays(from, (lengths[i] ?? 1) - 1),
          name: { zh: '假日', en: 'Holiday', bo: 'ངལ་གསོའི་ཉིན།' },
        };
      });
      const resting = (d: CalendarDate) => restPeriods.some((p) => p.from <= d && d <= p.to);
      const saturdays = workdays
        .map((week) => addDays(first.value, week * 7))
        .map((d) => addDays(d, (6 - isoWeekday(d) + 7) % 7))
        .filter((d) => d.startsWith(`${year}-`) && !resting(d));
      return {
        format: OFFICIAL_SCHEDULE_FORMAT,
        version: 1,
        year,
        scope: 'NATIONAL',
        source: { title: `${year}年部分节假日安排`, published: `${year - 1}-11-01` },
        restPeriods,
        adjustedWorkdays: [...new Set(saturdays)].map((date) => ({
          date,
          name: { zh: '调休', en: 'Make-up day', bo: 'ལས་ཉིན་སྤོ་སྒྱུར།' },
        })),
      };
    });

  it('reads every well-formed document, and reads what it writes back as the same schedule', () => {
    fc.assert(
      fc.property(validSchedule, (document) => {
        const schedule = parsed(document);
        expect(parsed(JSON.parse(JSON.stringify(officialScheduleJson(schedule))))).toEqual(schedule);
      }),
    );
  });
});
