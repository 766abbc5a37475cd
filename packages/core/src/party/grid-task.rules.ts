import { type CalendarDate, compareDates } from '../shared/date.js';
import { err, ok, type Result } from '../shared/result.js';
import { at, GRID_TASK_ERRORS, type GridTaskError } from './party.errors.js';
import type {
  GridTask,
  GridTaskAction,
  GridTaskActionType,
  GridTaskState,
  GridTaskTransitionRule,
  PartyOrganisation,
} from './party.js';

/**
 * The grid party branch's work inside its grid (DOMAIN.md §1): information gathered → task
 * assigned → result fed back. A task may be re-assigned before anyone reports on it; a result is
 * final. Anything not listed is refused.
 */
export const GRID_TASK_TRANSITIONS: readonly GridTaskTransitionRule[] = [
  { from: 'GATHERED', action: 'ASSIGN', to: 'ASSIGNED' },
  { from: 'ASSIGNED', action: 'ASSIGN', to: 'ASSIGNED' },
  { from: 'ASSIGNED', action: 'FEED_BACK', to: 'FED_BACK' },
];

/** The state `action` leads to from `from`, or null when the table does not allow it. */
export function nextGridTaskState(from: GridTaskState, action: GridTaskActionType): GridTaskState | null {
  return GRID_TASK_TRANSITIONS.find((rule) => rule.from === from && rule.action === action)?.to ?? null;
}

/**
 * Records information a grid branch gathered, as a task of the branch in its own grid, optionally
 * following a matter.
 */
export function gatherGridInformation(
  input: Pick<GridTask, 'id' | 'gridCode' | 'information' | 'gatheredOn' | 'matterId'>,
  branch: Pick<PartyOrganisation, 'id' | 'kind' | 'gridCode'>,
): Result<GridTask, GridTaskError> {
  const information = input.information.trim();
  if (information === '') return err(at(GRID_TASK_ERRORS.REQUIRED, 'information'));
  if (branch.kind !== 'GRID_BRANCH' || branch.gridCode !== input.gridCode) {
    return err(at(GRID_TASK_ERRORS.GRID_MISMATCH, 'gridCode'));
  }
  return ok({
    ...input,
    information,
    branchId: branch.id,
    state: 'GATHERED',
    assigneeId: null,
    assignedOn: null,
    result: null,
    fedBackOn: null,
    version: 1,
  });
}

function lastStep(task: GridTask): CalendarDate {
  return task.assignedOn !== null && compareDates(task.assignedOn, task.gatheredOn) > 0
    ? task.assignedOn
    : task.gatheredOn;
}

/** Applies `action` to a task on `on`, following {@link GRID_TASK_TRANSITIONS}. */
export function transitionGridTask(
  task: GridTask,
  action: GridTaskAction,
  on: CalendarDate,
): Result<GridTask, GridTaskError> {
  const to = nextGridTaskState(task.state, action.type);
  if (to === null) return err(at(GRID_TASK_ERRORS.TRANSITION_NOT_ALLOWED, 'action'));
  if (compareDates(on, lastStep(task)) < 0) return err(at(GRID_TASK_ERRORS.DATE, 'on'));
  const next = { ...task, state: to, version: task.version + 1 };
  switch (action.type) {
    case 'ASSIGN': {
      const assigneeId = action.assigneeId.trim();
      if (assigneeId === '') return err(at(GRID_TASK_ERRORS.REQUIRED, 'assigneeId'));
      return ok({ ...next, assigneeId, assignedOn: on });
    }
    case 'FEED_BACK': {
      const result = action.result.trim();
      if (result === '') return err(at(GRID_TASK_ERRORS.REQUIRED, 'result'));
      return ok({ ...next, result, fedBackOn: on });
    }
  }
}
