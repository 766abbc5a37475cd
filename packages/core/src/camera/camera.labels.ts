import type { Labels } from '../shared/labels.js';
import type { CameraStatus, DeviceTypeClass, SiteCategory } from './camera.js';

/** Display names of site categories. */
export const SITE_CATEGORY_LABELS: Readonly<Record<SiteCategory, Labels>> = {
  MALL: { zh: '商场', en: 'Shopping mall', bo: 'ཚོང་ཁང་ཆེན་མོ།' },
  RESTAURANT: { zh: '餐饮场所', en: 'Restaurant', bo: 'ཟ་ཁང་།' },
  ENTERTAINMENT: { zh: '娱乐场所', en: 'Entertainment venue', bo: 'རྩེད་མོའི་ས་ཚིགས།' },
  HOTEL: { zh: '宾馆', en: 'Hotel', bo: 'མགྲོན་ཁང་།' },
  HOSPITAL: { zh: '医院', en: 'Hospital', bo: 'སྨན་ཁང་།' },
  FILLING_STATION: { zh: '加油站', en: 'Filling station', bo: 'སྣུམ་བླུགས་ས་ཚིགས།' },
  ROAD: { zh: '道路', en: 'Road', bo: 'ལམ་ཐིག' },
  OTHER: { zh: '其他', en: 'Other', bo: 'གཞན།' },
};

/** Display names of camera statuses. */
export const CAMERA_STATUS_LABELS: Readonly<Record<CameraStatus, Labels>> = {
  PLANNED: { zh: '规划建设', en: 'Planned', bo: 'འཆར་འགོད་འཛུགས་སྐྲུན་བྱེད་བཞིན་པ།' },
  WORKING: { zh: '正常', en: 'Working', bo: 'རྒྱུན་ལྡན།' },
  FAULTY: { zh: '故障', en: 'Faulty', bo: 'སྐྱོན་ཤོར་བ།' },
  OFFLINE: { zh: '离线', en: 'Offline', bo: 'དྲ་ཐོག་མེད་པ།' },
  DISMANTLED: { zh: '已拆除', en: 'Dismantled', bo: 'བཤིག་ཟིན།' },
};

/** Display names of the device type classes of GB/T 28181 Annex D. */
export const DEVICE_TYPE_CLASS_LABELS: Readonly<Record<DeviceTypeClass, Labels>> = {
  FRONT_END_DEVICE: { zh: '前端主设备', en: 'Front-end main device', bo: 'མདུན་ངོས་ཀྱི་སྒྲིག་ཆས་གཙོ་བོ།' },
  FRONT_END_PERIPHERAL: { zh: '前端外围设备', en: 'Front-end peripheral', bo: 'མདུན་ངོས་ཀྱི་ཟུར་སྒྲིག་ཆས།' },
  PLATFORM_DEVICE: { zh: '平台设备', en: 'Platform device', bo: 'སྟེགས་བུའི་སྒྲིག་ཆས།' },
  CENTRE_USER: { zh: '中心用户', en: 'Centre user', bo: 'ལྟེ་གནས་ཀྱི་བེད་སྤྱོད་པ།' },
  TERMINAL_USER: { zh: '终端用户', en: 'Terminal user', bo: 'མཐའ་སྣེའི་བེད་སྤྱོད་པ།' },
  PLATFORM_EXTERNAL_SERVER: {
    zh: '平台外接服务器',
    en: 'External platform server',
    bo: 'སྟེགས་བུའི་ཕྱི་སྦྲེལ་ཞབས་ཞུ་འཕྲུལ་ཆས།',
  },
  EXTENSION: { zh: '扩展类型', en: 'Extension', bo: 'རིགས་རྒྱ་བསྐྱེད།' },
};

/**
 * Display names of the common type codes of GB/T 28181 Annex D; other codes are named by their
 * class ({@link DEVICE_TYPE_CLASS_LABELS}).
 */
export const DEVICE_TYPE_LABELS: Readonly<Record<string, Labels>> = {
  '111': {
    zh: 'DVR（数字视频录像机）',
    en: 'Digital video recorder (DVR)',
    bo: 'DVR（གྲངས་ཀའི་བརྙན་འཕྲིན་ཕབ་འཕྲུལ།）',
  },
  '112': { zh: '视频服务器', en: 'Video server', bo: 'བརྙན་འཕྲིན་ཞབས་ཞུ་འཕྲུལ་ཆས།' },
  '113': { zh: '编码器', en: 'Encoder', bo: 'ཨང་སྒྲིག་འཕྲུལ་ཆས།' },
  '114': { zh: '解码器', en: 'Decoder', bo: 'ཨང་འགྲེལ་འཕྲུལ་ཆས།' },
  '118': {
    zh: 'NVR（网络视频录像机）',
    en: 'Network video recorder (NVR)',
    bo: 'NVR（དྲ་རྒྱའི་བརྙན་འཕྲིན་ཕབ་འཕྲུལ།）',
  },
  '131': { zh: '摄像机', en: 'Camera', bo: 'བརྙན་ལེན་འཕྲུལ་ཆས།' },
  '132': { zh: '网络摄像机', en: 'IP camera', bo: 'དྲ་རྒྱའི་བརྙན་ལེན་འཕྲུལ་ཆས།' },
  '200': {
    zh: '中心信令控制服务器',
    en: 'Central signalling server',
    bo: 'ལྟེ་གནས་བརྡ་རྟགས་ཚོད་འཛིན་ཞབས་ཞུ་འཕྲུལ་ཆས།',
  },
};
