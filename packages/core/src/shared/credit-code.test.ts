import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CREDIT_CODE_CHARSET,
  CREDIT_CODE_WEIGHTS,
  composeCreditCode,
  creditCodeCheckCharacter,
  ORGANISATION_CATEGORY_LABELS,
  ORGANISATION_CODE_WEIGHTS,
  organisationCategoryLabels,
  organisationCodeCheckCharacter,
  parseCreditCode,
  REGISTRATION_DEPARTMENT_LABELS,
  type RegistrationDepartment,
} from './credit-code.js';
import { PROVINCE_LABELS } from './division-code.js';

const departmentAndCategory = fc.constantFrom(
  ...Object.entries(ORGANISATION_CATEGORY_LABELS).flatMap(([department, categories]) =>
    Object.keys(categories).map((category) => ({
      department: department as RegistrationDepartment,
      category,
    })),
  ),
);
const twoDigits = fc.integer({ min: 1, max: 99 }).map((n) => String(n).padStart(2, '0'));
const authorityRegionCode = fc.oneof(
  fc
    .tuple(fc.constantFrom(...Object.keys(PROVINCE_LABELS)), twoDigits, twoDigits)
    .map((parts) => parts.join('')),
  fc.constant('100000'),
);
const organisationBody = fc
  .array(fc.constantFrom(...CREDIT_CODE_CHARSET), { minLength: 8, maxLength: 8 })
  .map((characters) => characters.join(''));
const parts = fc
  .tuple(departmentAndCategory, authorityRegionCode, organisationBody)
  .map(([{ department, category }, authority, body]) => ({
    department,
    category,
    authorityRegionCode: authority,
    organisationBody: body,
  }));

describe('check character of a credit code (GB 32100-2015)', () => {
  it('uses the 31-symbol charset without I, O, Z, S and V', () => {
    expect(CREDIT_CODE_CHARSET).toHaveLength(31);
    for (const letter of 'IOZSV') expect(CREDIT_CODE_CHARSET).not.toContain(letter);
  });

  it('uses the weights 3^(i−1) mod 31', () => {
    expect(CREDIT_CODE_WEIGHTS).toEqual([1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]);
    expect(CREDIT_CODE_WEIGHTS).toEqual(Array.from({ length: 17 }, (_, i) => 3 ** i % 31));
  });

  it('accepts the worked example 91350100M000100Y43', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(parseCreditCode('91350100M000100Y43')).toEqual({
      ok: true,
      value: {
        code: '91350100M000100Y43',
        department: '9',
        category: '1',
        authorityRegionCode: '350100',
        organisationCode: 'M000100Y4',
      },
    });
  });

  it.each(['9144030071526726XG', '91110000710925243K', '91310000MA1FL1MMXL'])(
    'accepts the published company code %s, whose organisation code ends in X or a digit',
    (code) => {
      expect(parseCreditCode(code).ok).toBe(true);
    },
  );

  it('rejects the standard’s counter-example ending in Z', () => {
    const parsed = parseCreditCode('91350100M000100Y4Z');
    expect(!parsed.ok && parsed.error.code).toBe('CREDIT_CODE.FORMAT');
  });

  it('gives 0 when the sum is a multiple of 31, so valid codes may end in 0', () => {
    const endsInZero = fc.sample(
      parts.map(composeCreditCode).filter((code) => code.endsWith('0')),
      { numRuns: 5, seed: 7 },
    );
    for (const code of endsInZero) expect(parseCreditCode(code).ok).toBe(true);
    expect(endsInZero.length).toBe(5);
  });

  it('satisfies Σ Cᵢ·Wᵢ + C18 ≡ 0 (mod 31) for every composed code', () => {
    fc.assert(
      fc.property(parts, (p) => {
        const code = composeCreditCode(p);
        const sum = [...code.slice(0, 17)].reduce(
          (total, character, i) =>
            total + CREDIT_CODE_CHARSET.indexOf(character) * (CREDIT_CODE_WEIGHTS[i] ?? 0),
          0,
        );
        expect((sum + CREDIT_CODE_CHARSET.indexOf(code[17] ?? '')) % 31).toBe(0);
      }),
    );
  });
});

describe('embedded organisation code (GB 11714)', () => {
  it('uses the weights 3 7 9 10 5 8 4 2', () => {
    expect(ORGANISATION_CODE_WEIGHTS).toEqual([3, 7, 9, 10, 5, 8, 4, 2]);
  });

  it('gives M000100Y the check character 4 (sum 139, 139 mod 11 = 7)', () => {
    expect(organisationCodeCheckCharacter('M000100Y')).toBe('4');
  });

  it('writes 10 as X and 11 as 0', () => {
    // Sums: 1·3 = 3 → 8; 1·2 = 2 → 9; 0 → 11 → 0; 6·2 = 12 ≡ 1 → 10 → X.
    expect(organisationCodeCheckCharacter('10000000')).toBe('8');
    expect(organisationCodeCheckCharacter('00000001')).toBe('9');
    expect(organisationCodeCheckCharacter('00000000')).toBe('0');
    expect(organisationCodeCheckCharacter('00000006')).toBe('X');
  });

  it('rejects a code whose final check character is right but whose organisation code is not', () => {
    const body = '91350100M000100Y5';
    const parsed = parseCreditCode(`${body}${creditCodeCheckCharacter(body)}`);
    expect(!parsed.ok && parsed.error.code).toBe('CREDIT_CODE.ORGANISATION_CODE');
  });
});

