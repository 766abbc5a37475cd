import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Actor, ANONYMOUS, ROLES, type Role } from './actor.js';
import {
  canSee,
  DEFAULT_VISIBILITY_POLICY,
  maskAddress,
  maskBirthDate,
  maskCitizenId,
  maskEthnicity,
  maskName,
  maskPhone,
  PERSONAL_FIELDS,
  type PersonalField,
  showPersonalField,
  type VisibilityLevel,
} from './personal-data.js';

const SUBJECT = { regionCode: '542526100201001' };

function actorWith(role: Role, regionCode = '542526'): Actor {
  return { personId: 'staff-1', grants: [{ role, regionCode }] };
}

describe('masking values (RULES §2.9)', () => {
  it('keeps the first and last character of a masked ID', () => {
    expect(maskCitizenId('540102199001011233', 'MASKED')).toBe('5****************3');
  });

  it('keeps the first 6 and last 4 characters of a partly shown ID, hiding birth date and sequence', () => {
    expect(maskCitizenId('540102199001011233', 'PARTIAL')).toBe('540102********1233');
    expect(maskCitizenId('11010519491231002X', 'PARTIAL')).toBe('110105********002X');
  });

  it('never reveals more than the first and last character of anything too short to mask partly', () => {
    expect(maskCitizenId('12345', 'PARTIAL')).toBe('1***5');
    expect(maskCitizenId('1234', 'MASKED')).toBe('****');
    expect(maskCitizenId('', 'MASKED')).toBe('');
  });

  it('shows a phone as its first 3 and last 4 digits, however it was written', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('+86 138-1234-5678')).toBe('138****5678');
    expect(maskPhone('12345')).toBe('*****');
  });

  it('keeps the first character of a name: no surname is assumed for Tibetan names', () => {
    expect(maskName('扎西次仁')).toBe('扎***');
    expect(maskName('扎西')).toBe('扎*');
    expect(maskName('张小明')).toBe('张**');
    expect(maskName('格')).toBe('*');
    // Tibetan script: the first syllable and a fixed mask, which does not give away the length.
    expect(maskName('བཀྲ་ཤིས་ཚེ་རིང་')).toBe('བཀྲ་***');
    expect(maskName('བཀྲ་ཤིས')).toBe('བཀྲ་***');
    expect(maskName('བཀྲ་ཤིས་ཚེ་རིང་').length).toBe(maskName('བཀྲ་ཤིས').length);
    expect(maskName('ཚེ་')).toBe('***');
    expect(maskName('ཚེ')).toBe('***');
  });

  it('keeps the region part of an address up to the township', () => {
    expect(maskAddress('西藏自治区阿里地区改则县改则镇幸福路12号')).toBe(
      '西藏自治区阿里地区改则县改则镇****',
    );
    expect(maskAddress('改则县物玛乡抗428村3组')).toBe('改则县物玛乡****');
    expect(maskAddress('拉萨市城关区八廓街道冲赛康巷5号')).toBe('拉萨市城关区八廓街道****');
    expect(maskAddress('江苏省镇江市京口区正东路街道1号')).toBe('江苏省镇江市京口区正东路街道****');
    expect(maskAddress('四川省甘孜藏族自治州乡城县香巴拉镇2号')).toBe(
      '四川省甘孜藏族自治州乡城县香巴拉镇****',
    );
  });

  it('keeps the first 6 characters of an address without a township, at most half of a short one', () => {
    expect(maskAddress('拉萨市城关区北京中路10号')).toBe('拉萨市城关区****');
    expect(maskAddress('幸福路12号')).toBe('幸福路****');
  });

  it('never shows the end of an address', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !s.includes('号')),
        fc.stringMatching(/^\d{3,5}号$/),
        (start, house) => {
          const masked = maskAddress(`${start}${house}`);
          expect(masked.endsWith('****')).toBe(true);
          expect(masked).not.toContain(house);
        },
      ),
    );
  });

  it('shows the year of a partly shown birth date and nothing of a masked one', () => {
    expect(maskBirthDate('1990-01-01', 'PARTIAL')).toBe('1990-**-**');
    expect(maskBirthDate('1990-01-01', 'MASKED')).toBe('****-**-**');
    expect(maskEthnicity('藏族')).toBe('***');
  });
});

