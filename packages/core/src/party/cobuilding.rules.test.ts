import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../shared/date.js';
import type { Fen } from '../shared/money.js';
import { createCoBuildingActivity } from './cobuilding.rules.js';

const visit = {
  id: 'V',
  title: '春节藏历新年慰问',
  villageCode: '540127200206',
  heldOn: '2024-02-01' as CalendarDate,
  partners: [
    { name: '拉萨市商务局', kind: 'GOVERNMENT_DEPARTMENT' as const },
    { name: '企业', kind: 'ENTERPRISE' as const },
  ],
  participants: 20,
  goods: [
    { description: '米面油', valueFen: 3_000_000 as Fen },
    { description: '酥油茶叶', valueFen: 2_000_000 as Fen },
  ],
};

describe('createCoBuildingActivity (党建共建)', () => {
  it('adds up the goods given, in fen: 50,000 yuan', () => {
    const activity = createCoBuildingActivity(visit);
    expect(activity.ok && activity.value.totalValueFen).toBe(5_000_000);
  });
  it('names the goods line whose value is not whole fen, and wants a partner and a village', () => {
    expect(
      createCoBuildingActivity({ ...visit, goods: [{ description: '茶', valueFen: 1.5 as Fen }] }),
    ).toMatchObject({ ok: false, error: { code: 'COBUILDING.VALUE', field: ['goods', '0', 'valueFen'] } });
    expect(createCoBuildingActivity({ ...visit, partners: [] })).toMatchObject({
      ok: false,
      error: { field: ['partners'] },
    });
    expect(createCoBuildingActivity({ ...visit, villageCode: '540127' })).toMatchObject({
      ok: false,
      error: { code: 'COBUILDING.VILLAGE_CODE' },
    });
  });
});
