import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../shared/date.js';
import type { DomainError } from '../shared/errors.js';
import type { Result } from '../shared/result.js';
import type { GridRole } from './grid.js';
import type { TrainingSession, TrainingTopic } from './training.js';
import {
  countPersonTimes,
  createTrainingSession,
  recordParticipation,
  summariseTraining,
} from './training.rules.js';

function unwrap<T>(result: Result<T, DomainError>): T {
  if (!result.ok) throw new Error(`${result.error.code} at ${result.error.field?.join('.') ?? '-'}`);
  return result.value;
}

const day = (text: string) => text as CalendarDate;
const WORKER_ROLES: readonly GridRole[] = ['GRID_WORKER', 'GRID_POLICE'];

function session(
  id: string,
  topics: readonly TrainingTopic[],
  targetRoles: readonly GridRole[] = WORKER_ROLES,
) {
  return unwrap(
    createTrainingSession({
      id,
      title: `网格员业务培训 ${id}`,
      date: day('2023-06-15'),
      topics,
      targetRoles,
    }),
  );
}

function attend(
  start: TrainingSession,
  personIds: readonly string[],
  roles: readonly GridRole[],
): TrainingSession {
  return personIds.reduce(
    (current, personId) => unwrap(recordParticipation(current, personId, roles)),
    start,
  );
}

describe('createTrainingSession', () => {
  it('is for at least one topic and one role', () => {
    expect(
      createTrainingSession({
        id: 's',
        title: '培训',
        date: day('2023-06-15'),
        topics: [],
        targetRoles: WORKER_ROLES,
      }),
    ).toMatchObject({ ok: false, error: { code: 'TRAINING.TOPICS' } });
    expect(
      createTrainingSession({
        id: 's',
        title: '培训',
        date: day('2023-06-15'),
        topics: ['PUBLIC_RELATIONS'],
        targetRoles: [],
      }),
    ).toMatchObject({ ok: false, error: { code: 'TRAINING.TARGET_ROLES' } });
  });

  it('refuses a topic twice or an unknown one', () => {
    const topics = ['PUBLIC_RELATIONS', 'PUBLIC_RELATIONS'] as const;
    expect(
      createTrainingSession({
        id: 's',
        title: '培训',
        date: day('2023-06-15'),
        topics,
        targetRoles: WORKER_ROLES,
      }).ok,
    ).toBe(false);
    const unknown = ['COOKING' as TrainingTopic];
    expect(
      createTrainingSession({
        id: 's',
        title: '培训',
        date: day('2023-06-15'),
        topics: unknown,
        targetRoles: WORKER_ROLES,
      }).ok,
    ).toBe(false);
  });

  it('reads back recorded participants, each once', () => {
    const base = {
      id: 's',
      title: '培训',
      date: day('2023-06-15'),
      topics: ['PUBLIC_RELATIONS' as const],
      targetRoles: WORKER_ROLES,
    };
    expect(unwrap(createTrainingSession({ ...base, participantIds: ['a', 'b'] })).participantIds).toEqual([
      'a',
      'b',
    ]);
    expect(createTrainingSession({ ...base, participantIds: ['a', 'a'] })).toMatchObject({
      ok: false,
      error: { code: 'TRAINING.ALREADY_PARTICIPATING', field: ['participantIds', '1'] },
    });
  });
});

describe('recordParticipation', () => {
  const s = session('s1', ['COMMUNITY_MANAGEMENT']);

  it('records a person who holds one of the roles the session is for', () => {
    expect(
      unwrap(recordParticipation(s, 'officer-1', ['GRID_POLICE', 'GRID_WORKER'])).participantIds,
    ).toEqual(['officer-1']);
  });

  it('refuses a person who holds none of the session’s roles', () => {
    expect(recordParticipation(s, 'head-1', ['HOUSEHOLD_JOINT_HEAD'])).toMatchObject({
      ok: false,
      error: { code: 'TRAINING.NOT_TARGET_ROLE' },
    });
  });

  it('records a person once per session', () => {
    const once = unwrap(recordParticipation(s, 'worker-1', ['GRID_WORKER']));
    expect(recordParticipation(once, 'worker-1', ['GRID_WORKER'])).toMatchObject({
      ok: false,
      error: { code: 'TRAINING.ALREADY_PARTICIPATING', kind: 'CONFLICT' },
    });
  });
});

describe('person-times (人次)', () => {
  it('counts a person who attends two sessions twice', () => {
    const first = attend(session('s1', ['COMMUNITY_MANAGEMENT']), ['w1', 'w2'], ['GRID_WORKER']);
    const second = attend(session('s2', ['INFORMATION_COLLECTION']), ['w1'], ['GRID_WORKER']);
    expect(countPersonTimes([first, second])).toBe(3);
    expect(summariseTraining([first, second]).distinctPersons).toBe(2);
  });

  it('reproduces 改则县: 2 sessions, 200 person-times, on community management, public relations and information collection', () => {
    const workers = Array.from({ length: 72 }, (_, i) => `worker-${i + 1}`);
    const police = Array.from({ length: 60 }, (_, i) => `police-${i + 1}`);
    const staff = [...workers, ...police];
    const first = attend(
      session('2023-1', ['COMMUNITY_MANAGEMENT', 'PUBLIC_RELATIONS']),
      staff.slice(0, 100),
      ['GRID_WORKER', 'GRID_POLICE'],
    );
    const second = attend(session('2023-2', ['INFORMATION_COLLECTION']), staff.slice(32), [
      'GRID_WORKER',
      'GRID_POLICE',
    ]);
    expect(summariseTraining([first, second])).toEqual({
      sessions: 2,
      personTimes: 200,
      distinctPersons: 132,
      personTimesByTopic: { COMMUNITY_MANAGEMENT: 100, PUBLIC_RELATIONS: 100, INFORMATION_COLLECTION: 100 },
    });
  });
});
