import type { Labels } from '../shared/labels.js';
import type { PointEventKind } from './points.js';

/** Display names of points event kinds. */
export const POINT_EVENT_KIND_LABELS: Readonly<Record<PointEventKind, Labels>> = {
  AWARD: { zh: '加分', en: 'Award' },
  DEDUCTION: { zh: '扣分', en: 'Deduction' },
  REDEMPTION: { zh: '积分兑换', en: 'Redemption' },
  CORRECTION: { zh: '更正', en: 'Correction' },
};
