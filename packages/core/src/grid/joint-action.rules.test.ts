import { describe, expect, it } from 'vitest';
import { MAX_CLOCK_SKEW_MS } from '../matter/record.rules.js';
import type { Actor } from '../shared/actor.js';
import { HOUSEHOLD_JOINT_ACTION_KIND_LABELS } from './grid.labels.js';
import { HOUSEHOLD_JOINT_ACTION_KINDS, MAX_JOINT_ACTION_NOTE_LENGTH } from './joint-action.js';
import { recordHouseholdJointAction } from './joint-action.rules.js';

const GRID = '542526100001001';
const UNIT = { id: 'U-1', headPersonId: 'head', gridCode: GRID };
const NOW = new Date('2025-06-10T08:00:00Z');
const HEAD: Actor = { personId: 'head', grants: [] };
const INPUT = {
  kind: 'DISPUTE_SETTLED',
  note: '两户草场边界纠纷，当场调解',
  occurredAt: new Date('2025-06-10T06:30:00Z'),
};

const record = (actor: Actor, input: Partial<typeof INPUT> = {}) =>
  recordHouseholdJointAction(actor, UNIT, { ...INPUT, ...input }, 'JA-1', NOW);

describe('recordHouseholdJointAction', () => {
  it('records what the head of the unit did, when, and who wrote it down', () => {
    expect(record(HEAD)).toEqual({
      ok: true,
      value: {
        id: 'JA-1',
        unitId: 'U-1',
        gridCode: GRID,
        kind: 'DISPUTE_SETTLED',
        note: '两户草场边界纠纷，当场调解',
        occurredAt: INPUT.occurredAt,
        recordedAt: NOW,
        recordedByPersonId: 'head',
      },
    });
  });

  it('lets the grid chief and grid workers of the unit’s grid record for the head', () => {
    for (const role of ['GRID_CHIEF', 'GRID_WORKER'] as const) {
      const staff: Actor = { personId: 'staff', grants: [{ role, regionCode: GRID }] };
      expect(record(staff)).toMatchObject({ ok: true, value: { recordedByPersonId: 'staff' } });
    }
  });

  it('refuses the head of another unit, grid staff of another grid and officers with JOINT_ACTION.FORBIDDEN', () => {
    const refused: Actor[] = [
      { personId: 'another-head', grants: [] },
      { personId: 'w', grants: [{ role: 'GRID_WORKER', regionCode: '542526100001002' }] },
      { personId: 'c', grants: [{ role: 'COUNTY_ADMIN', regionCode: '542526' }] },
      { personId: null, grants: [] },
    ];
    for (const actor of refused) {
      expect(record(actor)).toMatchObject({ ok: false, error: { code: 'JOINT_ACTION.FORBIDDEN' } });
    }
  });

  it('knows every kind, each named in Chinese, English and Tibetan', () => {
    for (const kind of HOUSEHOLD_JOINT_ACTION_KINDS) {
      expect(record(HEAD, { kind }).ok).toBe(true);
      const labels = HOUSEHOLD_JOINT_ACTION_KIND_LABELS[kind];
      expect([labels.zh, labels.en, labels.bo].every((text) => (text ?? '').length > 0)).toBe(true);
    }
    expect(record(HEAD, { kind: 'PATROLLED' })).toMatchObject({
      ok: false,
      error: { code: 'JOINT_ACTION.KIND', field: ['kind'] },
    });
  });

  it('needs a note that says something, at most 500 characters, and keeps it trimmed', () => {
    expect(record(HEAD, { note: '  ' })).toMatchObject({
      error: { code: 'JOINT_ACTION.NOTE_REQUIRED', field: ['note'] },
    });
    expect(record(HEAD, { note: '访'.repeat(MAX_JOINT_ACTION_NOTE_LENGTH) }).ok).toBe(true);
    expect(record(HEAD, { note: '访'.repeat(MAX_JOINT_ACTION_NOTE_LENGTH + 1) })).toMatchObject({
      error: { code: 'JOINT_ACTION.NOTE_TOO_LONG', field: ['note'] },
    });
    expect(record(HEAD, { note: ' 入户走访 ' })).toMatchObject({ value: { note: '入户走访' } });
  });

  it('accepts a time up to the clock-skew allowance ahead of now, and refuses a later or invalid one', () => {
    expect(record(HEAD, { occurredAt: new Date(NOW.getTime() + MAX_CLOCK_SKEW_MS) }).ok).toBe(true);
    expect(record(HEAD, { occurredAt: new Date(NOW.getTime() + MAX_CLOCK_SKEW_MS + 1) })).toMatchObject({
      error: { code: 'JOINT_ACTION.OCCURRED_AT', field: ['occurredAt'] },
    });
    expect(record(HEAD, { occurredAt: new Date(Number.NaN) })).toMatchObject({
      error: { code: 'JOINT_ACTION.OCCURRED_AT' },
    });
  });
});
