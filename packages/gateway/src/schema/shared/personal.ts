import { canSee, isRegionCode, type PersonalField, regionLevel, showPersonalField } from '@grassroots/core';
import { z } from 'zod';
import { ForbiddenError } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Prisma } from '../../db/client.js';
import { type CodeRange, withinAny } from './scope.js';

/** Whose personal field is read: the record and where it is held. */
interface PersonalSubject {
  readonly type: string;
  readonly id: string;
  readonly regionCode: string;
  /** The grids the person lives in or serves, loaded only for a caller with a grid grant. */
  readonly gridCodes?: () => Promise<readonly string[]>;
}

/** How this caller may see a personal field of the subject (core's `canSee`), the full value noted in the audit. */
async function visibilityOf(context: Context, subject: PersonalSubject, field: PersonalField) {
  const gridCodes =
    subject.gridCodes &&
    context.actor.grants.some(
      (grant) => isRegionCode(grant.regionCode) && regionLevel(grant.regionCode) === 'GRID',
    )
      ? await subject.gridCodes()
      : undefined;
  const visibility = canSee(context.actor, field, { regionCode: subject.regionCode, gridCodes });
  if (visibility.level === 'FULL') {
    context.audit.note({
      reason: visibility.reason,
      subjectType: subject.type,
      subjectId: subject.id,
      subjectRegionCode: subject.regionCode,
      field,
    });
  }
  return visibility;
}

/**
 * A personal field as this caller may see it: masked unless core's `canSee` allows the full value
 * for the caller's roles and region. A full value is noted in the request's audit; the entry is
 * written once for the whole request, and committed before the response leaves (`auditPlugin`).
 */
export async function personalValue(
  context: Context,
  subject: PersonalSubject,
  field: PersonalField,
  value: string | null,
): Promise<string | null> {
  if (value === null) return null;
  return showPersonalField(field, value, await visibilityOf(context, subject, field));
}

/**
 * A personal field's value only where the caller may see it in full (noted in the audit as
 * `personalValue` does), else null: for what cannot be shown masked, such as the Region a 户籍地
 * code names.
 */
export async function fullPersonalValue(
  context: Context,
  subject: PersonalSubject,
  field: PersonalField,
  value: string | null,
): Promise<string | null> {
  if (value === null) return null;
  return (await visibilityOf(context, subject, field)).level === 'FULL' ? value : null;
}

/** The last four characters of a citizen ID: how staff search by a masked number. */
export const citizenIdLast4Arg = z
  .string()
  .regex(
    /^\d{3}[\dX]$/,
    '须为身份证号码后四位 / The last four characters of an ID number / ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གི་ཡི་གེ་མཐའ་མ་4ཡིན་དགོས།',
  );

/** A full citizen ID as a search argument. */
export const citizenIdArg = z
  .string()
  .length(18, '须为18位身份证号码 / An 18-character citizen ID number / ཡི་གེ་18ཅན་གྱི་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་ཡིན་དགོས།');

/** Part of a name as a search argument. */
export const nameContainsArg = z.string().min(1).max(30);

/**
 * A person whose Chinese name or pinyin contains `text` literally (see {@link likeLiteral}), as a
 * condition on the Person row. Searching by name tells the name: pair it with
 * {@link nameSearchScope}.
 */
export function nameMatches(text: string): Prisma.PersonWhereInput {
  const literal = text.trim();
  return {
    OR: [
      { nameZh: { contains: likeLiteral(literal) } },
      { namePinyin: { contains: likeLiteral(literal.toLowerCase().replaceAll(' ', '')) } },
    ],
  };
}

/**
 * The regions (on `column`) where the caller sees names in full, where alone a name search runs;
 * FORBIDDEN for a caller who sees names nowhere in full (JUDGE and AUDITOR, for example).
 */
export function nameSearchScope<Column extends string>(
  context: Context,
  column: Column,
): { OR: Record<Column, CodeRange>[] } {
  return fullFieldScope(context, 'NAME', column, 'searching by name needs a role that sees names in full');
}

/**
 * The prefixes of the regions where the caller may search by a full citizen ID: searching by a full
 * number reveals it, so only where the caller may see it. Refused when there is no such region.
 */
export function fullCitizenIdScope<Column extends string>(
  context: Context,
  column: Column,
): { OR: Record<Column, CodeRange>[] } {
  return fullFieldScope(
    context,
    'CITIZEN_ID',
    column,
    'searching by a full citizen ID needs a role that may see it',
  );
}

/**
 * The prefixes of the regions where the caller sees `field` in full: a search by a personal field
 * tells its value, so it runs only there. Refused with FORBIDDEN when there is no such region (JUDGE
 * and AUDITOR, for example, see names only masked and may not search by name).
 */
export function fullFieldScope<Column extends string>(
  context: Context,
  field: PersonalField,
  column: Column,
  refusal: string,
): { OR: Record<Column, CodeRange>[] } {
  const full = context.actor.grants
    .filter((grant) => canSee(context.actor, field, { regionCode: grant.regionCode }).level === 'FULL')
    .map((grant) => grant.regionCode);
  const allowed = withinAny(column, full);
  if (allowed === null) throw new ForbiddenError(refusal);
  return allowed;
}

/**
 * Text for a Prisma `contains`, with the LIKE metacharacters `\\`, `%` and `_` escaped by a backslash,
 * so that `_` does not match every row. Prisma passes the text unescaped into `LIKE '%' || ? || '%'`
 * on both databases (checked). PostgreSQL's LIKE takes the backslash as its escape, so the text is
 * matched literally. SQLite's LIKE has no escape character without an ESCAPE clause, which Prisma does
 * not write: there an escaped metacharacter matches only a stored backslash, so a text containing one
 * matches nothing; stored names and pinyin never contain these characters, so the answer is the same.
 */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
