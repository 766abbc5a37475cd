import { describe, expect, it } from 'vitest';
import { CONTEST_LEVELS, CONTEST_SECTIONS, OUTCOME_KINDS } from './contest.js';
import { CONTEST_LEVEL_LABELS, CONTEST_SECTION_LABELS, OUTCOME_KIND_LABELS } from './contest.labels.js';

describe('contest labels', () => {
  it('name every section, level and outcome in Chinese and English', () => {
    for (const s of CONTEST_SECTIONS) expect(CONTEST_SECTION_LABELS[s].zh).toMatch(/类$/);
    for (const l of CONTEST_LEVELS) expect(CONTEST_LEVEL_LABELS[l].en).not.toBe('');
    for (const k of OUTCOME_KINDS) expect(OUTCOME_KIND_LABELS[k].zh).not.toBe('');
  });
});
