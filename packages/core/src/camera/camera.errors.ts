import { type DomainError, domainError } from '../shared/errors.js';

// The expected failures of camera points, device ids, key sites and footage cases. Codes are a public
// contract: clients branch on them, so they never change once released.

/** Failures of {@link parseDeviceId} (GB/T 28181 设备编码). */
export const DEVICE_ID_ERRORS = {
  FORMAT: domainError('DEVICE_ID.FORMAT', 'VALIDATION', {
    zh: '设备编码应为20位数字（GB/T 28181）',
    en: 'A device id has 20 digits (GB/T 28181)',
    bo: 'སྒྲིག་ཆས་ཨང་རྟགས་ནི་གྲངས་ཀ་20ཡིན་དགོས། （GB/T 28181）',
  }),
  CENTRE_CODE: domainError('DEVICE_ID.CENTRE_CODE', 'VALIDATION', {
    zh: '设备编码前6位不是有效的行政区划代码',
    en: 'The first 6 digits of the device id are not a division code',
    bo: 'སྒྲིག་ཆས་ཨང་རྟགས་ཀྱི་གྲངས་ཀ་དང་པོ་6ནི་ནུས་ལྡན་གྱི་སྲིད་འཛིན་ས་ཁོངས་ཨང་རྟགས་མིན།',
  }),
  OUTSIDE_COUNTY: domainError('DEVICE_ID.OUTSIDE_COUNTY', 'VALIDATION', {
    zh: '设备编码的中心编码不属于本县',
    en: 'The centre code of the device id is not in this county',
    bo: 'སྒྲིག་ཆས་ཨང་རྟགས་ཀྱི་ལྟེ་གནས་ཨང་རྟགས་རྫོང་འདིའི་ཁོངས་སུ་མི་གཏོགས།',
  }),
  TYPE: domainError('DEVICE_ID.TYPE', 'VALIDATION', {
    zh: '设备编码第11–13位不是已定义的类型编码（111–999）',
    en: 'Digits 11–13 of the device id are not a defined type code (111–999)',
    bo: 'སྒྲིག་ཆས་ཨང་རྟགས་ཀྱི་གྲངས་ཀ་11–13ནི་གཏན་འཁེལ་བྱས་པའི་རིགས་ཨང་（111–999）མིན།',
  }),
} as const;

/** Failures of camera points, key sites, coverage and footage cases. */
export const CAMERA_ERRORS = {
  REQUIRED: domainError('CAMERA.REQUIRED', 'VALIDATION', {
    zh: '必填项为空',
    en: 'A required value is empty',
    bo: 'ངེས་པར་འབྲི་དགོས་པའི་རྣམ་གྲངས་སྟོང་པ་རེད།',
  }),
  GRID_CODE: domainError('CAMERA.GRID_CODE', 'VALIDATION', {
    zh: '网格编码应为15位网格级区划代码',
    en: 'A grid code is a 15-digit grid-level region code',
    bo: 'དྲ་མིག་ཨང་རྟགས་ནི་དྲ་མིག་རིམ་པའི་ས་ཁོངས་ཨང་རྟགས་གྲངས་ཀ་15ཡིན་དགོས།',
  }),
  NOT_A_CAMERA: domainError('CAMERA.NOT_A_CAMERA', 'VALIDATION', {
    zh: '监控点位的设备类型须为摄像机（131）或网络摄像机（132）',
    en: 'A camera point’s device type is a camera (131) or an IP camera (132)',
    bo: 'ལྟ་ཞིབ་ས་ཚིགས་ཀྱི་སྒྲིག་ཆས་རིགས་ནི་བརྙན་ལེན་འཕྲུལ་ཆས（131）སམ་དྲ་རྒྱའི་བརྙན་ལེན་འཕྲུལ་ཆས（132）ཡིན་དགོས།',
  }),
  SITE_CATEGORY: domainError('CAMERA.SITE_CATEGORY', 'VALIDATION', {
    zh: '场所类别无效，或与所监控的重点场所不一致',
    en: 'The site category is unknown or differs from the key site’s',
    bo: 'ས་ཚིགས་ཀྱི་རིགས་ནུས་མེད་ཡིན་པའམ། ལྟ་ཞིབ་བྱེད་ཡུལ་གཙོ་གནད་ས་ཚིགས་དང་མི་མཐུན།',
  }),
  STATUS: domainError('CAMERA.STATUS', 'VALIDATION', {
    zh: '未知的点位状态',
    en: 'Unknown camera status',
    bo: 'ལྟ་ཞིབ་ས་ཚིགས་ཀྱི་གནས་སྟངས་ངོ་མི་ཤེས།',
  }),
  SITE_NOT_FOUND: domainError('CAMERA.SITE_NOT_FOUND', 'NOT_FOUND', {
    zh: '没有该重点场所',
    en: 'No such key site',
    bo: 'གཙོ་གནད་ས་ཚིགས་དེ་མེད།',
  }),
  SITE_OTHER_GRID: domainError('CAMERA.SITE_OTHER_GRID', 'VALIDATION', {
    zh: '监控点位与所监控的重点场所不在同一网格',
    en: 'The camera point and its key site are in different grids',
    bo: 'ལྟ་ཞིབ་ས་ཚིགས་དང་དེས་ལྟ་ཞིབ་བྱེད་པའི་གཙོ་གནད་ས་ཚིགས་དྲ་མིག་གཅིག་ཏུ་མེད།',
  }),
  KEY_SITE_CATEGORY: domainError('CAMERA.KEY_SITE_CATEGORY', 'VALIDATION', {
    zh: '重点场所类别只能是商场、餐饮、娱乐场所、宾馆、医院或加油站',
    en: 'A key site is a mall, restaurant, entertainment venue, hotel, hospital or filling station',
    bo: 'གཙོ་གནད་ས་ཚིགས་ཀྱི་རིགས་ནི་ཚོང་ཁང་ཆེན་མོ། ཟ་ཁང་། རྩེད་མོའི་ས་ཚིགས། མགྲོན་ཁང་། སྨན་ཁང་། སྣུམ་བླུགས་ས་ཚིགས་བཅས་ཁོ་ན་ཡིན་ཆོག',
  }),
} as const;

