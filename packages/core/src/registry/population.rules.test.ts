import { describe, expect, it } from 'vitest';
import { composeCitizenId } from '../shared/citizen-id.js';
import type { CalendarDate } from '../shared/date.js';
import { NO_MOVEMENT, type ResidenceMovementInput } from './movement.rules.js';
import {
  changeHouseholdHead,
  checkHousehold,
  countByResidenceStatus,
  createResident,
  leftBehindChildren,
  type ResidentInput,
} from './population.rules.js';
import { RESIDENT_ERRORS } from './registry.errors.js';
import type { RelationToHead, ResidenceStatus, Resident } from './registry.js';

const TODAY = '2025-06-01' as CalendarDate;

function citizenId(sequence: number, birth = '1980-05-04'): string {
  return composeCitizenId('542526', birth as CalendarDate, sequence);
}

const INPUT: ResidentInput = {
  id: 'p1',
  citizenId: citizenId(11),
  name: ' 次仁多吉 ',
  householdId: 'h1',
  relationToHead: 'HEAD',
  residenceStatus: 'REGISTERED_RESIDENT',
  housingId: 'house-1',
  gridCode: '542526100201001',
};

/** The movement a status takes, as a registrar records it: arrived from 成都 武侯区, or gone to 拉萨. */
function movementOf(status: ResidenceStatus, on: CalendarDate): ResidenceMovementInput {
  if (status === 'FLOATING' || status === 'SEPARATED') return { originCode: '510107', arrivedOn: on };
  if (status === 'AWAY') return { destinationCode: '540102', departedOn: on };
  return {};
}