describe('registration departments and organisation categories', () => {
  it('has a label for every department and category', () => {
    for (const [department, labels] of Object.entries(REGISTRATION_DEPARTMENT_LABELS)) {
      expect(labels.zh).not.toBe('');
      expect(labels.en).not.toBe('');
      expect(
        Object.keys(ORGANISATION_CATEGORY_LABELS[department as RegistrationDepartment]).length,
      ).toBeGreaterThan(0);
    }
  });

  it('knows village and township collective economic organisations (N2, N3) and cooperatives (93)', () => {
    expect(organisationCategoryLabels('N', '2')?.zh).toBe('村级集体经济组织');
    expect(organisationCategoryLabels('N', '3')?.zh).toBe('乡镇级集体经济组织');
    expect(organisationCategoryLabels('9', '3')?.zh).toBe('农民专业合作社');
    expect(organisationCategoryLabels('9', '9')).toBeNull();
    expect(organisationCategoryLabels('Y', '2')).toBeNull();
  });

  it('accepts valid codes of village collective economic organisations in Gêrzê county', () => {
    for (const category of ['1', '2', '3', '9']) {
      const code = composeCreditCode({
        department: 'N',
        category,
        authorityRegionCode: '542526',
        organisationBody: 'MA6T0K1C',
      });
      expect(parseCreditCode(code)).toMatchObject({ ok: true, value: { department: 'N', category } });
    }
  });

  it('gives back the parts a code was composed of', () => {
    fc.assert(
      fc.property(parts, (p) => {
        const parsed = parseCreditCode(composeCreditCode(p));
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.value.department).toBe(p.department);
        expect(parsed.value.category).toBe(p.category);
        expect(parsed.value.authorityRegionCode).toBe(p.authorityRegionCode);
        expect(parsed.value.organisationCode.slice(0, 8)).toBe(p.organisationBody);
      }),
    );
  });
});

describe('a credit code is rejected with the reason', () => {
  function withCheck(body17: string): string {
    return `${body17}${creditCodeCheckCharacter(body17)}`;
  }

  it.each([
    ['91350100M000100Y4', 'CREDIT_CODE.LENGTH'],
    ['91350100M000100Y433', 'CREDIT_CODE.LENGTH'],
    ['91350100m000100Y43', 'CREDIT_CODE.FORMAT'],
    ['91350100I000100Y43', 'CREDIT_CODE.FORMAT'],
    [withCheck('B1350100M000100Y4'), 'CREDIT_CODE.DEPARTMENT'],
    [withCheck('94350100M000100Y4'), 'CREDIT_CODE.CATEGORY'],
    [withCheck('Y2350100M000100Y4'), 'CREDIT_CODE.CATEGORY'],
    [withCheck('91990100M000100Y4'), 'CREDIT_CODE.REGION'],
    [withCheck('9135A100M000100Y4'), 'CREDIT_CODE.REGION'],
    ['91350100M000100Y44', 'CREDIT_CODE.CHECK_CHARACTER'],
  ])('%s: %s', (text, code) => {
    const parsed = parseCreditCode(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.code).toBe(code);
      expect(parsed.error.message.zh).not.toBe('');
      expect(parsed.error.message.en).not.toBe('');
    }
  });

  it('detects every change of a single character, at every position', () => {
    const alphabet = [...CREDIT_CODE_CHARSET, ...'IOZSVm '];
    fc.assert(
      fc.property(parts, (p) => {
        const code = composeCreditCode(p);
        for (let position = 0; position < 18; position += 1) {
          for (const replacement of alphabet) {
            if (replacement === code[position]) continue;
            const changed = `${code.slice(0, position)}${replacement}${code.slice(position + 1)}`;
            expect(parseCreditCode(changed).ok, `${changed} (position ${position + 1})`).toBe(false);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('refuses to compose a code from parts that do not exist', () => {
    const base = {
      department: '9',
      category: '1',
      authorityRegionCode: '542526',
      organisationBody: 'MA6T0K1C',
    } as const;
    expect(() => composeCreditCode({ ...base, category: '7' })).toThrow(RangeError);
    expect(() => composeCreditCode({ ...base, authorityRegionCode: '990000' })).toThrow(RangeError);
    expect(() => composeCreditCode({ ...base, organisationBody: 'MA6T0K1I' })).toThrow(RangeError);
  });
});
