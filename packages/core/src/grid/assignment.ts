// What assigning a person to a grid takes (人员分配到网格); the rules are in assignment.rules.ts.
import type { CalendarDate } from '../shared/date.js';
import type { GridRole } from './grid.js';

/** What a caller supplies to assign a person to a grid (人员分配到网格). */
export interface AssignmentInput {
  readonly id: string;
  readonly personId: string;
  readonly role: GridRole;
  readonly managingUnitId: string;
  readonly from: CalendarDate;
  readonly until?: CalendarDate | null;
}
