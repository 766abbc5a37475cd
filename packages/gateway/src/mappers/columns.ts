// What every mapper shares: checking a stored value against core once, when a row becomes an entity.
import type { Result } from '@grassroots/core';

/** The row a stored value came from, named in errors. */
export interface RowRef {
  readonly model: string;
  readonly id: string;
}

/**
 * A stored value that core does not know (an enum value it has no case for, a code that does not
 * parse): the database and the code disagree. That is a bug or a bad migration, not bad input, so
 * it is thrown, and clients see it masked; the message names the row for the operator's log.
 */
export class StoredValueError extends Error {
  readonly code = 'DATA.STORED_VALUE_UNKNOWN';

  constructor(
    readonly row: RowRef,
    readonly column: string,
    readonly value: unknown,
  ) {
    super(
      `${row.model} ${row.id}: column "${column}" holds ${JSON.stringify(value)}, which core does not accept`,
    );
    this.name = 'StoredValueError';
  }
}

/** The value of an enum column, checked against core's list of values. */
export function enumColumn<T extends string>(
  values: readonly T[],
  value: string,
  row: RowRef,
  column: string,
): T {
  if (!(values as readonly string[]).includes(value)) throw new StoredValueError(row, column, value);
  return value as T;
}

/** The value of a nullable enum column (see {@link enumColumn}). */
export function optionalEnumColumn<T extends string>(
  values: readonly T[],
  value: string | null,
  row: RowRef,
  column: string,
): T | null {
  return value === null ? null : enumColumn(values, value, row, column);
}

/** A stored value parsed by core's own parser (a code, a date, a phone number). */
export function parsedColumn<T>(
  parse: (text: string) => Result<T, unknown>,
  value: string,
  row: RowRef,
  column: string,
): T {
  const parsed = parse(value);
  if (!parsed.ok) throw new StoredValueError(row, column, value);
  return parsed.value;
}

/** A nullable stored value parsed by core's parser (see {@link parsedColumn}). */
export function optionalParsedColumn<T>(
  parse: (text: string) => Result<T, unknown>,
  value: string | null,
  row: RowRef,
  column: string,
): T | null {
  return value === null ? null : parsedColumn(parse, value, row, column);
}
