import { describe, expect, it } from 'vitest';
import { type Labels, labelFor } from '../shared/labels.js';
import { ASSESSMENT_GRADES, CONSEQUENCE_KINDS } from './assessment.js';
import { ATTENDANCE_STATUSES, CLOCK_DIRECTIONS } from './attendance.js';
import { COMMITTEE_SEATS } from './committee.js';
import { GRID_KINDS, GRID_ROLES } from './grid.js';
import {
  ASSESSMENT_GRADE_LABELS,
  ATTENDANCE_STATUS_LABELS,
  CLOCK_DIRECTION_LABELS,
  COMMITTEE_SEAT_LABELS,
  CONSEQUENCE_KIND_LABELS,
  FUNDING_SOURCE_LABELS,
  GRID_KIND_LABELS,
  GRID_ROLE_LABELS,
  HEADCOUNT_BASIS_LABELS,
  LEAVE_ACTION_LABELS,
  LEAVE_KIND_LABELS,
  LEAVE_STATUS_LABELS,
  MANAGING_UNIT_KIND_LABELS,
  SELECTION_STOP_LABELS,
  STAFFING_GAP_KIND_LABELS,
  TRAINING_TOPIC_LABELS,
} from './grid.labels.js';
import { LEAVE_ACTIONS, LEAVE_KINDS, LEAVE_STATUSES } from './leave.js';
import { MANAGING_UNIT_KINDS } from './managing-unit.js';
import { FUNDING_SOURCES } from './recruitment.js';
import { TRAINING_TOPICS } from './training.js';

const TABLES: readonly [string, Readonly<Record<string, Labels>>, readonly string[]][] = [
  ['grid kinds', GRID_KIND_LABELS, GRID_KINDS],
  ['grid roles', GRID_ROLE_LABELS, GRID_ROLES],
  ['headcount bases', HEADCOUNT_BASIS_LABELS, ['PER_GRID', 'PER_UNIT']],
  ['staffing gaps', STAFFING_GAP_KIND_LABELS, ['MISSING', 'SURPLUS', 'UNIT_HEAD_NOT_ASSIGNED']],
  ['funding sources', FUNDING_SOURCE_LABELS, FUNDING_SOURCES],
  ['selection stops', SELECTION_STOP_LABELS, ['QUOTA', 'BUDGET', 'CANDIDATES_EXHAUSTED']],
  ['clock directions', CLOCK_DIRECTION_LABELS, CLOCK_DIRECTIONS],
  ['attendance statuses', ATTENDANCE_STATUS_LABELS, ATTENDANCE_STATUSES],
  ['leave kinds', LEAVE_KIND_LABELS, LEAVE_KINDS],
  ['leave statuses', LEAVE_STATUS_LABELS, LEAVE_STATUSES],
  ['leave actions', LEAVE_ACTION_LABELS, LEAVE_ACTIONS],
  ['assessment grades', ASSESSMENT_GRADE_LABELS, ASSESSMENT_GRADES],
  ['consequences', CONSEQUENCE_KIND_LABELS, CONSEQUENCE_KINDS],
  ['training topics', TRAINING_TOPIC_LABELS, TRAINING_TOPICS],
  ['committee seats', COMMITTEE_SEAT_LABELS, COMMITTEE_SEATS],
  ['managing units', MANAGING_UNIT_KIND_LABELS, MANAGING_UNIT_KINDS],
];

describe('grid labels', () => {
  it.each(TABLES)(
    'label every one of the %s, and nothing else, in Chinese and English',
    (_, table, values) => {
      expect(Object.keys(table).sort()).toEqual([...values].sort());
      for (const labels of Object.values(table)) {
        expect(labels.zh.trim()).not.toBe('');
        expect(labels.en.trim()).not.toBe('');
      }
    },
  );

  it('use the article’s words for the grades and the roles', () => {
    expect(Object.values(ASSESSMENT_GRADE_LABELS).map((l) => l.zh)).toEqual([
      '优秀',
      '合格',
      '基本合格',
      '不合格',
    ]);
    expect(GRID_ROLE_LABELS.GRID_WORKER.zh).toBe('专职网格员');
    expect(GRID_ROLE_LABELS.HOUSEHOLD_JOINT_HEAD.zh).toBe('联户长');
  });

  it('show grid kinds and roles in Tibetan', () => {
    expect(labelFor(GRID_KIND_LABELS.PASTORAL, 'bo')).toBe('འབྲོག་ཁུལ།');
    expect(labelFor(GRID_ROLE_LABELS.GRID_CHIEF, 'bo')).toBe('དྲ་མིག་འགོ་པ།');
  });
});
