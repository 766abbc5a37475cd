import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeDeviceId, deviceTypeClassOf, isCameraDevice, parseDeviceId } from './device-id.rules.js';

describe('GB/T 28181 device ids', () => {
  it('read the standard’s example as a Hefei centre’s IP camera', () => {
    const result = parseDeviceId('34020000001320000101');
    expect(result.ok && result.value).toEqual({
      id: '34020000001320000101',
      centreCode: '34020000',
      divisionCode: '340200',
      baseUnitCode: '00',
      industryCode: '00',
      typeCode: '132',
      typeClass: 'FRONT_END_PERIPHERAL',
      serial: '0000101',
    });
    expect(result.ok && isCameraDevice(result.value)).toBe(true);
  });

  it('belong to Gêrzê when the centre code starts with 542526', () => {
    const id = composeDeviceId({
      divisionCode: '542526',
      baseUnitCode: '00',
      industryCode: '00',
      typeCode: '132',
      serial: 7,
    });
    expect(id).toBe('54252600001320000007');
    expect(parseDeviceId(id, { countyCode: '542526' }).ok).toBe(true);
    const elsewhere = parseDeviceId(id, { countyCode: '540424' });
    expect(!elsewhere.ok && elsewhere.error.code).toBe('DEVICE_ID.OUTSIDE_COUNTY');
  });

  it.each(['5425260000132000000', '542526000013200000011', '5425260000132000000A', ''])(
    'have exactly 20 digits, so %j is refused',
    (text) => {
      const result = parseDeviceId(text);
      expect(!result.ok && result.error).toMatchObject({ code: 'DEVICE_ID.FORMAT', kind: 'VALIDATION' });
    },
  );

  it.each(['99252600001320000001', '54000500001320000001'])('start with a division code, not %s', (text) => {
    const result = parseDeviceId(text);
    expect(!result.ok && result.error.code).toBe('DEVICE_ID.CENTRE_CODE');
  });

  it.each(['000', '110'])('refuse the unassigned type code %s', (type) => {
    const result = parseDeviceId(`5425260000${type}0000001`);
    expect(!result.ok && result.error.code).toBe('DEVICE_ID.TYPE');
  });

  it('compose and parse back to the same parts', () => {
    const parts = fc.record({
      divisionCode: fc.constantFrom('542526', '540424', '540524', '542500', '540000', '340200'),
      baseUnitCode: fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0')),
      industryCode: fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0')),
      typeCode: fc.integer({ min: 111, max: 999 }).map(String),
      serial: fc.integer({ min: 0, max: 9_999_999 }),
    });
    fc.assert(
      fc.property(parts, (p) => {
        const parsed = parseDeviceId(composeDeviceId(p));
        expect(parsed.ok && parsed.value).toMatchObject({
          divisionCode: p.divisionCode,
          baseUnitCode: p.baseUnitCode,
          industryCode: p.industryCode,
          typeCode: p.typeCode,
          serial: String(p.serial).padStart(7, '0'),
        });
      }),
    );
  });

  it('refuse to compose from broken parts', () => {
    expect(() =>
      composeDeviceId({
        divisionCode: '542526',
        baseUnitCode: '0',
        industryCode: '00',
        typeCode: '132',
        serial: 1,
      }),
    ).toThrow(RangeError);
    expect(() =>
      composeDeviceId({
        divisionCode: '542526',
        baseUnitCode: '00',
        industryCode: '00',
        typeCode: '132',
        serial: 1e7,
      }),
    ).toThrow(RangeError);
  });
});

describe('device type classes', () => {
  it.each([
    ['111', 'FRONT_END_DEVICE'],
    ['118', 'FRONT_END_DEVICE'],
    ['130', 'FRONT_END_DEVICE'],
    ['131', 'FRONT_END_PERIPHERAL'],
    ['199', 'FRONT_END_PERIPHERAL'],
    ['200', 'PLATFORM_DEVICE'],
    ['299', 'PLATFORM_DEVICE'],
    ['300', 'CENTRE_USER'],
    ['400', 'TERMINAL_USER'],
    ['500', 'PLATFORM_EXTERNAL_SERVER'],
    ['600', 'EXTENSION'],
    ['999', 'EXTENSION'],
    ['110', null],
    ['13', null],
  ])('put type %s in %s', (code, expected) => {
    expect(deviceTypeClassOf(code)).toBe(expected);
  });

  it('count only 131 and 132 as cameras', () => {
    const nvr = parseDeviceId('54252600001180000001');
    expect(nvr.ok && isCameraDevice(nvr.value)).toBe(false);
    const camera = parseDeviceId('54252600001310000001');
    expect(camera.ok && isCameraDevice(camera.value)).toBe(true);
  });
});
