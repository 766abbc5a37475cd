// Training (培训) of grid staff: topics and sessions. The rules are in training.rules.ts.
import type { CalendarDate } from '../shared/date.js';
import type { GridRole } from './grid.js';

/**
 * Training topics (培训内容) named for 改则县's grid staff: community management (社区管理), handling
 * public relations (公共关系处理), and information collection and collation (信息采集与整理).
 */
export type TrainingTopic = 'COMMUNITY_MANAGEMENT' | 'PUBLIC_RELATIONS' | 'INFORMATION_COLLECTION';

/** Every training topic. */
export const TRAINING_TOPICS: readonly TrainingTopic[] = [
  'COMMUNITY_MANAGEMENT',
  'PUBLIC_RELATIONS',
  'INFORMATION_COLLECTION',
];

/** A training session (培训场次) for some roles on some topics, with who attended. */
export interface TrainingSession {
  readonly id: string;
  readonly title: string;
  readonly date: CalendarDate;
  readonly topics: readonly TrainingTopic[];
  readonly targetRoles: readonly GridRole[];
  readonly participantIds: readonly string[];
}

/** Participation over many sessions, in person-times (人次) and distinct persons. */
export interface TrainingSummary {
  readonly sessions: number;
  readonly personTimes: number;
  readonly distinctPersons: number;
  /** Person-times by topic; a session on two topics counts its attendance under both. */
  readonly personTimesByTopic: Readonly<Record<TrainingTopic, number>>;
}
