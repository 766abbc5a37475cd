import { describe, expect, it } from 'vitest';
import type { Matter } from './matter.js';
import { isLevelSkipping, PETITION_LADDER, recordPetition } from './petition.rules.js';

const REPORTED_AT = new Date('2024-05-10T02:00:00Z');
const NOW = new Date('2024-06-01T02:00:00Z');

const dispute: Matter = {
  id: 'M-1',
  recordId: 'R-1',
  category: 'DISPUTE',
  details: {
    subType: 'GRASSLAND_BOUNDARY',
    urgency: 'ROUTINE',
    nature: 'ORDINARY',
    parties: 2,
    headCount: 6,
    place: '夏季牧场',
  },
  gridCode: '542526100201001',
  state: 'IN_PROGRESS',
  version: 4,
  level: 'TOWNSHIP',
  assigneeId: 'cadre',
  handlerId: 'cadre',
  department: null,
  reportedAt: REPORTED_AT,
  clockStartedAt: REPORTED_AT,
  levelStartedAt: REPORTED_AT,
  closedAt: null,
  supervision: null,
  extensionDays: 0,
  suspendedAt: null,
  satisfaction: null,
  updatedAt: REPORTED_AT,
};

describe('level-skipping petitions (越级上访)', () => {
  it('continue the handling ladder above the county', () => {
    expect(PETITION_LADDER).toEqual([
      'GRID',
      'VILLAGE',
      'TOWNSHIP',
      'COUNTY',
      'PREFECTURE',
      'REGION',
      'NATIONAL',
    ]);
  });

  it('skip levels only when they go above the level handling the matter', () => {
    expect(isLevelSkipping('COUNTY', 'TOWNSHIP')).toBe(true);
    expect(isLevelSkipping('TOWNSHIP', 'TOWNSHIP')).toBe(false);
    expect(isLevelSkipping('TOWNSHIP', 'COUNTY')).toBe(false);
    expect(isLevelSkipping('PREFECTURE', 'COUNTY')).toBe(true);
  });

  it('are recorded with the matter, the level petitioned, the level handling it and the date', () => {
    const at = new Date('2024-05-20T03:00:00Z');
    expect(recordPetition(dispute, { id: ' P-1 ', level: 'COUNTY', petitionedAt: at }, NOW)).toEqual({
      ok: true,
      value: { id: 'P-1', matterId: 'M-1', handlingLevel: 'TOWNSHIP', level: 'COUNTY', petitionedAt: at },
    });
  });

  it('refuse a petition to the level handling the matter or below: that is the matter itself', () => {
    const result = recordPetition(dispute, { id: 'P-1', level: 'TOWNSHIP', petitionedAt: NOW }, NOW);
    expect(!result.ok && result.error).toMatchObject({ code: 'PETITION.NOT_ABOVE', field: ['level'] });
  });

  it('refuse an unknown level, an empty id, and a date before the report or in the future', () => {
    const bad = (input: { id: string; level: string; petitionedAt: Date }) => {
      const result = recordPetition(dispute, input, NOW);
      return !result.ok && [result.error.code, result.error.field];
    };
    expect(bad({ id: 'P-1', level: 'VILLAGE', petitionedAt: NOW })).toEqual(['PETITION.LEVEL', ['level']]);
    expect(bad({ id: ' ', level: 'COUNTY', petitionedAt: NOW })).toEqual(['PETITION.REQUIRED', ['id']]);
    expect(bad({ id: 'P-1', level: 'COUNTY', petitionedAt: new Date('2024-05-01T00:00:00Z') })).toEqual([
      'PETITION.TIME',
      ['petitionedAt'],
    ]);
    expect(bad({ id: 'P-1', level: 'COUNTY', petitionedAt: new Date('2024-06-02T00:00:00Z') })).toEqual([
      'PETITION.TIME',
      ['petitionedAt'],
    ]);
    expect(bad({ id: 'P-1', level: 'COUNTY', petitionedAt: new Date(Number.NaN) })).toEqual([
      'PETITION.TIME',
      ['petitionedAt'],
    ]);
  });
});
