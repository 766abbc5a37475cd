/**
 * A fraction kept exact: `numerator` of `denominator` (for example 7 of 9 matters). A share of nothing
 * (`denominator` 0) has no value; the helpers return `null` for it.
 */
export interface Share {
  readonly numerator: number;
  readonly denominator: number;
}

/** Builds a share `numerator` of `denominator`. */
export function shareOf(numerator: number, denominator: number): Share {
  return { numerator, denominator };
}

// Rounds numerator·scale/denominator half up in integers, so no binary fraction ever appears.
function scaled(share: Share, scale: number): number | null {
  if (share.denominator === 0) return null;
  return Math.floor((2 * scale * share.numerator + share.denominator) / (2 * share.denominator));
}

/** The share in per mille (‰), rounded half up; `null` for a share of nothing. */
export function perMille(share: Share): number | null {
  return scaled(share, 1000);
}

/** The share in percent (%), rounded half up; `null` for a share of nothing. */
export function percent(share: Share): number | null {
  return scaled(share, 100);
}
