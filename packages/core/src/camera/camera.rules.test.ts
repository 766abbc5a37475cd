import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../shared/date.js';
import { perMille } from '../shared/share.js';
import type { CameraPoint, CameraStatus, KeySite, KeySiteCategory, SiteCategory } from './camera.js';
import {
  type CameraPointInput,
  casesByCamera,
  createCameraPoint,
  createKeySite,
  createSolvedCase,
  isKeySiteCategory,
  keySiteCoverage,
  keySiteCoverageByGrid,
} from './camera.rules.js';

const GRID_A = '542526100001001';
const GRID_B = '542526100001002';

function must<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

function site(id: string, category: KeySiteCategory, gridCode = GRID_A): KeySite {
  return must(createKeySite({ id, name: `场所${id}`, category, gridCode }));
}

let serial = 0;
function camera(
  siteId: string | null,
  status: CameraStatus = 'WORKING',
  siteCategory: SiteCategory = 'MALL',
  gridCode = GRID_A,
  sites: readonly KeySite[] = SITES,
): CameraPoint {
  serial += 1;
  return must(
    createCameraPoint(
      {
        id: `cam-${serial}`,
        deviceId: `5425260000132${String(serial).padStart(7, '0')}`,
        name: `点位${serial}`,
        siteCategory,
        siteId,
        gridCode,
        status,
      },
      sites,
    ),
  );
}

const SITES: readonly KeySite[] = [
  site('mall', 'MALL'),
  site('hotel', 'HOTEL'),
  site('clinic', 'HOSPITAL'),
  site('station', 'FILLING_STATION'),
  site('teahouse', 'RESTAURANT', GRID_B),
];

const INPUT: CameraPointInput = {
  id: 'cam-x',
  deviceId: '54252600001320000999',
  name: '改则镇商场正门',
  siteCategory: 'MALL',
  siteId: 'mall',
  gridCode: GRID_A,
  status: 'WORKING',
};

describe('key sites', () => {
  it('are the six named categories: malls, restaurants, entertainment venues, hotels, hospitals, filling stations', () => {
    const keys = (
      [
        'MALL',
        'RESTAURANT',
        'ENTERTAINMENT',
        'HOTEL',
        'HOSPITAL',
        'FILLING_STATION',
        'ROAD',
        'OTHER',
      ] as const
    ).filter(isKeySiteCategory);
    expect(keys).toEqual(['MALL', 'RESTAURANT', 'ENTERTAINMENT', 'HOTEL', 'HOSPITAL', 'FILLING_STATION']);
  });

  it('refuse a road as a key site, and need a grid', () => {
    const road = createKeySite({
      id: 's',
      name: '国道219',
      category: 'ROAD' as KeySiteCategory,
      gridCode: GRID_A,
    });
    expect(!road.ok && road.error.code).toBe('CAMERA.KEY_SITE_CATEGORY');
    const village = createKeySite({ id: 's', name: '商场', category: 'MALL', gridCode: '542526100001' });
    expect(!village.ok && village.error.code).toBe('CAMERA.GRID_CODE');
  });
});

describe('a camera point', () => {
  it('has a GB/T 28181 camera id of the grid’s county, a site category, a grid and a status', () => {
    expect(must(createCameraPoint(INPUT, SITES))).toEqual({ ...INPUT, deviceId: '54252600001320000999' });
  });

  it('may watch a road without a key site', () => {
    expect(createCameraPoint({ ...INPUT, siteCategory: 'ROAD', siteId: null }).ok).toBe(true);
  });

  it('refuses a device of another county, naming the field', () => {
    const result = createCameraPoint({ ...INPUT, deviceId: '54042400001320000001' }, SITES);
    expect(!result.ok && result.error).toMatchObject({
      code: 'DEVICE_ID.OUTSIDE_COUNTY',
      field: ['deviceId'],
    });
  });

  it('refuses a device that is not a camera (an NVR)', () => {
    const result = createCameraPoint({ ...INPUT, deviceId: '54252600001180000001' }, SITES);
    expect(!result.ok && result.error.code).toBe('CAMERA.NOT_A_CAMERA');
  });

  it('refuses a broken device id', () => {
    const result = createCameraPoint({ ...INPUT, deviceId: '5425260000132' }, SITES);
    expect(!result.ok && result.error.code).toBe('DEVICE_ID.FORMAT');
  });

  it('must watch a known key site of its own grid and category', () => {
    const unknown = createCameraPoint({ ...INPUT, siteId: 'nowhere' }, SITES);
    expect(!unknown.ok && unknown.error).toMatchObject({ code: 'CAMERA.SITE_NOT_FOUND', kind: 'NOT_FOUND' });
    const otherGrid = createCameraPoint({ ...INPUT, siteId: 'teahouse', siteCategory: 'RESTAURANT' }, SITES);
    expect(!otherGrid.ok && otherGrid.error.code).toBe('CAMERA.SITE_OTHER_GRID');
    const category = createCameraPoint({ ...INPUT, siteId: 'hotel' }, SITES);
    expect(!category.ok && category.error.code).toBe('CAMERA.SITE_CATEGORY');
  });

  it('refuses an unknown status or category', () => {
    const status = createCameraPoint({ ...INPUT, status: 'BROKEN' as CameraStatus }, SITES);
    expect(!status.ok && status.error.code).toBe('CAMERA.STATUS');
    const category = createCameraPoint(
      { ...INPUT, siteCategory: 'ZOO' as SiteCategory, siteId: null },
      SITES,
    );
    expect(!category.ok && category.error.code).toBe('CAMERA.SITE_CATEGORY');
  });
});

