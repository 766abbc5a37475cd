import { canSee, type PersonalField, showPersonalField } from '@grassroots/core';
import { z } from 'zod';
import { ForbiddenError } from '../../builder.js';
import type { Context } from '../../context.js';
import { type CodeRange, withinAny } from './scope.js';

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

/** The last four characters of a citizen ID: how staff search by a masked number. */
export const citizenIdLast4Arg = z
  .string()
  .regex(/^\d{3}[\dX]$/, '须为身份证号码后四位 / The last four characters of an ID number');

/** A full citizen ID as a search argument. */
export const citizenIdArg = z.string().length(18, '须为18位身份证号码 / An 18-character citizen ID number');

/**
 * The prefixes of the regions where the caller may search by a full citizen ID: searching by a full
 * number reveals it, so only where the caller may see it. Refused when there is no such region.
 */
export function fullCitizenIdScope<Column extends string>(
  context: Context,
  column: Column,
): { OR: Record<Column, CodeRange>[] } {
  const full = context.actor.grants
    .filter((grant) => canSee(context.actor, 'CITIZEN_ID', { regionCode: grant.regionCode }).level === 'FULL')
    .map((grant) => grant.regionCode);
  const allowed = withinAny(column, full);
  if (allowed === null)
    throw new ForbiddenError('searching by a full citizen ID needs a role that may see it');
  return allowed;
}
