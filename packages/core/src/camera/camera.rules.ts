import { countyCodeOf, parseRegionCode, regionLevel } from '../shared/division-code.js';
import { err, ok, type Result } from '../shared/result.js';
import { type Share, shareOf } from '../shared/share.js';
import { at, CAMERA_ERRORS, CASE_ERRORS, type CameraError, type CaseError } from './camera.errors.js';
import {
  CAMERA_STATUSES,
  type CameraPoint,
  type CameraStatus,
  type GridCoverage,
  KEY_SITE_CATEGORIES,
  type KeySite,
  type KeySiteCategory,
  SITE_CATEGORIES,
  type SiteCategory,
  type SolvedCase,
} from './camera.js';
import { isCameraDevice, parseDeviceId } from './device-id.rules.js';

function isGridCode(code: string): boolean {
  const parsed = parseRegionCode(code);
  return parsed.ok && regionLevel(parsed.value) === 'GRID';
}

/** Whether a site category is one of the six key categories (重点场所). */
export function isKeySiteCategory(category: SiteCategory): category is KeySiteCategory {
  return (KEY_SITE_CATEGORIES as readonly string[]).includes(category);
}

/** Builds a key site of a grid: a name, one of the six key categories and a 15-digit grid code. */
export function createKeySite(input: KeySite): Result<KeySite, CameraError> {
  const id = input.id.trim();
  if (id === '') return err(at(CAMERA_ERRORS.REQUIRED, 'id'));
  const name = input.name.trim();
  if (name === '') return err(at(CAMERA_ERRORS.REQUIRED, 'name'));
  if (!isKeySiteCategory(input.category)) return err(at(CAMERA_ERRORS.KEY_SITE_CATEGORY, 'category'));
  if (!isGridCode(input.gridCode)) return err(at(CAMERA_ERRORS.GRID_CODE, 'gridCode'));
  return ok({ ...input, id, name });
}

/** What a caller supplies for a camera point; `deviceId` is read with {@link parseDeviceId}. */
export interface CameraPointInput {
  readonly id: string;
  readonly deviceId: string;
  readonly name: string;
  readonly siteCategory: SiteCategory;
  readonly siteId: string | null;
  readonly gridCode: string;
  readonly status: CameraStatus;
}

function checkSite(input: CameraPointInput, sites: readonly KeySite[]): CameraError | null {
  if (input.siteId === null) return null;
  const site = sites.find((s) => s.id === input.siteId);
  if (site === undefined) return at(CAMERA_ERRORS.SITE_NOT_FOUND, 'siteId');
  if (site.gridCode !== input.gridCode) return at(CAMERA_ERRORS.SITE_OTHER_GRID, 'siteId');
  if (site.category !== input.siteCategory) return at(CAMERA_ERRORS.SITE_CATEGORY, 'siteCategory');
  return null;
}

/**
 * Builds a camera point (视频监控点位): a GB/T 28181 device id of a camera (type 131 or 132) whose
 * centre code starts with the grid's county code, a name, a site category, a grid and a status.
 * When the point watches a key site (`siteId`), the site must be among `sites`, in the same grid and
 * of the same category.
 */
export function createCameraPoint(
  input: CameraPointInput,
  sites: readonly KeySite[] = [],
): Result<CameraPoint, CameraError> {
  const id = input.id.trim();
  if (id === '') return err(at(CAMERA_ERRORS.REQUIRED, 'id'));
  const name = input.name.trim();
  if (name === '') return err(at(CAMERA_ERRORS.REQUIRED, 'name'));
  if (!isGridCode(input.gridCode)) return err(at(CAMERA_ERRORS.GRID_CODE, 'gridCode'));
  const device = parseDeviceId(input.deviceId, { countyCode: countyCodeOf(input.gridCode) });
  if (!device.ok) return err(at(device.error, 'deviceId'));
  if (!isCameraDevice(device.value)) return err(at(CAMERA_ERRORS.NOT_A_CAMERA, 'deviceId'));
  if (!SITE_CATEGORIES.includes(input.siteCategory))
    return err(at(CAMERA_ERRORS.SITE_CATEGORY, 'siteCategory'));
  if (!CAMERA_STATUSES.includes(input.status)) return err(at(CAMERA_ERRORS.STATUS, 'status'));
  const siteProblem = checkSite(input, sites);
  if (siteProblem !== null) return err(siteProblem);
  return ok({
    id,
    deviceId: device.value.id,
    name,
    siteCategory: input.siteCategory,
    siteId: input.siteId,
    gridCode: input.gridCode,
    status: input.status,
  });
}

