// Camera-network rows ⇄ core's key sites, camera points and solved cases: the one place that knows
// both shapes.
import {
  CAMERA_STATUSES,
  type CameraPoint,
  type DeviceId,
  KEY_SITE_CATEGORIES,
  type KeySite,
  type KeySiteCategory,
  ok,
  parseCalendarDate,
  parseDeviceId,
  parseRegionCode,
  type Result,
  SITE_CATEGORIES,
  type SolvedCase,
} from '@grassroots/core';
import type {
  CameraPoint as CameraPointRow,
  KeySite as KeySiteRow,
  SolvedCaseCamera as SolvedCaseCameraRow,
  SolvedCase as SolvedCaseRow,
} from '../generated/sqlite/client.js';
import { enumColumn, parsedColumn, type RowRef } from './columns.js';

// A stored device id is read again by GB/T 28181 Annex D (20 digits, a division code, a type code in
// the defined ranges); whether it is a camera of the grid's county was checked when it was written.
function deviceIdOf(text: string): Result<DeviceId, unknown> {
  const parsed = parseDeviceId(text);
  return parsed.ok ? ok(parsed.value.id) : parsed;
}

export const keySiteMapper = {
  /** A stored key site as core's entity; fails with a StoredValueError naming the row if core rejects a value. */
  toDomain(row: KeySiteRow): KeySite {
    const ref: RowRef = { model: 'KeySite', id: row.id };
    return {
      id: row.id,
      name: row.name,
      category: enumColumn(KEY_SITE_CATEGORIES, row.category, ref, 'category'),
      gridCode: parsedColumn(parseRegionCode, row.gridCode, ref, 'gridCode'),
    };
  },

  /** The columns of a key site. */
  toColumns(site: KeySite): KeySiteRow {
    return { id: site.id, name: site.name, category: site.category, gridCode: site.gridCode };
  },

  /**
   * The category column of key sites as a grouped count returns it (no row of its own: `group` names
   * the group in errors).
   */
  categoryOf(value: string, group: RowRef): KeySiteCategory {
    return enumColumn(KEY_SITE_CATEGORIES, value, group, 'category');
  },
} as const;

export const cameraPointMapper = {
  /** A stored camera point as core's entity, its device id read by core's GB/T 28181 parser. */
  toDomain(row: CameraPointRow): CameraPoint {
    const ref: RowRef = { model: 'CameraPoint', id: row.id };
    return {
      id: row.id,
      deviceId: parsedColumn(deviceIdOf, row.deviceId, ref, 'deviceId'),
      name: row.name,
      siteCategory: enumColumn(SITE_CATEGORIES, row.siteCategory, ref, 'siteCategory'),
      siteId: row.siteId,
      gridCode: parsedColumn(parseRegionCode, row.gridCode, ref, 'gridCode'),
      status: enumColumn(CAMERA_STATUSES, row.status, ref, 'status'),
    };
  },

  /** The columns of a camera point. */
  toColumns(camera: CameraPoint): CameraPointRow {
    return {
      id: camera.id,
      deviceId: camera.deviceId,
      name: camera.name,
      siteCategory: camera.siteCategory,
      siteId: camera.siteId,
      gridCode: camera.gridCode,
      status: camera.status,
    };
  },
} as const;

export const solvedCaseMapper = {
  /** A stored case with its camera links as core's entity. */
  toDomain(
    row: SolvedCaseRow & { readonly cameras: readonly Pick<SolvedCaseCameraRow, 'cameraPointId'>[] },
  ): SolvedCase {
    const ref: RowRef = { model: 'SolvedCase', id: row.id };
    return {
      id: row.id,
      title: row.title,
      solvedOn: parsedColumn(parseCalendarDate, row.solvedOn, ref, 'solvedOn'),
      gridCode: parsedColumn(parseRegionCode, row.gridCode, ref, 'gridCode'),
      cameraPointIds: row.cameras.map((link) => link.cameraPointId),
    };
  },

  /** The columns of a case (its cameras are rows of their own: {@link solvedCaseMapper.cameraColumns}). */
  toColumns(solved: SolvedCase): SolvedCaseRow {
    return { id: solved.id, title: solved.title, solvedOn: solved.solvedOn, gridCode: solved.gridCode };
  },

  /** One row per camera point whose footage solved the case. */
  cameraColumns(solved: SolvedCase): SolvedCaseCameraRow[] {
    return solved.cameraPointIds.map((cameraPointId) => ({ caseId: solved.id, cameraPointId }));
  },
} as const;
