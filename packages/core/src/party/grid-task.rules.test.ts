import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../shared/date.js';
import { GRID_TASK_TRANSITIONS, gatherGridInformation, transitionGridTask } from './grid-task.rules.js';
import { GRID_TASK_ACTIONS, GRID_TASK_STATES, type GridTaskAction } from './party.js';

const d = (text: string) => text as CalendarDate;
const branch = { id: 'PO-G', kind: 'GRID_BRANCH' as const, gridCode: '542526100200001' };
const gathered = gatherGridInformation(
  {
    id: 'GT',
    gridCode: '542526100200001',
    information: '牧户反映草场围栏损坏',
    gatheredOn: d('2024-05-01'),
    matterId: 'M-1',
  },
  branch,
);
if (!gathered.ok) throw new Error('fixture');
const task = gathered.value;
const actionOf = (type: GridTaskAction['type']): GridTaskAction =>
  type === 'ASSIGN' ? { type, assigneeId: 'PM-1' } : { type, result: '已协调修复' };

describe('the branch’s work inside its grid: gathered → assigned → fed back', () => {
  it('keeps the task in the branch’s own grid, linked to its matter', () => {
    expect(task).toMatchObject({ state: 'GATHERED', matterId: 'M-1', branchId: 'PO-G' });
    expect(gatherGridInformation({ ...task, gridCode: '542526100200002' }, branch)).toMatchObject({
      ok: false,
      error: { code: 'GRID_TASK.GRID_MISMATCH', field: ['gridCode'] },
    });
  });

  it('allows exactly the rows of the table', () => {
    for (const state of GRID_TASK_STATES) {
      for (const type of GRID_TASK_ACTIONS) {
        const rule = GRID_TASK_TRANSITIONS.find((r) => r.from === state && r.action === type);
        const result = transitionGridTask({ ...task, state }, actionOf(type), d('2024-05-02'));
        if (rule) expect(result).toMatchObject({ ok: true, value: { state: rule.to } });
        else expect(result).toMatchObject({ ok: false, error: { code: 'GRID_TASK.TRANSITION_NOT_ALLOWED' } });
      }
    }
  });

  it('records who took the task and what came back, and refuses an empty result', () => {
    const assigned = transitionGridTask(task, { type: 'ASSIGN', assigneeId: 'PM-1' }, d('2024-05-02'));
    if (!assigned.ok) throw new Error(assigned.error.code);
    expect(assigned.value).toMatchObject({ assigneeId: 'PM-1', assignedOn: '2024-05-02', version: 2 });
    expect(
      transitionGridTask(assigned.value, { type: 'FEED_BACK', result: ' ' }, d('2024-05-03')),
    ).toMatchObject({
      ok: false,
      error: { field: ['result'] },
    });
    expect(
      transitionGridTask(assigned.value, { type: 'FEED_BACK', result: '已修复' }, d('2024-05-01')),
    ).toMatchObject({
      ok: false,
      error: { code: 'GRID_TASK.DATE' },
    });
  });
});
