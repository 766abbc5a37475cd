import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createStandardAddress,
  formatStandardAddress,
  parseStandardAddress,
  placeEndsLikeAPart,
  streetAddressOf,
} from './address.rules.js';
import type { StandardAddress } from './registry.js';

const VILLAGE = '542526100201';

function must<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('a standard address', () => {
  it('is structured as village, place, number, building, unit and room', () => {
    const address = must(
      createStandardAddress({
        regionCode: VILLAGE,
        place: '北街',
        number: '12',
        building: '3',
        unit: '2',
        room: '301',
      }),
    );
    expect(address).toEqual({
      regionCode: VILLAGE,
      place: '北街',
      number: '12',
      building: '3',
      unit: '2',
      room: '301',
    });
  });

  it('may be just a settlement, as in pastoral areas', () => {
    const address = must(createStandardAddress({ regionCode: '542526201203', place: '夏季牧场定居点' }));
    expect(formatStandardAddress(address)).toBe('542526201203 夏季牧场定居点');
  });

  it('reads parts in half-width upper case', () => {
    const address = must(
      createStandardAddress({ regionCode: VILLAGE, place: ' 北街 ', number: '１２－１', building: 'a' }),
    );
    expect(address).toMatchObject({ place: '北街', number: '12-1', building: 'A', unit: null, room: null });
  });

  it('lies in a village or community, not a county, township or grid', () => {
    for (const regionCode of ['542526', '542526100', '542526100201001', '54252610020']) {
      const result = createStandardAddress({ regionCode, place: '北街' });
      expect(!result.ok && result.error).toMatchObject({ code: 'ADDRESS.REGION', field: ['regionCode'] });
    }
  });

  it('refuses a unit without a building', () => {
    const result = createStandardAddress({ regionCode: VILLAGE, place: '北街', number: '12', unit: '2' });
    expect(!result.ok && result.error).toMatchObject({
      code: 'ADDRESS.UNIT_WITHOUT_BUILDING',
      field: ['unit'],
    });
  });

  it.each(['12 号', '#12', '-12', '12-', '12345678901', '十二'])('refuses the part %j', (number) => {
    const result = createStandardAddress({ regionCode: VILLAGE, place: '北街', number });
    expect(!result.ok && result.error).toMatchObject({ code: 'ADDRESS.PART', field: ['number'] });
  });

  it.each(['北街12', 'G219', '北街12号', '幸福小区3栋', '北街-'])(
    'refuses the place %j, whose end would read as a part',
    (place) => {
      const result = createStandardAddress({ regionCode: VILLAGE, place });
      expect(!result.ok && result.error.code).toBe('ADDRESS.PLACE_ENDING');
    },
  );

  it('accepts places with numbers inside or numbered in Chinese', () => {
    for (const place of ['G219国道', '三号路', '2号院东巷', 'སྒེར་རྩེ་ལམ།']) {
      expect(createStandardAddress({ regionCode: VILLAGE, place }).ok).toBe(true);
      expect(placeEndsLikeAPart(place)).toBe(false);
    }
  });

  it('refuses an empty place, white space inside it, or more than 60 characters', () => {
    expect(!createStandardAddress({ regionCode: VILLAGE, place: ' ' }).ok).toBe(true);
    const spaced = createStandardAddress({ regionCode: VILLAGE, place: '北 街' });
    expect(!spaced.ok && spaced.error.code).toBe('ADDRESS.PLACE');
    const long = createStandardAddress({ regionCode: VILLAGE, place: '路'.repeat(61) });
    expect(!long.ok && long.error.code).toBe('ADDRESS.PLACE');
  });
});

describe('the canonical text of an address', () => {
  it('writes the village code, a space, the place and the parts with their markers', () => {
    const address = must(
      createStandardAddress({
        regionCode: VILLAGE,
        place: '北街',
        number: '12',
        building: '3',
        unit: '2',
        room: '301',
      }),
    );
    expect(formatStandardAddress(address)).toBe('542526100201 北街12号3栋2单元301室');
    expect(streetAddressOf(address)).toBe('北街12号3栋2单元301室');
  });

  it('is read back by the parser', () => {
    expect(must(parseStandardAddress(' 542526100201 幸福小区3栋2单元301室 '))).toEqual({
      regionCode: VILLAGE,
      place: '幸福小区',
      number: null,
      building: '3',
      unit: '2',
      room: '301',
    });
    expect(must(parseStandardAddress('542526100201 北街12-1号101室'))).toMatchObject({
      number: '12-1',
      building: null,
      room: '101',
    });
  });

  it.each([
    '北街12号',
    '542526100201北街12号',
    '542526100201  北街',
    '542526 北街12号',
    '542526100201 北街12号2单元',
  ])('is refused when malformed: %j', (text) => {
    expect(parseStandardAddress(text).ok).toBe(false);
  });

  it('round-trips: parsing the text of any valid address gives the address back', () => {
    const placeChar = fc.constantFrom(
      '北',
      '街',
      '路',
      '巷',
      '村',
      '号',
      '栋',
      '单',
      '元',
      '室',
      '་',
      'ས',
      '1',
      '9',
      'G',
      '-',
    );
    const part = fc.option(fc.stringMatching(/^[0-9A-Z]{1,4}(-[0-9A-Z]{1,3})?$/), { nil: null });
    const candidate = fc.record({
      regionCode: fc.constantFrom('542526100201', '542526201203', '540424100001'),
      place: fc.array(placeChar, { minLength: 1, maxLength: 12 }).map((chars) => chars.join('')),
      number: part,
      building: part,
      unit: part,
      room: part,
    });
    fc.assert(
      fc.property(candidate, (input) => {
        const address = createStandardAddress(input);
        fc.pre(address.ok);
        if (!address.ok) return;
        const text = formatStandardAddress(address.value);
        expect(parseStandardAddress(text)).toEqual({ ok: true, value: address.value });
      }),
      { numRuns: 2000 },
    );
  });

  it('is the same text for the same address, and different texts for different addresses', () => {
    const a: StandardAddress = must(
      createStandardAddress({ regionCode: VILLAGE, place: '北街', number: '1', room: '23' }),
    );
    const b: StandardAddress = must(
      createStandardAddress({ regionCode: VILLAGE, place: '北街', number: '12', room: '3' }),
    );
    expect(formatStandardAddress(a)).not.toBe(formatStandardAddress(b));
  });
});
