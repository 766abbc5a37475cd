import type { Labels } from '../shared/labels.js';
import type { CameraStatus, DeviceTypeClass, SiteCategory } from './camera.js';

/** Display names of site categories. */
export const SITE_CATEGORY_LABELS: Readonly<Record<SiteCategory, Labels>> = {
  MALL: { zh: '商场', en: 'Shopping mall' },
  RESTAURANT: { zh: '餐饮场所', en: 'Restaurant' },
  ENTERTAINMENT: { zh: '娱乐场所', en: 'Entertainment venue' },
  HOTEL: { zh: '宾馆', en: 'Hotel' },
  HOSPITAL: { zh: '医院', en: 'Hospital' },
  FILLING_STATION: { zh: '加油站', en: 'Filling station' },
  ROAD: { zh: '道路', en: 'Road' },
  OTHER: { zh: '其他', en: 'Other' },
};

/** Display names of camera statuses. */
export const CAMERA_STATUS_LABELS: Readonly<Record<CameraStatus, Labels>> = {
  PLANNED: { zh: '规划建设', en: 'Planned' },
  WORKING: { zh: '正常', en: 'Working' },
  FAULTY: { zh: '故障', en: 'Faulty' },
  OFFLINE: { zh: '离线', en: 'Offline' },
  DISMANTLED: { zh: '已拆除', en: 'Dismantled' },
};

/** Display names of the device type classes of GB/T 28181 Annex D. */
export const DEVICE_TYPE_CLASS_LABELS: Readonly<Record<DeviceTypeClass, Labels>> = {
  FRONT_END_DEVICE: { zh: '前端主设备', en: 'Front-end main device' },
  FRONT_END_PERIPHERAL: { zh: '前端外围设备', en: 'Front-end peripheral' },
  PLATFORM_DEVICE: { zh: '平台设备', en: 'Platform device' },
  CENTRE_USER: { zh: '中心用户', en: 'Centre user' },
  TERMINAL_USER: { zh: '终端用户', en: 'Terminal user' },
  PLATFORM_EXTERNAL_SERVER: { zh: '平台外接服务器', en: 'External platform server' },
  EXTENSION: { zh: '扩展类型', en: 'Extension' },
};

/**
 * Display names of the common type codes of GB/T 28181 Annex D; other codes are named by their
 * class ({@link DEVICE_TYPE_CLASS_LABELS}).
 */
export const DEVICE_TYPE_LABELS: Readonly<Record<string, Labels>> = {
  '111': { zh: 'DVR（数字视频录像机）', en: 'Digital video recorder (DVR)' },
  '112': { zh: '视频服务器', en: 'Video server' },
  '113': { zh: '编码器', en: 'Encoder' },
  '114': { zh: '解码器', en: 'Decoder' },
  '118': { zh: 'NVR（网络视频录像机）', en: 'Network video recorder (NVR)' },
  '131': { zh: '摄像机', en: 'Camera' },
  '132': { zh: '网络摄像机', en: 'IP camera' },
  '200': { zh: '中心信令控制服务器', en: 'Central signalling server' },
};
