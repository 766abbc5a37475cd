import { describe, expect, it } from 'vitest';
import { type Actor, ANONYMOUS } from '../shared/actor.js';
import type { CalendarDate } from '../shared/date.js';
import { authorisePersonChange, changePhone, createPerson } from './person.rules.js';

const today = '2025-06-16' as CalendarDate;
const valid = {
  id: 'P-1',
  nameZh: '扎西次仁',
  nameBo: 'བཀྲ་ཤིས་ཚེ་རིང་',
  citizenId: '540102199001011233',
  ethnicity: 'TIBETAN',
  phone: '138 0000 5678',
  residenceRegionCode: '542526100201',
};

describe('registering a person', () => {
  it('reads sex and birth date from the citizen ID, never from the form', () => {
    const person = createPerson(valid, today);
    expect(person.ok && person.value).toMatchObject({
      sex: 'MALE',
      birthDate: '1990-01-01',
      phone: '13800005678',
    });
  });

  it('reports every wrong field at once, each with its field path', () => {
    const result = createPerson(
      {
        ...valid,
        nameZh: ' ',
        nameBo: 'Tashi',
        citizenId: '540102199001011234',
        ethnicity: 'MARTIAN',
        phone: '12',
        residenceRegionCode: '542526',
        hukouPlaceCode: '542599',
      },
      today,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((e) => e.field?.[0])).toEqual([
      'nameZh',
      'nameBo',
      'citizenId',
      'ethnicity',
      'phone',
      'residenceRegionCode',
      'hukouPlaceCode',
    ]);
    expect(result.error.every((e) => e.kind === 'VALIDATION' && e.message.zh && e.message.en)).toBe(true);
  });

  it('keeps the household-registration place apart from the residence, the residence by default', () => {
    const local = createPerson(valid, today);
    expect(local.ok && [local.value.residenceRegionCode, local.value.hukouPlaceCode]).toEqual([
      '542526100201',
      '542526100201',
    ]);
    // 人户分离: registered in another village of the county.
    const separated = createPerson({ ...valid, hukouPlaceCode: '542526200204' }, today);
    expect(separated.ok && separated.value.hukouPlaceCode).toBe('542526200204');
    // 流动人口: a migrant from 凉山州 喜德县, registered in their home county.
    const migrant = createPerson({ ...valid, ethnicity: 'YI', hukouPlaceCode: '513432' }, today);
    expect(migrant.ok && [migrant.value.hukouPlaceCode, migrant.value.ethnicity]).toEqual(['513432', 'YI']);
  });

  it('refuses a household-registration place that is no place in force', () => {
    for (const hukouPlaceCode of ['542621', '5425', '542526100', '540000']) {
      const result = createPerson({ ...valid, hukouPlaceCode }, today);
      expect(!result.ok && result.error.map((e) => e.code)).toEqual(['PERSON.HUKOU_PLACE']);
    }
  });

  it('takes every ethnicity of GB/T 3304', () => {
    expect(createPerson({ ...valid, ethnicity: 'FOREIGN_ORIGIN' }, today).ok).toBe(true);
  });

  it('takes a person without phone or Tibetan name', () => {
    const person = createPerson({ ...valid, nameBo: null, phone: '' }, today);
    expect(person.ok && [person.value.nameBo, person.value.phone]).toEqual([null, null]);
  });
});

describe('who may register or change people', () => {
  const gridWorker: Actor = {
    personId: null,
    grants: [{ role: 'GRID_WORKER', regionCode: '542526100201' as never }],
  };
  const judge: Actor = { personId: null, grants: [{ role: 'JUDGE', regionCode: '542526' as never }] };

  it('lets staff who meet residents act inside their region', () => {
    expect(authorisePersonChange(gridWorker, '542526100201').ok).toBe(true);
  });

  it('refuses them outside it, other roles anywhere, and anonymous callers', () => {
    for (const [actor, region] of [
      [gridWorker, '542526100202'],
      [judge, '542526100201'],
      [ANONYMOUS, '542526100201'],
    ] as const) {
      const result = authorisePersonChange(actor, region);
      expect(!result.ok && result.error.code).toBe('PERSON.FORBIDDEN');
    }
  });
});

describe('changing a phone number', () => {
  const person = createPerson(valid, today);
  if (!person.ok) throw new Error('fixture');

  it('normalises a valid number and refuses a wrong one with its field', () => {
    expect(changePhone(person.value, '+86 139-0000-1234').ok).toBe(true);
    const wrong = changePhone(person.value, '10086');
    expect(!wrong.ok && wrong.error.field).toEqual(['phone']);
  });

  it('removes the number when given an empty text', () => {
    const cleared = changePhone(person.value, ' ');
    expect(cleared.ok && cleared.value.phone).toBeNull();
  });
});
