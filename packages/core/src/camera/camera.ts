import type { CalendarDate } from '../shared/date.js';
import type { Share } from '../shared/share.js';

/**
 * A GB/T 28181 device id (设备编码, Annex D coding rule A): 20 decimal digits, built only by
 * {@link parseDeviceId}.
 */
export type DeviceId = string & { readonly __brand: 'DeviceId' };

/**
 * The class of device a type code (digits 11–13) falls in, by its range (GB/T 28181-2016 Annex D):
 * 111–130 front-end main devices (前端主设备), 131–199 front-end peripherals (前端外围设备),
 * 200–299 platform devices (平台设备), 300–399 centre users (中心用户), 400–499 terminal users
 * (终端用户), 500–599 external platform servers (平台外接服务器), 600–999 extensions (扩展类型).
 */
export type DeviceTypeClass =
  | 'FRONT_END_DEVICE'
  | 'FRONT_END_PERIPHERAL'
  | 'PLATFORM_DEVICE'
  | 'CENTRE_USER'
  | 'TERMINAL_USER'
  | 'PLATFORM_EXTERNAL_SERVER'
  | 'EXTENSION';

/** Every device type class, in code order. */
export const DEVICE_TYPE_CLASSES: readonly DeviceTypeClass[] = [
  'FRONT_END_DEVICE',
  'FRONT_END_PERIPHERAL',
  'PLATFORM_DEVICE',
  'CENTRE_USER',
  'TERMINAL_USER',
  'PLATFORM_EXTERNAL_SERVER',
  'EXTENSION',
];

/** What a device id says, digit group by digit group. */
export interface DeviceIdInfo {
  readonly id: DeviceId;
  /** Digits 1–8: the monitoring centre (GB/T 2260 code of its place, then a 2-digit base unit). */
  readonly centreCode: string;
  /** Digits 1–6 of the centre code: the division code of the centre's place. */
  readonly divisionCode: string;
  /** Digits 7–8: the base unit under that division, `00` when the centre is the division itself. */
  readonly baseUnitCode: string;
  /** Digits 9–10: the industry code (行业编码). */
  readonly industryCode: string;
  /** Digits 11–13: the type code (类型编码), e.g. `132` IP camera. */
  readonly typeCode: string;
  readonly typeClass: DeviceTypeClass;
  /** Digits 14–20: the serial number (序号) as the 2016 text lays it out. */
  readonly serial: string;
}

/**
 * The category of the site a camera point watches (点位场所类别). The six key categories are the
 * sites the county put first when adding camera points; roads and others are not key sites.
 */
export type SiteCategory =
  | 'MALL'
  | 'RESTAURANT'
  | 'ENTERTAINMENT'
  | 'HOTEL'
  | 'HOSPITAL'
  | 'FILLING_STATION'
  | 'ROAD'
  | 'OTHER';

/** The key site categories (重点场所): malls, restaurants, entertainment venues, hotels, hospitals, filling stations. */
export type KeySiteCategory = Exclude<SiteCategory, 'ROAD' | 'OTHER'>;

/** Every site category, key ones first. */
export const SITE_CATEGORIES: readonly SiteCategory[] = [
  'MALL',
  'RESTAURANT',
  'ENTERTAINMENT',
  'HOTEL',
  'HOSPITAL',
  'FILLING_STATION',
  'ROAD',
  'OTHER',
];

/** The six key site categories. */
export const KEY_SITE_CATEGORIES: readonly KeySiteCategory[] = [
  'MALL',
  'RESTAURANT',
  'ENTERTAINMENT',
  'HOTEL',
  'HOSPITAL',
  'FILLING_STATION',
];

/**
 * The state of a camera point: `PLANNED` 规划建设, `WORKING` 正常, `FAULTY` 故障, `OFFLINE` 离线,
 * `DISMANTLED` 已拆除. Only a working camera covers its site.
 */
export type CameraStatus = 'PLANNED' | 'WORKING' | 'FAULTY' | 'OFFLINE' | 'DISMANTLED';

/** Every camera status. */
export const CAMERA_STATUSES: readonly CameraStatus[] = [
  'PLANNED',
  'WORKING',
  'FAULTY',
  'OFFLINE',
  'DISMANTLED',
];

/** A key site of a grid (重点场所): a mall, restaurant, entertainment venue, hotel, hospital or filling station. */
export interface KeySite {
  readonly id: string;
  readonly name: string;
  readonly category: KeySiteCategory;
  /** The 15-digit grid code. */
  readonly gridCode: string;
}

/** A camera point (视频监控点位) of the "雪亮工程" network. */
export interface CameraPoint {
  readonly id: string;
  readonly deviceId: DeviceId;
  readonly name: string;
  readonly siteCategory: SiteCategory;
  /** The key site the camera watches, `null` for a road or another place that is not a key site. */
  readonly siteId: string | null;
  /** The 15-digit grid code. */
  readonly gridCode: string;
  readonly status: CameraStatus;
}

/** A case solved with camera footage (视频破案), linked to the camera points whose footage was used. */
export interface SolvedCase {
  readonly id: string;
  readonly title: string;
  readonly solvedOn: CalendarDate;
  /** The 15-digit code of the grid where the case happened. */
  readonly gridCode: string;
  readonly cameraPointIds: readonly string[];
}

/**
 * How well a grid's key sites are covered: the share of its key sites with at least one working
 * camera, overall and by category, and the sites still uncovered.
 */
export interface GridCoverage {
  readonly gridCode: string;
  readonly covered: Share;
  readonly byCategory: Readonly<Record<KeySiteCategory, Share>>;
  readonly uncoveredSiteIds: readonly string[];
}
