import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CITIZEN_ID_WEIGHTS,
  citizenIdCheckCharacter,
  composeCitizenId,
  parseCitizenId,
  upgradeFifteenDigitId,
} from './citizen-id.js';
import { addDays, type CalendarDate, parseCalendarDate } from './date.js';
import { PROVINCE_LABELS } from './division-code.js';
import { currentCountyCodesUnder } from './division-codes.js';

function date(text: string): CalendarDate {
  const parsed = parseCalendarDate(text);
  if (!parsed.ok) throw new Error(`bad test date ${text}`);
  return parsed.value;
}

const TODAY = date('2025-06-01');

function characterValue(character: string): number {
  return character === 'X' ? 10 : Number(character);
}

// The two other forms of ISO 7064 MOD 11-2 in RULES §2.1, written independently as oracles.
function satisfiesFullSum(id: string): boolean {
  let sum = 0;
  for (let i = 0; i < 18; i += 1) sum += characterValue(id[i] ?? '') * (2 ** (17 - i) % 11);
  return sum % 11 === 1;
}

function streamingCheck(body17: string): string {
  let p = 0;
  for (const digit of body17) p = ((p + Number(digit)) * 2) % 11;
  const check = (12 - p) % 11;
  return check === 10 ? 'X' : String(check);
}

function weightedSum(body17: string): number {
  return [...body17].reduce((sum, digit, i) => sum + Number(digit) * (CITIZEN_ID_WEIGHTS[i] ?? 0), 0);
}

// Address codes of counties in force: an ID's address code is checked against GB/T 2260 by default.
const addressCode = fc.constantFrom(
  ...Object.keys(PROVINCE_LABELS).flatMap((province) => currentCountyCodesUnder(province)),
);
const birthDate = fc.integer({ min: 0, max: 45_000 }).map((days) => addDays(date('1900-01-01'), days));
const sequence = fc.integer({ min: 0, max: 999 });
const validId = fc
  .tuple(addressCode, birthDate, sequence)
  .map(([address, born, seq]) => composeCitizenId(address, born, seq));

describe('check character (ISO 7064 MOD 11-2, GB 11643-1999)', () => {
  it('uses the weights 2^(18−i) mod 11 for positions 1 to 17', () => {
    expect(CITIZEN_ID_WEIGHTS).toEqual([7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]);
    expect(CITIZEN_ID_WEIGHTS).toEqual(Array.from({ length: 17 }, (_, i) => 2 ** (17 - i) % 11));
  });

  it.each([
    ['11010519491231002X', 167, 'X'],
    ['440524188001010014', 195, '4'],
    ['34052419800101001X', 189, 'X'],
    ['370101190102039973', 262, '3'],
    ['540102199001011233', 185, '3'],
  ])('gives the worked example %s its sum %i and check character %s', (id, sum, check) => {
    expect(weightedSum(id.slice(0, 17))).toBe(sum);
    expect(citizenIdCheckCharacter(id.slice(0, 17))).toBe(check);
    // The standard's own example (340524) uses an illustrative address code no revision holds.
    expect(parseCitizenId(id, TODAY, { isKnownAddressCode: () => true }).ok).toBe(true);
  });

  it('agrees with the full-sum and streaming forms of the standard for any body', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}$/), (body) => {
        const check = citizenIdCheckCharacter(body);
        expect(check).toBe(streamingCheck(body));
        expect(satisfiesFullSum(`${body}${check}`)).toBe(true);
      }),
    );
  });

  it('refuses to compute a check character for a body that is not 17 digits', () => {
    expect(() => citizenIdCheckCharacter('1234')).toThrow(RangeError);
    expect(() => citizenIdCheckCharacter('1101051949123100X')).toThrow(RangeError);
  });
});

describe('what a citizen identity number tells', () => {
  it('reads the address code, birth date and sequence of the standard example', () => {
    const parsed = parseCitizenId('11010519491231002X', TODAY);
    expect(parsed).toEqual({
      ok: true,
      value: {
        id: '11010519491231002X',
        addressCode: '110105',
        birthDate: '1949-12-31',
        sex: 'FEMALE',
        sequence: 2,
      },
    });
  });

  it('reads an odd sequence as male', () => {
    const parsed = parseCitizenId('440524188001010014', TODAY);
    expect(parsed.ok && parsed.value.sex).toBe('MALE');
    expect(parsed.ok && parsed.value.sequence).toBe(1);
  });

  it('reads the synthetic Lhasa fixture number', () => {
    const parsed = parseCitizenId('540102199001011233', TODAY);
    expect(parsed.ok && parsed.value).toMatchObject({
      addressCode: '540102',
      birthDate: '1990-01-01',
      sex: 'MALE',
    });
  });

  it('ignores white space around the number', () => {
    expect(parseCitizenId('  11010519491231002X\n', TODAY).ok).toBe(true);
  });

  it('gives back the parts a number was composed of', () => {
    fc.assert(
      fc.property(addressCode, birthDate, sequence, (address, born, seq) => {
        const parsed = parseCitizenId(composeCitizenId(address, born, seq), TODAY);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.value.addressCode).toBe(address);
        expect(parsed.value.birthDate).toBe(born);
        expect(parsed.value.sequence).toBe(seq);
        expect(parsed.value.sex).toBe(seq % 2 === 1 ? 'MALE' : 'FEMALE');
      }),
    );
  });
});

