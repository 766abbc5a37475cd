import { describe, expect, it } from 'vitest';
import {
  ACTOR_ERRORS,
  atField,
  CITIZEN_ID_ERRORS,
  CREDIT_CODE_ERRORS,
  MONEY_ERRORS,
  PHONE_ERRORS,
  REGION_CODE_ERRORS,
} from './shared.errors.js';

const AREAS = {
  CITIZEN_ID: CITIZEN_ID_ERRORS,
  CREDIT_CODE: CREDIT_CODE_ERRORS,
  REGION_CODE: REGION_CODE_ERRORS,
  PHONE: PHONE_ERRORS,
  MONEY: MONEY_ERRORS,
  ACTOR: ACTOR_ERRORS,
};

const ALL = Object.entries(AREAS).flatMap(([area, errors]) =>
  Object.entries(errors).map(([reason, error]) => ({ area, reason, error })),
);

describe('error codes are stable AREA.REASON strings', () => {
  it.each(ALL.map(({ area, reason, error }) => [`${area}.${reason}`, error] as const))(
    '%s is named after its area and reason, and says what went wrong in Chinese and English',
    (code, error) => {
      expect(error.code).toBe(code);
      expect(error.kind).toBe('VALIDATION');
      expect(error.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(error.message.en).toMatch(/^[A-Z]/);
      expect(error.field).toBeUndefined();
    },
  );

  it('uses every code once', () => {
    const codes = ALL.map(({ error }) => error.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe('naming the input that was wrong', () => {
  it('adds a field path without changing the shared constant', () => {
    const located = atField(CITIZEN_ID_ERRORS.CHECK_CHARACTER, ['applicant', 'citizenId']);
    expect(located).toEqual({ ...CITIZEN_ID_ERRORS.CHECK_CHARACTER, field: ['applicant', 'citizenId'] });
    expect(CITIZEN_ID_ERRORS.CHECK_CHARACTER.field).toBeUndefined();
  });
});