describe('key-site coverage per grid', () => {
  const cameras = [
    camera('mall'),
    camera('mall', 'WORKING'),
    camera('hotel', 'FAULTY', 'HOTEL'),
    camera('clinic', 'WORKING', 'HOSPITAL'),
    camera(null, 'WORKING', 'ROAD'),
  ];

  it('is the share of a grid’s key sites with at least one working camera', () => {
    const coverage = keySiteCoverage(GRID_A, SITES, cameras);
    expect(coverage.covered).toEqual({ numerator: 2, denominator: 4 });
    expect(perMille(coverage.covered)).toBe(500);
    expect(coverage.uncoveredSiteIds).toEqual(['hotel', 'station']);
  });

  it('is broken down by key category', () => {
    const coverage = keySiteCoverage(GRID_A, SITES, cameras);
    expect(coverage.byCategory.MALL).toEqual({ numerator: 1, denominator: 1 });
    expect(coverage.byCategory.HOTEL).toEqual({ numerator: 0, denominator: 1 });
    expect(coverage.byCategory.ENTERTAINMENT).toEqual({ numerator: 0, denominator: 0 });
  });

  it('does not count a faulty, offline, planned or dismantled camera', () => {
    for (const status of ['FAULTY', 'OFFLINE', 'PLANNED', 'DISMANTLED'] as const) {
      const coverage = keySiteCoverage(GRID_A, SITES, [camera('mall', status)]);
      expect(coverage.covered.numerator).toBe(0);
    }
  });

  it('is listed for every grid by grid code', () => {
    const all = keySiteCoverageByGrid(SITES, [
      ...cameras,
      camera('teahouse', 'WORKING', 'RESTAURANT', GRID_B),
    ]);
    expect(all.map((c) => [c.gridCode, c.covered.numerator, c.covered.denominator])).toEqual([
      [GRID_A, 2, 4],
      [GRID_B, 1, 1],
    ]);
  });
});

describe('cases solved with footage', () => {
  const cameras = [camera('mall'), camera(null, 'WORKING', 'ROAD'), camera('clinic', 'OFFLINE', 'HOSPITAL')];
  const ids = cameras.map((c) => c.id);
  const base = {
    id: 'case-1',
    title: '商场盗窃案',
    solvedOn: '2024-11-03' as CalendarDate,
    gridCode: GRID_A,
    cameraPointIds: [ids[0] ?? '', ids[1] ?? ''],
  };

  it('link to the camera points whose footage was used', () => {
    const solved = must(createSolvedCase(base, cameras));
    expect(solved.cameraPointIds).toEqual([ids[0], ids[1]]);
  });

  it('need at least one camera point, each known and listed once', () => {
    const none = createSolvedCase({ ...base, cameraPointIds: [] }, cameras);
    expect(!none.ok && none.error.code).toBe('CASE.NO_FOOTAGE');
    const unknown = createSolvedCase({ ...base, cameraPointIds: [ids[0] ?? '', 'cam-404'] }, cameras);
    expect(!unknown.ok && unknown.error).toMatchObject({
      code: 'CASE.UNKNOWN_CAMERA',
      field: ['cameraPointIds', '1'],
    });
    const twice = createSolvedCase({ ...base, cameraPointIds: [ids[0] ?? '', ids[0] ?? ''] }, cameras);
    expect(!twice.ok && twice.error.code).toBe('CASE.CAMERA_DUPLICATE');
  });

  it('are counted per camera point', () => {
    const second = must(createSolvedCase({ ...base, id: 'case-2', cameraPointIds: [ids[0] ?? ''] }, cameras));
    const counts = casesByCamera([must(createSolvedCase(base, cameras)), second]);
    expect(counts.get(ids[0] ?? '')).toBe(2);
    expect(counts.get(ids[1] ?? '')).toBe(1);
    expect(counts.has(ids[2] ?? '')).toBe(false);
  });
});
