// Small helpers for the free text that arrives in inputs (ids, names, notes); internal to the area.

/** Whether a required text is missing: `null`, `undefined`, or nothing but white space. */
export function isBlank(text: string | null | undefined): boolean {
  return text === null || text === undefined || text.trim() === '';
}

/** The text without surrounding white space, or `null` when nothing is left. */
export function trimmedOrNull(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
