import { looksLikeDivisionCode } from '../shared/division-code.js';
import { err, ok, type Result } from '../shared/result.js';
import { DEVICE_ID_ERRORS, type DeviceIdError } from './camera.errors.js';
import type { DeviceId, DeviceIdInfo, DeviceTypeClass } from './camera.js';

/** The type codes of a camera: 131 camera (摄像机) and 132 IP camera (网络摄像机). */
export const CAMERA_TYPE_CODES: readonly string[] = ['131', '132'];

// GB/T 28181-2016 Annex D: the type-code ranges; codes below 111 are not assigned.
const TYPE_CLASS_RANGES: readonly (readonly [from: number, to: number, typeClass: DeviceTypeClass])[] = [
  [111, 130, 'FRONT_END_DEVICE'],
  [131, 199, 'FRONT_END_PERIPHERAL'],
  [200, 299, 'PLATFORM_DEVICE'],
  [300, 399, 'CENTRE_USER'],
  [400, 499, 'TERMINAL_USER'],
  [500, 599, 'PLATFORM_EXTERNAL_SERVER'],
  [600, 999, 'EXTENSION'],
];

/** The class a 3-digit type code falls in, or `null` for a code outside the defined ranges. */
export function deviceTypeClassOf(typeCode: string): DeviceTypeClass | null {
  if (!/^\d{3}$/.test(typeCode)) return null;
  const value = Number(typeCode);
  return TYPE_CLASS_RANGES.find(([from, to]) => value >= from && value <= to)?.[2] ?? null;
}

/** Options of {@link parseDeviceId}. */
export interface ParseDeviceIdOptions {
  /** When given, the centre code must start with this 6-digit county code (the county's own network). */
  readonly countyCode?: string;
}

/**
 * Reads a GB/T 28181 device id (coding rule A, Annex D): 20 digits = 8 centre code (a GB/T 2260
 * division code and a 2-digit base unit) + 2 industry + 3 type + 7 serial, e.g.
 * `34020000001320000101` (an IP camera of a Hefei centre). Surrounding white space is ignored.
 *
 * Checks, in order: 20 digits (`DEVICE_ID.FORMAT`), the shape of the division code
 * (`DEVICE_ID.CENTRE_CODE`), the county when asked (`DEVICE_ID.OUTSIDE_COUNTY`), a type code in the
 * defined ranges 111–999 (`DEVICE_ID.TYPE`).
 */
export function parseDeviceId(
  text: string,
  options: ParseDeviceIdOptions = {},
): Result<DeviceIdInfo, DeviceIdError> {
  const id = text.trim();
  if (!/^\d{20}$/.test(id)) return err(DEVICE_ID_ERRORS.FORMAT);
  const divisionCode = id.slice(0, 6);
  if (!looksLikeDivisionCode(divisionCode)) return err(DEVICE_ID_ERRORS.CENTRE_CODE);
  if (options.countyCode !== undefined && divisionCode !== options.countyCode) {
    return err(DEVICE_ID_ERRORS.OUTSIDE_COUNTY);
  }
  const typeCode = id.slice(10, 13);
  const typeClass = deviceTypeClassOf(typeCode);
  if (typeClass === null) return err(DEVICE_ID_ERRORS.TYPE);
  return ok({
    id: id as DeviceId,
    centreCode: id.slice(0, 8),
    divisionCode,
    baseUnitCode: id.slice(6, 8),
    industryCode: id.slice(8, 10),
    typeCode,
    typeClass,
    serial: id.slice(13, 20),
  });
}

/** The parts a device id is composed of. */
export interface DeviceIdParts {
  readonly divisionCode: string;
  readonly baseUnitCode: string;
  readonly industryCode: string;
  readonly typeCode: string;
  readonly serial: number;
}

/**
 * Builds the device id of the given parts; for fixtures.
 *
 * @throws RangeError when a part has the wrong shape (a caller bug).
 */
export function composeDeviceId(parts: DeviceIdParts): DeviceId {
  const { divisionCode, baseUnitCode, industryCode, typeCode, serial } = parts;
  if (!Number.isInteger(serial) || serial < 0 || serial > 9_999_999) {
    throw new RangeError(`a serial is an integer in 0–9999999, got ${serial}`);
  }
  const text = `${divisionCode}${baseUnitCode}${industryCode}${typeCode}${String(serial).padStart(7, '0')}`;
  const parsed = parseDeviceId(text);
  if (!parsed.ok || !/^\d{2}$/.test(baseUnitCode) || !/^\d{2}$/.test(industryCode)) {
    throw new RangeError(`not a device id: ${text}`);
  }
  return parsed.value.id;
}

/** Whether the device id names a camera (type 131 or 132). */
export function isCameraDevice(info: DeviceIdInfo): boolean {
  return CAMERA_TYPE_CODES.includes(info.typeCode);
}