describe('who may see which personal field (the policy is data)', () => {
  const expected: Record<Role, Record<PersonalField, VisibilityLevel>> = {
    COUNTY_ADMIN: {
      NAME: 'FULL',
      CITIZEN_ID: 'FULL',
      PHONE: 'FULL',
      ADDRESS: 'FULL',
      ETHNICITY: 'FULL',
      BIRTH_DATE: 'FULL',
      KEY_PERSON_CATEGORY: 'MASKED',
    },
    TOWNSHIP_OFFICER: {
      NAME: 'FULL',
      CITIZEN_ID: 'FULL',
      PHONE: 'FULL',
      ADDRESS: 'FULL',
      ETHNICITY: 'FULL',
      BIRTH_DATE: 'FULL',
      KEY_PERSON_CATEGORY: 'MASKED',
    },
    GRID_CHIEF: {
      NAME: 'FULL',
      CITIZEN_ID: 'PARTIAL',
      PHONE: 'FULL',
      ADDRESS: 'FULL',
      ETHNICITY: 'FULL',
      BIRTH_DATE: 'PARTIAL',
      KEY_PERSON_CATEGORY: 'MASKED',
    },
    GRID_WORKER: {
      NAME: 'FULL',
      CITIZEN_ID: 'PARTIAL',
      PHONE: 'FULL',
      ADDRESS: 'FULL',
      ETHNICITY: 'FULL',
      BIRTH_DATE: 'PARTIAL',
      KEY_PERSON_CATEGORY: 'MASKED',
    },
    SERVICE_HALL_CLERK: {
      NAME: 'FULL',
      CITIZEN_ID: 'FULL',
      PHONE: 'FULL',
      ADDRESS: 'FULL',
      ETHNICITY: 'FULL',
      BIRTH_DATE: 'FULL',
      KEY_PERSON_CATEGORY: 'MASKED',
    },
    PARTY_ORGANISER: {
      NAME: 'FULL',
      CITIZEN_ID: 'MASKED',
      PHONE: 'FULL',
      ADDRESS: 'MASKED',
      ETHNICITY: 'MASKED',
      BIRTH_DATE: 'MASKED',
      KEY_PERSON_CATEGORY: 'MASKED',
    },
    CONTEST_ORGANISER: {
      NAME: 'FULL',
      CITIZEN_ID: 'MASKED',
      PHONE: 'PARTIAL',
      ADDRESS: 'MASKED',
      ETHNICITY: 'MASKED',
      BIRTH_DATE: 'MASKED',
      KEY_PERSON_CATEGORY: 'MASKED',
    },
    JUDGE: {
      NAME: 'MASKED',
      CITIZEN_ID: 'MASKED',
      PHONE: 'MASKED',
      ADDRESS: 'MASKED',
      ETHNICITY: 'MASKED',
      BIRTH_DATE: 'MASKED',
      KEY_PERSON_CATEGORY: 'MASKED',
    },
    AUDITOR: {
      NAME: 'MASKED',
      CITIZEN_ID: 'MASKED',
      PHONE: 'MASKED',
      ADDRESS: 'MASKED',
      ETHNICITY: 'MASKED',
      BIRTH_DATE: 'MASKED',
      KEY_PERSON_CATEGORY: 'MASKED',
    },
    // The key-persons register's departments see no population record in full; nobody sees why a
    // person is a key person by role alone.
    JUSTICE_OFFICER: {
      NAME: 'MASKED',
      CITIZEN_ID: 'MASKED',
      PHONE: 'MASKED',
      ADDRESS: 'MASKED',
      ETHNICITY: 'MASKED',
      BIRTH_DATE: 'MASKED',
      KEY_PERSON_CATEGORY: 'MASKED',
    },
    HEALTH_OFFICER: {
      NAME: 'MASKED',
      CITIZEN_ID: 'MASKED',
      PHONE: 'MASKED',
      ADDRESS: 'MASKED',
      ETHNICITY: 'MASKED',
      BIRTH_DATE: 'MASKED',
      KEY_PERSON_CATEGORY: 'MASKED',
    },
    POLICE_OFFICER: {
      NAME: 'MASKED',
      CITIZEN_ID: 'MASKED',
      PHONE: 'MASKED',
      ADDRESS: 'MASKED',
      ETHNICITY: 'MASKED',
      BIRTH_DATE: 'MASKED',
      KEY_PERSON_CATEGORY: 'MASKED',
    },
    CIVIL_AFFAIRS_OFFICER: {
      NAME: 'MASKED',
      CITIZEN_ID: 'MASKED',
      PHONE: 'MASKED',
      ADDRESS: 'MASKED',
      ETHNICITY: 'MASKED',
      BIRTH_DATE: 'MASKED',
      KEY_PERSON_CATEGORY: 'MASKED',
    },
    HOUSEHOLD_JOINT_HEAD: {
      NAME: 'MASKED',
      CITIZEN_ID: 'MASKED',
      PHONE: 'MASKED',
      ADDRESS: 'MASKED',
      ETHNICITY: 'MASKED',
      BIRTH_DATE: 'MASKED',
      KEY_PERSON_CATEGORY: 'MASKED',
    },
  };

  it('is the recommended table', () => {
    expect(DEFAULT_VISIBILITY_POLICY).toEqual(expected);
  });

  it.each(ROLES.flatMap((role) => PERSONAL_FIELDS.map((field) => [role, field] as const)))(
    '%s sees %s as the table says within its region',
    (role, field) => {
      expect(canSee(actorWith(role), field, SUBJECT).level).toBe(expected[role][field]);
    },
  );

  it('names the grant and a reason when it shows a field in full, for the audit log', () => {
    expect(canSee(actorWith('COUNTY_ADMIN'), 'CITIZEN_ID', SUBJECT)).toEqual({
      level: 'FULL',
      grant: { role: 'COUNTY_ADMIN', regionCode: '542526' },
      reason: 'COUNTY_ADMIN@542526',
    });
  });

  it('masks every field for anonymous callers and for roles outside the subject’s region', () => {
    for (const field of PERSONAL_FIELDS) {
      expect(canSee(ANONYMOUS, field, SUBJECT)).toEqual({ level: 'MASKED' });
      expect(canSee(actorWith('COUNTY_ADMIN', '540424'), field, SUBJECT)).toEqual({ level: 'MASKED' });
      expect(canSee(actorWith('GRID_WORKER', '542526100201002'), field, SUBJECT)).toEqual({
        level: 'MASKED',
      });
    }
  });

  it('lets a grid grant reach only the people who live in or serve its own grid, once their grids are known (RULES.md 2.9)', () => {
    const worker = actorWith('GRID_WORKER', '542526100201001');
    const village = '542526100201';
    const ownGrid = { regionCode: village, gridCodes: ['542526100201001'] };
    const neighbourGrid = { regionCode: village, gridCodes: ['542526100201002'] };
    expect(canSee(worker, 'NAME', ownGrid)).toMatchObject({ level: 'FULL' });
    expect(canSee(worker, 'NAME', neighbourGrid)).toEqual({ level: 'MASKED' });
    expect(canSee(worker, 'NAME', { regionCode: village, gridCodes: [] })).toEqual({ level: 'MASKED' });
    // Not knowing the grids, it reaches the village (records registered by village).
    expect(canSee(worker, 'NAME', { regionCode: village })).toMatchObject({ level: 'FULL' });
    // A county grant does not depend on grids.
    expect(canSee(actorWith('COUNTY_ADMIN'), 'NAME', neighbourGrid)).toMatchObject({ level: 'FULL' });
  });

  it('masks every field of a subject whose region code is malformed', () => {
    expect(canSee(actorWith('COUNTY_ADMIN'), 'NAME', { regionCode: 'nowhere' })).toEqual({ level: 'MASKED' });
  });

  it('chooses the most permissive of the grants that contain the subject', () => {
    const gridWorkerAndClerk: Actor = {
      personId: 'p',
      grants: [
        { role: 'GRID_WORKER', regionCode: '542526100201001' },
        { role: 'JUDGE', regionCode: '542526' },
        { role: 'SERVICE_HALL_CLERK', regionCode: '542526' },
      ],
    };
    expect(canSee(gridWorkerAndClerk, 'CITIZEN_ID', SUBJECT)).toEqual({
      level: 'FULL',
      grant: { role: 'SERVICE_HALL_CLERK', regionCode: '542526' },
      reason: 'SERVICE_HALL_CLERK@542526',
    });
    expect(canSee(gridWorkerAndClerk, 'NAME', SUBJECT)).toMatchObject({
      reason: 'GRID_WORKER@542526100201001',
    });
  });

  it('never sees less with one more grant', () => {
    const rank = { MASKED: 0, PARTIAL: 1, FULL: 2 } as const;
    const grant = fc.record({
      role: fc.constantFrom(...ROLES),
      regionCode: fc.constantFrom(
        '540000',
        '542500',
        '542526',
        '542526100',
        '542526100201',
        '542526100201001',
        '540424',
      ),
    });
    fc.assert(
      fc.property(
        fc.array(grant, { maxLength: 4 }),
        grant,
        fc.constantFrom(...PERSONAL_FIELDS),
        (grants, extra, field) => {
          const before = canSee({ personId: 'p', grants }, field, SUBJECT).level;
          const after = canSee({ personId: 'p', grants: [...grants, extra] }, field, SUBJECT).level;
          expect(rank[after]).toBeGreaterThanOrEqual(rank[before]);
        },
      ),
    );
  });

  it('follows a policy passed in by the caller', () => {
    const strict = { ...DEFAULT_VISIBILITY_POLICY, COUNTY_ADMIN: DEFAULT_VISIBILITY_POLICY.JUDGE };
    expect(canSee(actorWith('COUNTY_ADMIN'), 'NAME', SUBJECT, strict)).toEqual({ level: 'MASKED' });
  });
});

