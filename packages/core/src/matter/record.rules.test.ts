import { describe, expect, it } from 'vitest';
import type { RecordCategory, RecordChannel } from './matter.js';
import {
  createMatter,
  createPublicOpinionRecord,
  isAnonymousRecord,
  MAX_CLOCK_SKEW_MS,
  MAX_RECORD_TEXT_LENGTH,
  type PublicOpinionRecordInput,
} from './record.rules.js';

const INPUT: PublicOpinionRecordInput = {
  id: 'record-1',
  category: 'REQUEST',
  channel: 'HOUSEHOLD_JOINT_HEAD',
  gridCode: '542526100201003',
  reporterPersonId: 'resident-7',
  text: '  冬季牧场饮水点结冰，请求协调破冰  ',
  reportedAt: new Date('2025-01-06T03:00:00Z'),
};

describe('a public-opinion record', () => {
  it('refuses a time later than now beyond the clock-skew allowance with RECORD.TIME (issue 9, defect 8)', () => {
    const now = new Date('2025-01-06T03:00:00Z');
    const at = (ms: number) => createPublicOpinionRecord({ ...INPUT, reportedAt: new Date(ms) }, now);
    expect(at(now.getTime() + MAX_CLOCK_SKEW_MS).ok).toBe(true);
    expect(at(now.getTime() - 86_400_000).ok).toBe(true);
    const late = at(now.getTime() + MAX_CLOCK_SKEW_MS + 1);
    expect(late).toMatchObject({ ok: false, error: { code: 'RECORD.TIME', field: ['reportedAt'] } });
    expect(late.ok || late.error.message.en).toContain('future');
    expect(
      createPublicOpinionRecord({ ...INPUT, reportedAt: new Date('2030-01-01T00:00:00Z') }, now).ok,
    ).toBe(false);
  });

  it('keeps the category, channel, grid, reporter and time, with the text trimmed', () => {
    const result = createPublicOpinionRecord(INPUT);
    expect(result.ok && result.value).toEqual({
      id: 'record-1',
      category: 'REQUEST',
      channel: 'HOUSEHOLD_JOINT_HEAD',
      gridCode: '542526100201003',
      reporterPersonId: 'resident-7',
      text: '冬季牧场饮水点结冰，请求协调破冰',
      reportedAt: INPUT.reportedAt,
    });
  });

  it('may be made anonymously', () => {
    for (const reporterPersonId of [null, '  ']) {
      const result = createPublicOpinionRecord({ ...INPUT, reporterPersonId });
      expect(result.ok && result.value.reporterPersonId).toBeNull();
      expect(result.ok && isAnonymousRecord(result.value)).toBe(true);
    }
  });

  it.each(['542526100201', '542526', '54252610020100', 'grid-1'])(
    'belongs to a grid, not to %s',
    (gridCode) => {
      const result = createPublicOpinionRecord({ ...INPUT, gridCode });
      expect(!result.ok && result.error).toMatchObject({ code: 'RECORD.GRID_CODE', field: ['gridCode'] });
    },
  );

  it('needs some text, and at most 2000 characters of it', () => {
    const empty = createPublicOpinionRecord({ ...INPUT, text: '   ' });
    expect(!empty.ok && empty.error).toMatchObject({ code: 'RECORD.REQUIRED', field: ['text'] });
    const long = createPublicOpinionRecord({ ...INPUT, text: 'a'.repeat(MAX_RECORD_TEXT_LENGTH + 1) });
    expect(!long.ok && long.error.code).toBe('RECORD.TEXT_TOO_LONG');
    expect(createPublicOpinionRecord({ ...INPUT, text: 'a'.repeat(MAX_RECORD_TEXT_LENGTH) }).ok).toBe(true);
  });

  it('refuses an unknown category or channel', () => {
    const category = createPublicOpinionRecord({ ...INPUT, category: 'GOSSIP' as RecordCategory });
    expect(!category.ok && category.error.code).toBe('RECORD.CATEGORY');
    const channel = createPublicOpinionRecord({ ...INPUT, channel: 'PIGEON' as RecordChannel });
    expect(!channel.ok && channel.error.code).toBe('RECORD.CHANNEL');
  });

  it('needs an id and a real time', () => {
    const id = createPublicOpinionRecord({ ...INPUT, id: '' });
    expect(!id.ok && id.error.field).toEqual(['id']);
    const time = createPublicOpinionRecord({ ...INPUT, reportedAt: new Date('not a time') });
    expect(!time.ok && time.error.code).toBe('RECORD.TIME');
  });
});

