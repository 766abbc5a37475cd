import { describe, expect, it } from 'vitest';
import { nationalCalendar } from '../shared/calendar.js';
import { transition } from './lifecycle.rules.js';
import type { Matter, MatterAction, MatterEvent } from './matter.js';
import { handlerRecordOf, type MatterHistory } from './performance.rules.js';
import { createMatter, createPublicOpinionRecord } from './record.rules.js';
import { superviseIfDue } from './supervision.rules.js';

const CALENDAR = nationalCalendar();
const at = (local: string): Date => new Date(`${local}+08:00`);

function must<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

/** A matter run through `steps` (actor, action, time), with every event. */
function history(id: string, steps: readonly (readonly [string, MatterAction, Date])[]): MatterHistory {
  const reportedAt = at('2025-06-02T09:00:00');
  const record = must(
    createPublicOpinionRecord({
      id: `r-${id}`,
      category: 'DISPUTE',
      channel: 'GRID_VISIT',
      gridCode: '542526100201001',
      reporterPersonId: null,
      text: '邻里纠纷',
      reportedAt,
    }),
  );
  const opened = must(createMatter(record, id));
  let matter: Matter = opened.matter;
  const events: MatterEvent[] = [opened.event];
  for (const [actorId, action, when] of steps) {
    // The scheduled check runs before each step, as it does in the county's system.
    for (;;) {
      const raised = must(superviseIfDue(matter, when, CALENDAR));
      if (raised === null) break;
      matter = raised.matter;
      events.push(raised.event);
    }
    const change = must(transition(matter, action, { actorId, at: when }));
    matter = change.matter;
    events.push(change.event);
  }
  return { matter, events };
}

const handled = (id: string, feedbackAt: Date, rating: 'SATISFIED' | 'DISSATISFIED' | null) =>
  history(id, [
    ['chief', { type: 'REGISTER' }, at('2025-06-02T09:10:00')],
    ['chief', { type: 'ASSIGN', assigneeId: 'worker' }, at('2025-06-02T09:20:00')],
    ['worker', { type: 'ACCEPT' }, at('2025-06-02T09:30:00')],
    ['worker', { type: 'SUBMIT_FEEDBACK', feedback: '已调解' }, feedbackAt],
    ['chief', { type: 'CLOSE' }, new Date(feedbackAt.getTime() + 3_600_000)],
    ...(rating === null
      ? []
      : ([
          [
            'chief',
            { type: 'CALL_BACK', satisfaction: rating, note: '' },
            new Date(feedbackAt.getTime() + 7_200_000),
          ],
        ] as const)),
  ]);

describe('handlerRecordOf: an assessment’s ratios computed from the matters handled', () => {
  const span = { from: at('2025-06-01T00:00:00'), until: at('2025-07-01T00:00:00') };
  const matters = [
    handled('a', at('2025-06-03T10:00:00'), 'SATISFIED'),
    // Feedback on Tue 10 June, after the grid's 3 working days (3, 4, 5 June) ran out: a reminder.
    handled('b', at('2025-06-10T10:00:00'), 'DISSATISFIED'),
    handled('c', at('2025-06-04T10:00:00'), null),
    history('d', [
      ['worker', { type: 'SETTLE_ON_THE_SPOT', feedback: '当场化解' }, at('2025-06-02T09:30:00')],
    ]),
  ];

  it('counts on time the matters finished with no reminder or supervision counted against the handler', () => {
    expect(handlerRecordOf(matters, 'worker', span).onTime).toEqual({ part: 3, whole: 4 });
  });

  it('counts satisfied the callbacks rated satisfied, of the handler’s matters called back in the period', () => {
    expect(handlerRecordOf(matters, 'worker', span).satisfaction).toEqual({ part: 1, whole: 2 });
  });

  it('counts nothing for someone else, or outside the period', () => {
    expect(handlerRecordOf(matters, 'chief', span)).toEqual({
      onTime: { part: 0, whole: 0 },
      satisfaction: { part: 0, whole: 0 },
    });
    const july = { from: at('2025-07-01T00:00:00'), until: at('2025-08-01T00:00:00') };
    expect(handlerRecordOf(matters, 'worker', july).onTime.whole).toBe(0);
  });
});
