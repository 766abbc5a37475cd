// Public API of the camera network (雪亮工程: camera points, key sites, footage cases, coverage).
export { authoriseCameraChange, CAMERA_REGISTRARS } from './access.js';
export {
  CAMERA_ACCESS_ERRORS,
  CAMERA_ERRORS,
  CASE_ERRORS,
  type CameraAccessError,
  type CameraError,
  type CaseError,
  DEVICE_ID_ERRORS,
  type DeviceIdError,
} from './camera.errors.js';
export {
  CAMERA_STATUSES,
  type CameraPoint,
  type CameraStatus,
  DEVICE_TYPE_CLASSES,
  type DeviceId,
  type DeviceIdInfo,
  type DeviceTypeClass,
  type GridCoverage,
  KEY_SITE_CATEGORIES,
  type KeySite,
  type KeySiteCategory,
  SITE_CATEGORIES,
  type SiteCategory,
  type SolvedCase,
} from './camera.js';
export {
  CAMERA_STATUS_LABELS,
  DEVICE_TYPE_CLASS_LABELS,
  DEVICE_TYPE_LABELS,
  SITE_CATEGORY_LABELS,
} from './camera.labels.js';
export {
  type CameraPointInput,
  casesByCamera,
  createCameraPoint,
  createKeySite,
  createSolvedCase,
  isCameraWorking,
  isKeySiteCategory,
  keySiteCoverage,
  keySiteCoverageByGrid,
} from './camera.rules.js';
export {
  CAMERA_TYPE_CODES,
  composeDeviceId,
  type DeviceIdParts,
  deviceTypeClassOf,
  isCameraDevice,
  type ParseDeviceIdOptions,
  parseDeviceId,
} from './device-id.rules.js';
