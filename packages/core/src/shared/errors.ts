/**
 * How a domain error is classified for callers: an API maps each kind to its own convention
 * (GraphQL `userErrors`, HTTP status), so the kind is part of the stable contract.
 */
export type ErrorKind = 'VALIDATION' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT';

/**
 * A name in the two working languages, as published data gives it (the official holiday schedules
 * name their holidays in Chinese and English only).
 */
export interface BilingualText {
  readonly zh: string;
  readonly en: string;
}

/**
 * What an error says, in every language the system answers in: Chinese, English and Tibetan. Tibetan
 * is required, so that a Tibetan-speaking caller is never answered in a language they did not ask for.
 */
export interface MessageText extends BilingualText {
  readonly bo: string;
}

/**
 * An expected failure of a domain rule.
 *
 * `code` is stable (`AREA.REASON`, for example `CITIZEN_ID.CHECK_CHARACTER`): clients branch on it,
 * so it never changes once released. `field` names the input that was wrong, as a path, when there
 * is one.
 */
export interface DomainError<C extends string = string> {
  readonly code: C;
  readonly kind: ErrorKind;
  readonly message: MessageText;
  readonly field?: readonly string[];
}

/** Builds a domain error; `field` is omitted when the failure is not about one input. */
export function domainError<C extends string>(
  code: C,
  kind: ErrorKind,
  message: MessageText,
  field?: readonly string[],
): DomainError<C> {
  return field === undefined ? { code, kind, message } : { code, kind, message, field };
}
