import { describe, expect, it } from 'vitest';
import { composeCitizenId, parseCitizenId } from './citizen-id.js';
import type { CalendarDate } from './date.js';
import { currentCountyCodesUnder, divisionCodeStanding, isKnownCountyCode } from './division-codes.js';

const today = '2025-06-16' as CalendarDate;

describe('the bundled GB/T 2260 county-level codes', () => {
  it('knows the counties of the article as codes in force', () => {
    for (const code of ['542526', '540424', '540524', '540602', '540127', '540102']) {
      expect(divisionCodeStanding(code)).toBe('CURRENT');
    }
  });

  it('keeps the codes Tibet re-coded since 2014 as abolished, so older IDs still read', () => {
    // 林芝县 → 巴宜区 (2015), 那曲县 → 色尼区 (2017), 乃东县 → 乃东区 (2016).
    for (const code of ['542621', '542421', '542221']) expect(divisionCodeStanding(code)).toBe('ABOLISHED');
    expect(isKnownCountyCode('542621')).toBe(true);
  });

  it('knows neither invented codes, nor provinces and prefectures, nor statistical parks', () => {
    for (const code of ['542599', '540000', '542500', '540171', '999999']) {
      expect(divisionCodeStanding(code)).toBeNull();
    }
  });

  it('lists the counties in force under a prefix', () => {
    expect(currentCountyCodesUnder('5425')).toEqual([
      '542521',
      '542522',
      '542523',
      '542524',
      '542525',
      '542526',
      '542527',
    ]);
    expect(currentCountyCodesUnder('54').length).toBe(74);
  });
});

describe('the address-code check of a citizen identity number', () => {
  it('is on by default: an invented address code with a right check character is refused', () => {
    const invented = composeCitizenId('542599', '1990-01-01' as CalendarDate, 123);
    const parsed = parseCitizenId(invented, today);
    expect(!parsed.ok && parsed.error.code).toBe('CITIZEN_ID.REGION');
  });

  it('accepts the code of a county since abolished', () => {
    expect(parseCitizenId(composeCitizenId('542621', '1980-05-04' as CalendarDate, 31), today).ok).toBe(true);
  });

  it('can be replaced by the caller, e.g. to check the shape only', () => {
    const invented = composeCitizenId('542599', '1990-01-01' as CalendarDate, 123);
    expect(parseCitizenId(invented, today, { isKnownAddressCode: () => true }).ok).toBe(true);
  });
});
