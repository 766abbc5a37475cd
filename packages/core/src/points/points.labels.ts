import type { Labels } from '../shared/labels.js';
import type { PointEventKind } from './points.js';

/** Display names of points event kinds. */
export const POINT_EVENT_KIND_LABELS: Readonly<Record<PointEventKind, Labels>> = {
  AWARD: { zh: '加分', en: 'Award', bo: 'སྐར་མ་སྣོན་པ།' },
  DEDUCTION: { zh: '扣分', en: 'Deduction', bo: 'སྐར་མ་འཐེན་པ།' },
  REDEMPTION: { zh: '积分兑换', en: 'Redemption', bo: 'སྐར་མ་བརྗེ་ལེན།' },
  CORRECTION: { zh: '更正', en: 'Correction', bo: 'བཅོས་སྒྲིག' },
};