describe('showing a personal field', () => {
  const id = '540102199001011233';

  it('shows the value in full only when full visibility was granted', () => {
    const full = canSee(actorWith('COUNTY_ADMIN'), 'CITIZEN_ID', SUBJECT);
    expect(showPersonalField('CITIZEN_ID', id, full)).toBe(id);
    expect(showPersonalField('CITIZEN_ID', id, { level: 'PARTIAL' })).toBe('540102********1233');
    expect(showPersonalField('CITIZEN_ID', id, { level: 'MASKED' })).toBe('5****************3');
  });

  it.each([
    ['NAME', '扎西次仁', '扎***'],
    ['PHONE', '13812345678', '138****5678'],
    ['ADDRESS', '改则县物玛乡抗428村3组', '改则县物玛乡****'],
    ['ETHNICITY', '藏族', '***'],
    ['BIRTH_DATE', '1990-01-01', '****-**-**'],
  ] as const)('masks %s %s as %s', (field, value, masked) => {
    expect(showPersonalField(field, value, { level: 'MASKED' })).toBe(masked);
  });

  it('never shows a full ID to grid staff', () => {
    for (const role of ['GRID_CHIEF', 'GRID_WORKER'] as const) {
      const shown = showPersonalField(
        'CITIZEN_ID',
        id,
        canSee(actorWith(role, SUBJECT.regionCode), 'CITIZEN_ID', SUBJECT),
      );
      expect(shown).toBe('540102********1233');
    }
  });
});
