import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../shared/date.js';
import { BOME_STATIONING_RULES } from './cadre.rules.js';
import type { RecallAction, RecallActionType, RecallCase, RecallState } from './party.js';
import { RECALL_ACTIONS, RECALL_STATES } from './party.js';
import {
  allowedRecallActions,
  cadreAfterRecall,
  flagCadre,
  isReplacementOverdue,
  RECALL_TRANSITIONS,
  transitionRecall,
} from './recall.rules.js';

const d = (text: string) => text as CalendarDate;
const context = { on: d('2024-05-10'), rules: BOME_STATIONING_RULES };
const opened = flagCadre({
  id: 'R',
  cadreId: 'K1',
  reason: 'DISCIPLINE',
  openedOn: d('2024-05-01'),
  note: '违反工作纪律',
});
if (!opened.ok) throw new Error('fixture');
const flagged = opened.value;

const actionOf = (type: RecallActionType): RecallAction => {
  switch (type) {
    case 'REVIEW':
    case 'RECALL':
    case 'CLEAR':
      return { type, note: '经核查属实' };
    case 'RECORD_TALK':
      return { type, with: '临时党支部书记' };
    case 'FILL_REPLACEMENT':
      return { type, cadreId: 'K2' };
    default:
      return { type };
  }
};

function must(result: ReturnType<typeof transitionRecall>): RecallCase {
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('transitionRecall (the recall workflow as a table)', () => {
  it('allows exactly the rows of the table and refuses every other pair of state and action', () => {
    const inState: Record<RecallState, RecallCase> = {
      FLAGGED: flagged,
      REVIEWED: { ...flagged, state: 'REVIEWED' },
      RECALLED: { ...flagged, state: 'RECALLED' },
      CLEARED: { ...flagged, state: 'CLEARED' },
      REPLACED: { ...flagged, state: 'REPLACED' },
    };
    for (const state of RECALL_STATES) {
      for (const action of RECALL_ACTIONS) {
        const rule = RECALL_TRANSITIONS.find((r) => r.from === state && r.action === action);
        // The replacement comes after the talk and the notice; those are tested on their own below.
        const ready = {
          ...inState[state],
          talkOn: d('2024-05-02'),
          talkWith: '书记',
          sendingUnitNotifiedOn: d('2024-05-02'),
        };
        const result = transitionRecall(
          action === 'FILL_REPLACEMENT' ? ready : inState[state],
          actionOf(action),
          context,
        );
        if (rule) expect(result).toMatchObject({ ok: true, value: { state: rule.to } });
        else expect(result).toMatchObject({ ok: false, error: { code: 'RECALL.TRANSITION_NOT_ALLOWED' } });
      }
    }
    expect(allowedRecallActions('CLEARED')).toEqual([]);
  });

  it('recalls a reviewed cadre, sets the replacement due date, and records each follow-up once', () => {
    const reviewed = must(transitionRecall(flagged, actionOf('REVIEW'), context));
    const recalled = must(transitionRecall(reviewed, actionOf('RECALL'), context));
    expect(recalled).toMatchObject({
      state: 'RECALLED',
      decidedOn: '2024-05-10',
      replacementDueOn: '2024-06-09',
      version: 3,
    });
    const referred = must(transitionRecall(recalled, { type: 'REFER' }, context));
    expect(referred.referredOn).toBe('2024-05-10');
    expect(transitionRecall(referred, { type: 'REFER' }, context)).toMatchObject({
      ok: false,
      error: { code: 'RECALL.ALREADY_DONE' },
    });
    expect(transitionRecall(referred, actionOf('FILL_REPLACEMENT'), context)).toMatchObject({
      ok: false,
      error: { code: 'RECALL.STEPS_OUTSTANDING' },
    });
    const talked = must(transitionRecall(referred, actionOf('RECORD_TALK'), context));
    const notified = must(transitionRecall(talked, { type: 'NOTIFY_SENDING_UNIT' }, context));
    expect(isReplacementOverdue(notified, d('2024-06-10'))).toBe(true);
    expect(transitionRecall(notified, { type: 'FILL_REPLACEMENT', cadreId: 'K1' }, context)).toMatchObject({
      ok: false,
      error: { code: 'RECALL.REPLACEMENT_SELF' },
    });
    expect(must(transitionRecall(notified, actionOf('FILL_REPLACEMENT'), context))).toMatchObject({
      state: 'REPLACED',
      replacementCadreId: 'K2',
    });
  });

  it('refuses a stale version, a date before the last step, and a decision without a note', () => {
    expect(transitionRecall(flagged, actionOf('REVIEW'), { ...context, expectedVersion: 2 })).toMatchObject({
      ok: false,
      error: { code: 'RECALL.STALE_VERSION' },
    });
    expect(transitionRecall(flagged, actionOf('REVIEW'), { ...context, on: d('2024-04-30') })).toMatchObject({
      ok: false,
      error: { code: 'RECALL.DATE', field: ['on'] },
    });
    expect(transitionRecall(flagged, { type: 'CLEAR', note: ' ' }, context)).toMatchObject({
      ok: false,
      error: { code: 'RECALL.NOTE_REQUIRED', field: ['note'] },
    });
  });
});

describe('cadreAfterRecall', () => {
  it('ends the stationing on the day of the recall, and leaves the cadre alone on any other step', () => {
    const cadre = {
      id: 'K1',
      teamId: 'T',
      name: '张三',
      sendingUnit: '县教育局',
      role: 'MEMBER' as const,
      stationing: 'SENT' as const,
      from: d('2024-01-01'),
      until: d('2024-12-31'),
      status: 'STATIONED' as const,
    };
    const reviewed = must(transitionRecall(flagged, actionOf('REVIEW'), context));
    expect(cadreAfterRecall(cadre, reviewed)).toBe(cadre);
    const recalled = must(transitionRecall(reviewed, actionOf('RECALL'), context));
    expect(cadreAfterRecall(cadre, recalled)).toMatchObject({ status: 'RECALLED', until: '2024-05-10' });
  });
});