/** Whether the camera point is working, the only status that covers a site. */
export function isCameraWorking(camera: CameraPoint): boolean {
  return camera.status === 'WORKING';
}

/**
 * Builds a case solved with camera footage (视频破案): a title, the day it was solved, its grid, and
 * the camera points whose footage was used, at least one, each listed once and among `cameras`.
 */
export function createSolvedCase(
  input: SolvedCase,
  cameras: readonly CameraPoint[],
): Result<SolvedCase, CaseError> {
  const id = input.id.trim();
  if (id === '') return err(at(CASE_ERRORS.REQUIRED, 'id'));
  const title = input.title.trim();
  if (title === '') return err(at(CASE_ERRORS.REQUIRED, 'title'));
  if (!isGridCode(input.gridCode)) return err(at(CASE_ERRORS.GRID_CODE, 'gridCode'));
  if (input.cameraPointIds.length === 0) return err(at(CASE_ERRORS.NO_FOOTAGE, 'cameraPointIds'));
  const known = new Set(cameras.map((camera) => camera.id));
  const seen = new Set<string>();
  for (const [index, cameraId] of input.cameraPointIds.entries()) {
    if (seen.has(cameraId)) return err(at(CASE_ERRORS.CAMERA_DUPLICATE, 'cameraPointIds', index));
    if (!known.has(cameraId)) return err(at(CASE_ERRORS.UNKNOWN_CAMERA, 'cameraPointIds', index));
    seen.add(cameraId);
  }
  return ok({ ...input, id, title });
}

/** How many solved cases used each camera point's footage; cameras never used are absent. */
export function casesByCamera(cases: readonly SolvedCase[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const solved of cases) {
    for (const cameraId of solved.cameraPointIds) counts.set(cameraId, (counts.get(cameraId) ?? 0) + 1);
  }
  return counts;
}

/**
 * The coverage of one grid's key sites: a site is covered when at least one working camera point
 * watches it (its `siteId`). A grid with no key sites has a share of nothing (0 of 0).
 */
export function keySiteCoverage(
  gridCode: string,
  sites: readonly KeySite[],
  cameras: readonly CameraPoint[],
): GridCoverage {
  const watched = new Set(
    cameras
      .filter((c) => isCameraWorking(c) && c.siteId !== null && c.gridCode === gridCode)
      .map((c) => c.siteId),
  );
  const gridSites = sites.filter((site) => site.gridCode === gridCode);
  const covered = gridSites.filter((site) => watched.has(site.id));
  const byCategory = Object.fromEntries(
    KEY_SITE_CATEGORIES.map((category) => [
      category,
      shareOf(
        covered.filter((s) => s.category === category).length,
        gridSites.filter((s) => s.category === category).length,
      ),
    ]),
  ) as Record<KeySiteCategory, Share>;
  return {
    gridCode,
    covered: shareOf(covered.length, gridSites.length),
    byCategory,
    uncoveredSiteIds: gridSites.filter((site) => !watched.has(site.id)).map((site) => site.id),
  };
}

/** The key-site coverage of every grid that has key sites or camera points, by grid code. */
export function keySiteCoverageByGrid(
  sites: readonly KeySite[],
  cameras: readonly CameraPoint[],
): readonly GridCoverage[] {
  const grids = [...new Set([...sites.map((s) => s.gridCode), ...cameras.map((c) => c.gridCode)])].sort();
  return grids.map((gridCode) => keySiteCoverage(gridCode, sites, cameras));
}
