import { err, ok, type Result } from './result.js';
import { PHONE_ERRORS, type PhoneError } from './shared.errors.js';

/**
 * A mainland China mobile number (手机号码) in its normal form: 11 digits starting `13`–`19`, no
 * country code, no separators. Built only by {@link parseMobileNumber}.
 */
export type MobileNumber = string & { readonly __brand: 'MobileNumber' };

// Spaces (any Unicode space) and dashes people type between digit groups.
const SEPARATORS = /[\s\-‐‑‒–—]/gu;

/**
 * Reads a mainland mobile number as people write it and returns its normal form: full-width
 * characters are folded (NFKC), spaces and dashes dropped, and a `+86`, `0086` or `86` country
 * prefix removed (`+86 138-1234-5678` → `13812345678`). Normalising a normal form gives it back.
 */
export function parseMobileNumber(text: string): Result<MobileNumber, PhoneError> {
  const compact = text.normalize('NFKC').replace(SEPARATORS, '');
  if (!/^(\+|00)?\d+$/.test(compact)) return err(PHONE_ERRORS.FORMAT);
  const digits = compact.replace(/^(\+86|0086|86(?=\d{11}$))/, '');
  if (!/^\d+$/.test(digits)) return err(PHONE_ERRORS.FORMAT);
  if (digits.length !== 11) return err(PHONE_ERRORS.LENGTH);
  if (!/^1[3-9]/.test(digits)) return err(PHONE_ERRORS.PREFIX);
  return ok(digits as MobileNumber);
}

/** Whether `text` is a mobile number in normal form. */
export function isMobileNumber(text: string): text is MobileNumber {
  return /^1[3-9]\d{9}$/.test(text);
}

/** The number grouped 3-4-4 for display: `138 1234 5678`. */
export function formatMobileNumber(number: MobileNumber): string {
  return `${number.slice(0, 3)} ${number.slice(3, 7)} ${number.slice(7)}`;
}
