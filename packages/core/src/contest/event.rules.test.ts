import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../shared/date.js';
import { catalogueItem, NAGQU_CONTEST_CATALOGUE } from './catalogue.js';
import { CONTEST_ERRORS } from './contest.errors.js';
import type { ContestEvent, ContestItem } from './contest.js';
import {
  assignBlindNumbers,
  authoriseMarking,
  checkAdvancementTarget,
  checkEntrants,
  checkEventEdition,
  checkNotEntered,
  createContestEvent,
  isDecrypted,
  transitionEvent,
} from './event.rules.js';

const base = {
  id: 'EV-1',
  editionNumber: 1,
  itemCode: 'DAIRY_PROCESSING',
  level: 'COUNTY',
  regionCode: '540624',
  heldOn: '2022-07-10' as CalendarDate,
  audience: 300,
  reportedEntrants: null,
  judgeIds: ['J-1'],
} as const;

function event(status: ContestEvent['status'], extra: Partial<ContestEvent> = {}): ContestEvent {
  return { ...base, status, ...extra };
}

describe('createContestEvent', () => {
  it('holds an event in a region of its level, the city final in 那曲市 itself', () => {
    expect(createContestEvent(base)).toEqual({ ok: true, value: event('OPEN') });
    expect(createContestEvent({ ...base, level: 'CITY', regionCode: '540600' }).ok).toBe(true);
    expect(createContestEvent({ ...base, level: 'CITY', regionCode: '540624' })).toEqual({
      ok: false,
      error: CONTEST_ERRORS.LEVEL_REGION,
    });
    expect(createContestEvent({ ...base, audience: -1 })).toEqual({
      ok: false,
      error: CONTEST_ERRORS.AUDIENCE,
    });
  });
});

describe('checkEventEdition', () => {
  const day = (text: string) => text as CalendarDate;
  it('adds events only to the open edition, on a day of its year', () => {
    const open = { number: 3, year: 2024, status: 'OPEN' } as const;
    expect(checkEventEdition(open, day('2024-07-10'))).toEqual({ ok: true, value: open });
    expect(checkEventEdition(open, day('2025-01-02'))).toEqual({
      ok: false,
      error: CONTEST_ERRORS.HELD_OUTSIDE_EDITION,
    });
    for (const status of ['PLANNED', 'CLOSED'] as const) {
      expect(checkEventEdition({ ...open, status }, day('2024-07-10'))).toEqual({
        ok: false,
        error: CONTEST_ERRORS.EDITION_CLOSED,
      });
    }
  });
});

describe('checkNotEntered', () => {
  it('enters a person once per event, alone or in a team', () => {
    expect(checkNotEntered(['P-1', 'P-2'], ['P-3'])).toEqual({ ok: true, value: ['P-1', 'P-2'] });
    expect(checkNotEntered(['P-1', 'P-2'], ['P-3', 'P-2'])).toEqual({
      ok: false,
      error: CONTEST_ERRORS.ALREADY_ENTERED,
    });
  });
});

describe('the event lifecycle', () => {
  it('goes OPEN → JUDGING → CHECKED and no further', () => {
    const judging = transitionEvent(event('OPEN'), 'START_JUDGING');
    expect(judging).toEqual({ ok: true, value: event('JUDGING') });
    expect(transitionEvent(event('JUDGING'), 'CHECK_RESULTS')).toEqual({ ok: true, value: event('CHECKED') });
    expect(transitionEvent(event('CHECKED'), 'CANCEL')).toEqual({
      ok: false,
      error: CONTEST_ERRORS.TRANSITION,
    });
    expect(isDecrypted('JUDGING')).toBe(false);
    expect(isDecrypted('CHECKED')).toBe(true);
  });
});

describe('authoriseMarking', () => {
  it('lets an assigned judge mark while the event is judged', () => {
    expect(authoriseMarking(event('JUDGING'), 'J-1', ['J-1', 'J-2'])).toEqual({
      ok: true,
      value: event('JUDGING'),
    });
  });

  it('refuses a judge not assigned to the event, and anyone once results are checked', () => {
    expect(authoriseMarking(event('JUDGING'), 'J-9', ['J-1'])).toEqual({
      ok: false,
      error: CONTEST_ERRORS.NOT_ASSIGNED,
    });
    expect(authoriseMarking(event('CHECKED'), 'J-1', ['J-1'])).toEqual({
      ok: false,
      error: CONTEST_ERRORS.RESULTS_CHECKED,
    });
    expect(authoriseMarking(event('OPEN'), 'J-1', ['J-1'])).toEqual({
      ok: false,
      error: CONTEST_ERRORS.NOT_JUDGING,
    });
  });
});

describe('advancement targets and entrants', () => {
  it('sends winners to the same item and edition one level up, in a region containing theirs', () => {
    const city = event('OPEN', { id: 'EV-C', level: 'CITY', regionCode: '540600' });
    expect(checkAdvancementTarget(event('CHECKED'), city, 'CITY').ok).toBe(true);
    expect(checkAdvancementTarget(event('CHECKED'), { ...city, itemCode: 'WEAVING' }, 'CITY')).toEqual({
      ok: false,
      error: CONTEST_ERRORS.NEXT_EVENT,
    });
    expect(checkAdvancementTarget(event('CHECKED'), { ...city, regionCode: '540100' }, 'CITY').ok).toBe(
      false,
    );
  });

  it('takes one person for an individual item and a named team of two or more for a team item', () => {
    const dairy = catalogueItem(NAGQU_CONTEST_CATALOGUE, 'DAIRY_PROCESSING') as ContestItem;
    const dance = catalogueItem(NAGQU_CONTEST_CATALOGUE, 'PATRIOTIC_SONG_DANCE') as ContestItem;
    expect(checkEntrants(dairy, ['P-1'], null).ok).toBe(true);
    expect(checkEntrants(dairy, ['P-1', 'P-2'], null)).toEqual({ ok: false, error: CONTEST_ERRORS.ENTRANTS });
    expect(checkEntrants(dance, ['P-1', 'P-2'], '措玛乡歌舞队').ok).toBe(true);
    expect(checkEntrants(dance, ['P-1', 'P-1'], '措玛乡歌舞队').ok).toBe(false);
  });
});

describe('assignBlindNumbers (参赛号、抽签、评审号)', () => {
  it('issues contest, station and work numbers from three independent draws', () => {
    const numbers = assignBlindNumbers('EV9', { checkIn: [2, 0, 1], station: [0, 2, 1], work: [1, 2, 0] });
    expect(numbers).toEqual({
      ok: true,
      value: [
        { contestNumber: 'EV9-C003', stationNumber: 1, workNumber: 'EV9-W002' },
        { contestNumber: 'EV9-C001', stationNumber: 3, workNumber: 'EV9-W003' },
        { contestNumber: 'EV9-C002', stationNumber: 2, workNumber: 'EV9-W001' },
      ],
    });
  });

  it('refuses a draw that is not a permutation of all entries', () => {
    expect(assignBlindNumbers('E', { checkIn: [0, 0], station: [0, 1], work: [1, 0] })).toEqual({
      ok: false,
      error: CONTEST_ERRORS.DRAW,
    });
  });
});