describe('a new matter', () => {
  it('starts reported, at grid level, at version 1, with no clock running', () => {
    const record = createPublicOpinionRecord(INPUT);
    if (!record.ok) throw new Error(record.error.code);
    const result = createMatter(record.value, 'matter-1');
    expect(result.ok && result.value.matter).toEqual({
      id: 'matter-1',
      recordId: 'record-1',
      category: 'REQUEST',
      details: {
        subType: 'OTHER',
        urgency: 'ROUTINE',
        nature: 'ORDINARY',
        parties: 1,
        headCount: 1,
        place: null,
      },
      gridCode: '542526100201003',
      state: 'REPORTED',
      version: 1,
      level: 'GRID',
      assigneeId: null,
      handlerId: null,
      department: null,
      reportedAt: INPUT.reportedAt,
      clockStartedAt: null,
      levelStartedAt: null,
      closedAt: null,
      supervision: null,
      extensionDays: 0,
      suspendedAt: null,
      satisfaction: null,
      updatedAt: INPUT.reportedAt,
    });
  });

  it('takes the details of what it is about, checked against its category', () => {
    const record = createPublicOpinionRecord({ ...INPUT, category: 'DISPUTE' });
    if (!record.ok) throw new Error(record.error.code);
    const result = createMatter(record.value, 'matter-1', {
      subType: 'WILDLIFE_DAMAGE',
      urgency: 'URGENT',
      headCount: 3,
      place: ' 抢古村夏季牧场 ',
    });
    expect(result.ok && result.value.matter.details).toEqual({
      subType: 'WILDLIFE_DAMAGE',
      urgency: 'URGENT',
      nature: 'ORDINARY',
      parties: 2,
      headCount: 3,
      place: '抢古村夏季牧场',
    });
    const wrong = createMatter(record.value, 'matter-1', { subType: 'FIRE' });
    expect(!wrong.ok && wrong.error).toMatchObject({ code: 'MATTER.SUBTYPE', field: ['subType'] });
    const none = createMatter(record.value, 'matter-1', { headCount: 0 });
    expect(!none.ok && none.error).toMatchObject({ code: 'MATTER.COUNT', field: ['headCount'] });
  });

  it('starts its timeline with the report: version 1, from nothing to reported, by the reporter, at the record time', () => {
    const record = createPublicOpinionRecord(INPUT);
    if (!record.ok) throw new Error(record.error.code);
    const result = createMatter(record.value, 'matter-1');
    expect(result.ok && result.value.event).toEqual({
      kind: 'REPORT',
      matterId: 'matter-1',
      version: 1,
      from: null,
      to: 'REPORTED',
      actorId: INPUT.reporterPersonId,
      at: INPUT.reportedAt,
    });
  });

  it('names nobody as the reporter of an anonymous record (匿名反映)', () => {
    const record = createPublicOpinionRecord({ ...INPUT, reporterPersonId: null });
    if (!record.ok) throw new Error(record.error.code);
    const result = createMatter(record.value, 'matter-1');
    expect(result.ok && result.value.event.actorId).toBeNull();
  });

  it('needs an id', () => {
    const record = createPublicOpinionRecord(INPUT);
    if (!record.ok) throw new Error(record.error.code);
    const result = createMatter(record.value, ' ');
    expect(!result.ok && result.error.code).toBe('MATTER.REQUIRED');
  });
});
