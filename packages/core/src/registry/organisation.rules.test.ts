import { describe, expect, it } from 'vitest';
import { composeCreditCode, type RegistrationDepartment } from '../shared/credit-code.js';
import { createOrganisation, type OrganisationInput, organisationTypeOf } from './organisation.rules.js';

function creditCode(department: RegistrationDepartment, category: string): string {
  return composeCreditCode({
    department,
    category,
    authorityRegionCode: '542526',
    organisationBody: 'MA6T0001',
  });
}

const INPUT: OrganisationInput = {
  id: 'org-1',
  name: '改则县某某畜产品加工农民专业合作社',
  creditCode: creditCode('9', '3'),
  address: { regionCode: '542526100201', place: '北街', number: '8' },
  gridCode: '542526100201001',
};

describe('an organisation', () => {
  it('has a valid credit code and takes its type from it', () => {
    const result = createOrganisation(INPUT);
    expect(result.ok && result.value).toMatchObject({
      creditCode: INPUT.creditCode,
      type: 'FARMERS_COOPERATIVE',
    });
  });

  it('accepts the standard’s worked example 91350100M000100Y43 as an enterprise', () => {
    const result = createOrganisation({ ...INPUT, creditCode: '91350100M000100Y43' });
    expect(result.ok && result.value.type).toBe('ENTERPRISE');
  });

  it('keeps the credit-code failure code, under the creditCode field', () => {
    const result = createOrganisation({ ...INPUT, creditCode: '91350100M000100Y4Z' });
    expect(!result.ok && result.error).toMatchObject({ code: 'CREDIT_CODE.FORMAT', field: ['creditCode'] });
    const check = createOrganisation({ ...INPUT, creditCode: '91350100M000100Y44' });
    expect(!check.ok && check.error.code).toBe('CREDIT_CODE.CHECK_CHARACTER');
  });

  it('lies in a grid of its address’s village', () => {
    const result = createOrganisation({ ...INPUT, gridCode: '542526100209001' });
    expect(!result.ok && result.error.code).toBe('ORGANISATION.GRID_CODE');
  });

  it('needs a name of at most 100 characters', () => {
    const empty = createOrganisation({ ...INPUT, name: '' });
    expect(!empty.ok && empty.error.code).toBe('ORGANISATION.REQUIRED');
    const long = createOrganisation({ ...INPUT, name: '社'.repeat(101) });
    expect(!long.ok && long.error.code).toBe('ORGANISATION.NAME');
  });
});

describe('organisation types from credit codes', () => {
  it.each([
    ['1', '1', 'GOVERNMENT_AGENCY'],
    ['1', '2', 'PUBLIC_INSTITUTION'],
    ['5', '1', 'SOCIAL_ORGANISATION'],
    ['7', '1', 'RELIGIOUS_ORGANISATION'],
    ['9', '1', 'ENTERPRISE'],
    ['9', '2', 'INDIVIDUAL_BUSINESS'],
    ['9', '3', 'FARMERS_COOPERATIVE'],
    ['N', '2', 'COLLECTIVE_ECONOMIC_ORGANISATION'],
    ['1', '9', 'OTHER'],
    ['3', '1', 'OTHER'],
  ] as const)('read %s%s as %s', (department, category, type) => {
    expect(organisationTypeOf({ department, category })).toBe(type);
    const created = createOrganisation({ ...INPUT, creditCode: creditCode(department, category) });
    expect(created.ok && created.value.type).toBe(type);
  });
});