function resident(
  sequence: number,
  relationToHead: RelationToHead,
  householdId = 'h1',
  status: ResidenceStatus = 'REGISTERED_RESIDENT',
): Resident {
  const result = createResident(
    {
      ...INPUT,
      id: `p${sequence}`,
      citizenId: citizenId(sequence),
      relationToHead,
      householdId,
      residenceStatus: status,
      ...movementOf(status, TODAY),
    },
    TODAY,
  );
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('a resident', () => {
  it('has a valid citizen id, a name, a household and relation to its head, a residence status and a grid, from today', () => {
    const result = createResident(INPUT, TODAY);
    expect(result.ok && result.value).toEqual({
      ...INPUT,
      name: '次仁多吉',
      registeredOn: TODAY,
      endedOn: null,
      ...NO_MOVEMENT,
    });
  });

  it('keeps the citizen-id failure code, under the citizenId field', () => {
    const wrong = `${citizenId(11).slice(0, 17)}${citizenId(11).endsWith('0') ? '1' : '0'}`;
    const result = createResident({ ...INPUT, citizenId: wrong }, TODAY);
    expect(!result.ok && result.error).toMatchObject({
      code: 'CITIZEN_ID.CHECK_CHARACTER',
      field: ['citizenId'],
    });
  });

  it('cannot be born after today', () => {
    const result = createResident({ ...INPUT, citizenId: citizenId(11, '2025-06-02') }, TODAY);
    expect(!result.ok && result.error.code).toBe('CITIZEN_ID.BIRTH_DATE_IN_FUTURE');
  });

  it('needs a name of at most 50 characters', () => {
    const empty = createResident({ ...INPUT, name: ' ' }, TODAY);
    expect(!empty.ok && empty.error).toMatchObject({ code: 'RESIDENT.REQUIRED', field: ['name'] });
    const long = createResident({ ...INPUT, name: '名'.repeat(51) }, TODAY);
    expect(!long.ok && long.error.code).toBe('RESIDENT.NAME');
  });

  it('refuses an unknown relation or residence status, and a code that is not a grid', () => {
    const relation = createResident({ ...INPUT, relationToHead: 'COUSIN' as RelationToHead }, TODAY);
    expect(!relation.ok && relation.error.code).toBe('RESIDENT.RELATION');
    const status = createResident({ ...INPUT, residenceStatus: 'OVERSEAS' as ResidenceStatus }, TODAY);
    expect(!status.ok && status.error.code).toBe('RESIDENT.RESIDENCE_STATUS');
    const grid = createResident({ ...INPUT, gridCode: '542526100201' }, TODAY);
    expect(!grid.ok && grid.error.code).toBe('RESIDENT.GRID_CODE');
  });

  it('may have no known housing', () => {
    const result = createResident({ ...INPUT, housingId: '  ' }, TODAY);
    expect(result.ok && result.value.housingId).toBeNull();
  });
});

describe('a household', () => {
  it('has exactly one head', () => {
    const head = resident(1, 'HEAD');
    const result = checkHousehold([resident(2, 'SPOUSE'), head, resident(4, 'CHILD')]);
    expect(result.ok && result.value).toEqual(head);
    const none = checkHousehold([resident(2, 'SPOUSE')]);
    expect(!none.ok && none.error.code).toBe('RESIDENT.HOUSEHOLD_HEAD_MISSING');
    const two = checkHousehold([resident(1, 'HEAD'), resident(3, 'HEAD')]);
    expect(!two.ok && two.error.code).toBe('RESIDENT.HOUSEHOLD_HEAD_DUPLICATE');
  });

  it('holds members of that household only, each citizen id once', () => {
    const other = checkHousehold([resident(1, 'HEAD'), resident(2, 'SPOUSE', 'h2')]);
    expect(!other.ok && other.error).toMatchObject({
      code: 'RESIDENT.OTHER_HOUSEHOLD',
      field: ['1', 'householdId'],
    });
    const twice = checkHousehold([resident(1, 'HEAD'), { ...resident(1, 'CHILD'), id: 'p9' }]);
    expect(!twice.ok && twice.error.code).toBe('RESIDENT.CITIZEN_ID_DUPLICATE');
  });
});

describe('changing the head of a household (户主变更)', () => {
  const head = resident(1, 'HEAD');
  const spouse = resident(2, 'SPOUSE');
  const child = resident(4, 'CHILD');
  const members = [head, spouse, child];

  it('makes a current member the head, and the former head the inverse of their relation', () => {
    expect(changeHouseholdHead(members, child.citizenId)).toEqual({
      ok: true,
      value: {
        newHead: { ...child, relationToHead: 'HEAD' },
        formerHead: { ...head, relationToHead: 'PARENT' },
      },
    });
    const toSpouse = changeHouseholdHead(members, spouse.citizenId);
    expect(toSpouse.ok && toSpouse.value.formerHead.relationToHead).toBe('SPOUSE');
  });

  it('takes the former head’s relation when it is given, leaving every other member as recorded', () => {
    const result = changeHouseholdHead(members, child.citizenId, 'OTHER_RELATIVE');
    expect(result.ok && result.value.formerHead.relationToHead).toBe('OTHER_RELATIVE');
    expect(result.ok && [result.value.newHead.id, result.value.formerHead.id]).toEqual([child.id, head.id]);
  });

  it('refuses someone who is not a current member: never one, or one who has left', () => {
    const stranger = resident(6, 'CHILD', 'h2');
    expect(changeHouseholdHead(members, stranger.citizenId)).toEqual({
      ok: false,
      error: RESIDENT_ERRORS.HEAD_NOT_MEMBER,
    });
    const left = { ...child, endedOn: TODAY };
    expect(changeHouseholdHead([head, spouse, left], child.citizenId)).toEqual({
      ok: false,
      error: RESIDENT_ERRORS.HEAD_NOT_MEMBER,
    });
  });

  it('refuses the head itself, and HEAD as the former head’s relation', () => {
    expect(changeHouseholdHead(members, head.citizenId)).toEqual({
      ok: false,
      error: RESIDENT_ERRORS.ALREADY_HEAD,
    });
    const two = changeHouseholdHead(members, child.citizenId, 'HEAD');
    expect(!two.ok && two.error.code).toBe('RESIDENT.RELATION');
  });
});

describe('residents by residence status', () => {
  it('counts registered, floating and away residents', () => {
    const counts = countByResidenceStatus([
      resident(1, 'HEAD'),
      resident(2, 'SPOUSE', 'h1', 'AWAY'),
      resident(3, 'HEAD', 'h3', 'FLOATING'),
      resident(5, 'CHILD', 'h3', 'FLOATING'),
    ]);
    expect(counts).toEqual({ REGISTERED_RESIDENT: 1, SEPARATED: 0, FLOATING: 2, AWAY: 1 });
  });
});

describe('left-behind children (留守儿童)', () => {
  const today = '2024-12-31' as CalendarDate;
  const member = (
    n: number,
    relationToHead: Resident['relationToHead'],
    born: string,
    residenceStatus: Resident['residenceStatus'] = 'REGISTERED_RESIDENT',
  ): Resident => ({
    id: `r${n}`,
    citizenId: composeCitizenId('542526', born as CalendarDate, n),
    name: `成员${n}`,
    householdId: 'h1',
    relationToHead,
    residenceStatus,
    housingId: null,
    gridCode: '542526200204001',
    registeredOn: null,
    endedOn: null,
    ...NO_MOVEMENT,
  });

  it('are the grandchildren under 16 whose parents both live away, with their grandparents', () => {
    const household = [
      member(1, 'HEAD', '1958-03-01'),
      member(3, 'CHILD', '1986-05-01', 'AWAY'),
      member(4, 'CHILD_IN_LAW', '1988-07-01', 'AWAY'),
      member(5, 'GRANDCHILD', '2014-02-01'),
      member(7, 'GRANDCHILD', '2007-02-01'),
    ];
    expect(leftBehindChildren(household, today).map((r) => r.id)).toEqual(['r5']);
  });

  it('leaves out children with a parent at home, and children whose parents are not recorded', () => {
    const oneHome = [
      member(1, 'HEAD', '1958-03-01'),
      member(3, 'CHILD', '1986-05-01', 'AWAY'),
      member(4, 'CHILD_IN_LAW', '1988-07-01'),
      member(5, 'GRANDCHILD', '2014-02-01'),
    ];
    expect(leftBehindChildren(oneHome, today)).toEqual([]);
    const unrecorded = [member(1, 'HEAD', '1958-03-01'), member(5, 'GRANDCHILD', '2014-02-01')];
    expect(leftBehindChildren(unrecorded, today)).toEqual([]);
  });
});
