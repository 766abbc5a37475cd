import type { Labels } from '../shared/labels.js';
import type { PointEventKind } from './points.js';
import type { EvaluationMemberKind, ObjectionState, ProposalState } from './process.js';

/** Display names of points event kinds. */
export const POINT_EVENT_KIND_LABELS: Readonly<Record<PointEventKind, Labels>> = {
  AWARD: { zh: '加分', en: 'Award', bo: 'སྣོན་གྲངས།' },
  DEDUCTION: { zh: '扣分', en: 'Deduction', bo: 'འཐེན་གྲངས།' },
  REDEMPTION: { zh: '积分兑换', en: 'Redemption', bo: 'སྐར་གྲངས་བརྗེ་རེས།' },
  CORRECTION: { zh: '更正', en: 'Correction', bo: 'བཅོས་སྒྲིག' },
};

/** Display names of the states of a points proposal (积分申报). */
export const PROPOSAL_STATE_LABELS: Readonly<Record<ProposalState, Labels>> = {
  PROPOSED: { zh: '已申报', en: 'Proposed', bo: 'ཞུ་ཡིག་ཕུལ་ཟིན།' },
  APPROVED: { zh: '评议通过', en: 'Approved', bo: 'གྲོས་བསྡུར་ཐོག་ཆོག་མཆན་ཐོབ།' },
  REJECTED: { zh: '评议未通过', en: 'Rejected', bo: 'གྲོས་བསྡུར་ཐོག་ཆོག་མཆན་མ་ཐོབ།' },
  POSTED: { zh: '公示中', en: 'Posted', bo: 'ཁྱབ་བསྒྲགས་བྱེད་བཞིན་པ།' },
  DROPPED: { zh: '异议成立', en: 'Dropped on objection', bo: 'དོགས་གཞི་ཁུངས་ལྡན་པས་མེད་པར་བཟོས།' },
  SCORED: { zh: '已记分', en: 'Scored', bo: 'སྐར་གྲངས་ཐོ་འགོད་བྱས་ཟིན།' },
};

/** Display names of the states of an objection (异议). */
export const OBJECTION_STATE_LABELS: Readonly<Record<ObjectionState, Labels>> = {
  OPEN: { zh: '待处理', en: 'Open', bo: 'ཐག་གཅོད་མ་བྱས་པ།' },
  UPHELD: { zh: '异议成立', en: 'Upheld', bo: 'དོགས་གཞི་ཁུངས་ལྡན།' },
  DISMISSED: { zh: '异议不成立', en: 'Dismissed', bo: 'དོགས་གཞི་ཁུངས་མེད།' },
};

/** Display names of the kinds of evaluation group member (积分评议小组成员). */
export const EVALUATION_MEMBER_KIND_LABELS: Readonly<Record<EvaluationMemberKind, Labels>> = {
  VILLAGE_CADRE: { zh: '村干部', en: 'Village cadre', bo: 'གྲོང་ཚོའི་ལས་བྱེད་པ།' },
  PARTY_MEMBER: { zh: '党员', en: 'Party member', bo: 'ཏང་ཡོན།' },
  HOUSEHOLD_REPRESENTATIVE: { zh: '群众代表', en: 'Household representative', bo: 'མང་ཚོགས་འཐུས་མི།' },
};