/** Failures of {@link createSolvedCase} (视频破案). */
export const CASE_ERRORS = {
  REQUIRED: domainError('CASE.REQUIRED', 'VALIDATION', {
    zh: '必填项为空',
    en: 'A required value is empty',
    bo: 'ངེས་པར་འབྲི་དགོས་པའི་རྣམ་གྲངས་སྟོང་པ་རེད།',
  }),
  GRID_CODE: domainError('CASE.GRID_CODE', 'VALIDATION', {
    zh: '网格编码应为15位网格级区划代码',
    en: 'A grid code is a 15-digit grid-level region code',
    bo: 'དྲ་མིག་ཨང་རྟགས་ནི་དྲ་མིག་རིམ་པའི་ས་ཁོངས་ཨང་རྟགས་གྲངས་ཀ་15ཡིན་དགོས།',
  }),
  NO_FOOTAGE: domainError('CASE.NO_FOOTAGE', 'VALIDATION', {
    zh: '视频破案须关联至少一个提供视频的监控点位',
    en: 'A case solved with footage names at least one camera point',
    bo: 'བརྙན་འཕྲིན་བརྒྱུད་གྱོད་དོན་ཐག་གཅོད་བྱས་ན་བརྙན་འཕྲིན་མཁོ་སྤྲོད་བྱས་པའི་ལྟ་ཞིབ་ས་ཚིགས་གཅིག་ཡན་འབྲེལ་མཐུད་བྱེད་དགོས།',
  }),
  CAMERA_DUPLICATE: domainError('CASE.CAMERA_DUPLICATE', 'VALIDATION', {
    zh: '同一监控点位重复关联',
    en: 'The same camera point is listed twice',
    bo: 'ལྟ་ཞིབ་ས་ཚིགས་གཅིག་ཐེངས་གཉིས་འབྲེལ་མཐུད་བྱས་འདུག',
  }),
  UNKNOWN_CAMERA: domainError('CASE.UNKNOWN_CAMERA', 'NOT_FOUND', {
    zh: '没有该监控点位',
    en: 'No such camera point',
    bo: 'ལྟ་ཞིབ་ས་ཚིགས་དེ་མེད།',
  }),
} as const;

/**
 * Refusals of the caller's right to change the camera network ({@link authoriseCameraChange}), and of
 * looking up what a camera input names. A grid outside the caller's region is reported as not found.
 */
export const CAMERA_ACCESS_ERRORS = {
  FORBIDDEN: domainError('CAMERA.FORBIDDEN', 'FORBIDDEN', {
    zh: '您的角色或辖区不能登记该网格的监控点位或视频破案',
    en: 'Your roles or region do not allow registering camera points or cases in this grid',
    bo: 'ཁྱེད་ཀྱི་ལས་འགན་ནམ་དོ་དམ་ས་ཁོངས་ཀྱིས་དྲ་མིག་འདིའི་ལྟ་ཞིབ་ས་ཚིགས་སམ་བརྙན་འཕྲིན་བརྒྱུད་གྱོད་དོན་ཐག་གཅོད་ཐོ་འགོད་བྱེད་མི་ཆོག',
  }),
  GRID_NOT_FOUND: domainError(
    'CAMERA.GRID_NOT_FOUND',
    'NOT_FOUND',
    {
      zh: '没有这个网格，或您无权查看',
      en: 'There is no such grid, or you may not see it',
      bo: 'དྲ་མིག་འདི་མེད་པའམ། ཁྱེད་ལ་ལྟ་ཀློག་བྱེད་པའི་དབང་ཚད་མེད།',
    },
    ['gridCode'],
  ),
  DEVICE_ID_TAKEN: domainError(
    'CAMERA.DEVICE_ID_TAKEN',
    'CONFLICT',
    {
      zh: '该设备编码已登记',
      en: 'A camera point with this device id is already registered',
      bo: 'སྒྲིག་ཆས་ཨང་རྟགས་འདི་ཐོ་འགོད་བྱས་ཟིན།',
    },
    ['deviceId'],
  ),
} as const;

type ErrorOf<T> = T[keyof T];

/** Any failure of {@link parseDeviceId}. */
export type DeviceIdError = ErrorOf<typeof DEVICE_ID_ERRORS>;
/** Any failure of the camera-point and coverage rules. */
export type CameraError = ErrorOf<typeof CAMERA_ERRORS> | DeviceIdError;
/** Any failure of the footage-case rules. */
export type CaseError = ErrorOf<typeof CASE_ERRORS>;
/** Any refusal of the camera access rules or lookups. */
export type CameraAccessError = ErrorOf<typeof CAMERA_ACCESS_ERRORS>;

/** Names the input that was wrong, as a path (`['cameraPointIds', '1']`). */
export function at<C extends string>(
  error: DomainError<C>,
  ...field: readonly (string | number)[]
): DomainError<C> {
  return { ...error, field: field.map(String) };
}
