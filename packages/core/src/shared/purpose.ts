import { type DomainError, domainError } from './errors.js';
import type { Labels } from './labels.js';
import { err, ok, type Result } from './result.js';

/**
 * Why a caller reads personal data in full (查询用途). Need-to-know (RULES.md 2.9, issue 9): a full read
 * states its purpose, and the audit keeps it beside the reader, so an auditor can ask whether a read
 * of a person's phone during a 统计核对 was needed at all.
 */
export type ReadPurpose =
  | 'VISIT_CHECK'
  | 'CASE_HANDLING'
  | 'STATISTICS_CHECK'
  | 'SERVICE_HANDLING'
  | 'COMMUNITY_CORRECTION'
  | 'MENTAL_HEALTH_CARE'
  | 'DRUG_REHABILITATION'
  | 'SOCIAL_ASSISTANCE'
  | 'UNSTATED';

/** Every purpose a caller may state, the default last. */
export const READ_PURPOSES: readonly ReadPurpose[] = [
  'VISIT_CHECK',
  'CASE_HANDLING',
  'STATISTICS_CHECK',
  'SERVICE_HANDLING',
  'COMMUNITY_CORRECTION',
  'MENTAL_HEALTH_CARE',
  'DRUG_REHABILITATION',
  'SOCIAL_ASSISTANCE',
  'UNSTATED',
];

/**
 * What is recorded when a caller states no purpose. It is a value of its own rather than a guessed
 * purpose, so that an auditor finds the reads nobody explained.
 */
export const DEFAULT_READ_PURPOSE: ReadPurpose = 'UNSTATED';

/** Display names of the purposes. */
export const READ_PURPOSE_LABELS: Readonly<Record<ReadPurpose, Labels>> = {
  VISIT_CHECK: { zh: '走访核查', en: 'Home visit and verification', bo: 'ཐུག་འཕྲད་ཞིབ་བཤེར།' },
  CASE_HANDLING: { zh: '案件办理', en: 'Handling a case or matter', bo: 'གྱོད་དོན་ཐག་གཅོད།' },
  STATISTICS_CHECK: { zh: '统计核对', en: 'Checking statistics', bo: 'སྡོམ་རྩིས་ཞིབ་བསྡུར།' },
  SERVICE_HANDLING: { zh: '窗口办事', en: 'Serving a resident at the service hall', bo: 'སྒེའུ་ཁུང་དུ་དོན་སྒྲུབ།' },
  COMMUNITY_CORRECTION: {
    zh: '社区矫正监督管理',
    en: 'Supervising community corrections',
    bo: 'སྡོད་ཁུལ་དུ་ཉེས་བཅོས་ལྟ་སྐྱོང་དོ་དམ།',
  },
  MENTAL_HEALTH_CARE: {
    zh: '严重精神障碍患者随访管理',
    en: 'Follow-up care of severe mental illness',
    bo: 'སེམས་ནད་ཚབས་ཆེན་ནད་པར་རྗེས་འདེད་ཐུག་འཕྲད་དོ་དམ།',
  },
  DRUG_REHABILITATION: {
    zh: '社区戒毒社区康复',
    en: 'Community drug rehabilitation',
    bo: 'སྡོད་ཁུལ་དུ་སྨན་ཟུག་འཆོས་པ་དང་སླར་གསོ།',
  },
  SOCIAL_ASSISTANCE: {
    zh: '社会救助与关爱',
    en: 'Social assistance and care',
    bo: 'སྤྱི་ཚོགས་སྐྱབས་སྐྱོར་དང་བྱམས་བརྩེ།',
  },
  UNSTATED: { zh: '未说明用途', en: 'No purpose stated', bo: 'བེད་སྤྱོད་དམིགས་ཡུལ་མ་བཤད་པ།' },
};

/** Failures of {@link parseReadPurpose}. */
export const PURPOSE_ERRORS = {
  UNKNOWN: domainError('PURPOSE.UNKNOWN', 'VALIDATION', {
    zh: `查询用途须为以下之一：${READ_PURPOSES.join('、')}`,
    en: `The purpose must be one of ${READ_PURPOSES.join(', ')}`,
    bo: `ལྟ་ཀློག་གི་དམིགས་ཡུལ་ནི་གཤམ་གྱི་གཅིག་ཡིན་དགོས། ${READ_PURPOSES.join('、')}`,
  }),
} as const;

/**
 * The purpose a caller stated (for example an `X-Purpose` header), or the default when it stated
 * none. Codes are matched without regard to case and surrounding spaces; anything else is refused,
 * never replaced by the default, so a misspelt purpose is not recorded as an unexplained read.
 */
export function parseReadPurpose(
  stated: string | null | undefined,
): Result<ReadPurpose, DomainError<'PURPOSE.UNKNOWN'>> {
  if (stated === null || stated === undefined || stated.trim() === '') return ok(DEFAULT_READ_PURPOSE);
  const code = stated.trim().toUpperCase();
  return isReadPurpose(code) ? ok(code) : err(PURPOSE_ERRORS.UNKNOWN);
}

/** Whether `value` is one of {@link READ_PURPOSES}. */
export function isReadPurpose(value: string): value is ReadPurpose {
  return (READ_PURPOSES as readonly string[]).includes(value);
}