describe('a citizen identity number is rejected with the reason', () => {
  it.each([
    ['', 'CITIZEN_ID.LENGTH'],
    ['1101051949123100', 'CITIZEN_ID.LENGTH'],
    ['130503670401001', 'CITIZEN_ID.LENGTH'],
    ['11010519491231002XX', 'CITIZEN_ID.LENGTH'],
    ['11010519491231002x', 'CITIZEN_ID.FORMAT'],
    ['1101051949123X0021', 'CITIZEN_ID.FORMAT'],
    ['１１0105194912310021', 'CITIZEN_ID.FORMAT'],
    ['990105194912310021', 'CITIZEN_ID.REGION'],
    ['540005199001011233', 'CITIZEN_ID.REGION'],
    ['540102199002301233', 'CITIZEN_ID.BIRTH_DATE'],
    ['540102199013011233', 'CITIZEN_ID.BIRTH_DATE'],
    ['540102000001011233', 'CITIZEN_ID.BIRTH_DATE'],
    ['540102199001011234', 'CITIZEN_ID.CHECK_CHARACTER'],
    ['110105194912310021', 'CITIZEN_ID.CHECK_CHARACTER'],
  ])('%s: %s', (text, code) => {
    const parsed = parseCitizenId(text, TODAY);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.code).toBe(code);
      expect(parsed.error.kind).toBe('VALIDATION');
      expect(parsed.error.message.zh).not.toBe('');
      expect(parsed.error.message.en).not.toBe('');
    }
  });

  it('refuses a birth date after today but accepts one born today', () => {
    const bornToday = composeCitizenId('542526', TODAY, 11);
    expect(parseCitizenId(bornToday, TODAY).ok).toBe(true);
    const bornTomorrow = composeCitizenId('542526', addDays(TODAY, 1), 11);
    const parsed = parseCitizenId(bornTomorrow, TODAY);
    expect(!parsed.ok && parsed.error.code).toBe('CITIZEN_ID.BIRTH_DATE_IN_FUTURE');
  });

  it('refuses an address code that the caller’s code list does not know', () => {
    const known = (code: string) => code === '540102';
    expect(parseCitizenId('540102199001011233', TODAY, { isKnownAddressCode: known }).ok).toBe(true);
    const other = composeCitizenId('540103', date('1990-01-01'), 123);
    const parsed = parseCitizenId(other, TODAY, { isKnownAddressCode: known });
    expect(!parsed.ok && parsed.error.code).toBe('CITIZEN_ID.REGION');
  });

  it('detects every change of a single character, at every position', () => {
    const alphabet = [...'0123456789Xx', ' ', 'A'];
    fc.assert(
      fc.property(validId, (id) => {
        for (let position = 0; position < 18; position += 1) {
          for (const replacement of alphabet) {
            if (replacement === id[position]) continue;
            const changed = `${id.slice(0, position)}${replacement}${id.slice(position + 1)}`;
            expect(parseCitizenId(changed, TODAY).ok, `${changed} (position ${position + 1})`).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('dates are typed', () => {
  it('does not take an unchecked string as today', () => {
    // @ts-expect-error today must be a CalendarDate built by parseCalendarDate
    expect(parseCitizenId('11010519491231002X', '2025-06-01').ok).toBe(true);
  });
});

describe('composing numbers for fixtures', () => {
  it('composes the synthetic Lhasa number of RULES §2.1', () => {
    expect(composeCitizenId('540102', date('1990-01-01'), 123)).toBe('540102199001011233');
  });

  it('refuses parts that cannot make a number', () => {
    expect(() => composeCitizenId('990102', date('1990-01-01'), 1)).toThrow(RangeError);
    expect(() => composeCitizenId('540102', date('1990-01-01'), 1000)).toThrow(RangeError);
    expect(() => composeCitizenId('540102', date('1990-01-01'), 1.5)).toThrow(RangeError);
  });
});

describe('upgrading 15-digit first-generation numbers (GB 11643-1989)', () => {
  it('inserts 19 before the birth date and appends the check character', () => {
    expect(upgradeFifteenDigitId('130503670401001')).toEqual({ ok: true, value: '130503196704010016' });
  });

  it('gives a number that parses with the same birth date and sequence', () => {
    fc.assert(
      fc.property(addressCode, sequence, (address, seq) => {
        const old = `${address}670401${String(seq).padStart(3, '0')}`;
        const upgraded = upgradeFifteenDigitId(old);
        expect(upgraded.ok).toBe(true);
        if (!upgraded.ok) return;
        const parsed = parseCitizenId(upgraded.value, TODAY);
        expect(parsed.ok && parsed.value.birthDate).toBe('1967-04-01');
        expect(parsed.ok && parsed.value.sequence).toBe(seq);
      }),
    );
  });

  it.each([
    ['13050367040100', 'CITIZEN_ID.LENGTH'],
    ['130503196704010016', 'CITIZEN_ID.LENGTH'],
    ['13050367040100X', 'CITIZEN_ID.FORMAT'],
    ['990503670401001', 'CITIZEN_ID.REGION'],
    ['130503670230001', 'CITIZEN_ID.BIRTH_DATE'],
  ])('refuses %s: %s', (text, code) => {
    const upgraded = upgradeFifteenDigitId(text);
    expect(!upgraded.ok && upgraded.error.code).toBe(code);
  });
});
