import { canSee, type PersonalField, showPersonalField } from '@grassroots/core';
import type { Context } from '../../context.js';

/**
 * A personal field as this caller may see it: masked unless core's `canSee` allows the full value
 * for the caller's roles and region, in which case the read is audited before the value is returned.
 */
export async function personalValue(
  context: Context,
  subject: { readonly type: string; readonly id: string; readonly regionCode: string },
  field: PersonalField,
  value: string | null,
): Promise<string | null> {
  if (value === null) return null;
  const visibility = canSee(context.actor, field, { regionCode: subject.regionCode });
  if (visibility.level === 'FULL') {
    await context.audit.record({
      grant: visibility.grant,
      reason: visibility.reason,
      subjectType: subject.type,
      subjectId: subject.id,
      subjectRegionCode: subject.regionCode,
      field,
    });
  }
  return showPersonalField(field, value, visibility);
}
