/**
 * The outcome of a rule that can fail for an expected reason.
 *
 * Expected failures are values, never thrown: callers must look at `ok` before they can reach the
 * value, so a forgotten check does not compile. Thrown errors are reserved for bugs.
 */
export type Result<T, E> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/** Wraps a successful value. */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** Wraps an expected failure. */
export function err<E>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}
