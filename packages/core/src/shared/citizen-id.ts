import { type CalendarDate, calendarDateOf, compareDates } from './date.js';
import { looksLikeDivisionCode } from './division-code.js';
import { isKnownCountyCode } from './division-codes.js';
import type { Labels } from './labels.js';
import { err, ok, type Result } from './result.js';
import { CITIZEN_ID_ERRORS, type CitizenIdError } from './shared.errors.js';

/**
 * A citizen identity number (公民身份号码, GB 11643-1999): 18 characters whose check character is
 * right. Built only by {@link parseCitizenId}, {@link upgradeFifteenDigitId} and
 * {@link composeCitizenId}.
 */
export type CitizenId = string & { readonly __brand: 'CitizenId' };

/** Sex as encoded by the parity of the sequence code: odd is male, even is female. */
export type Sex = 'MALE' | 'FEMALE';

/** Display names of the sexes. */
export const SEX_LABELS: Readonly<Record<Sex, Labels>> = {
  MALE: { zh: '男', en: 'Male', bo: 'ཕོ།' },
  FEMALE: { zh: '女', en: 'Female', bo: 'མོ།' },
};

/** What a citizen identity number says about its holder. */
export interface CitizenIdInfo {
  readonly id: CitizenId;
  /**
   * The GB/T 2260 code of the county of household registration when the number was issued. It is
   * history, not residence: never infer where the person lives from it.
   */
  readonly addressCode: string;
  readonly birthDate: CalendarDate;
  readonly sex: Sex;
  /** The sequence code (positions 15–17) among people born the same day in that county. */
  readonly sequence: number;
}

/** Options of {@link parseCitizenId}. */
export interface ParseCitizenIdOptions {
  /**
   * Whether an address code appears in the GB/T 2260 list of any year (codes of abolished counties
   * stay valid in old numbers). Defaults to {@link isKnownCountyCode}, the bundled list of the
   * county-level codes of 2023 and of the revisions 1980–2019; pass `() => true` to check the
   * shape only.
   */
  readonly isKnownAddressCode?: (addressCode: string) => boolean;
}

// ISO 7064 MOD 11-2: W_i = 2^(18−i) mod 11 for positions 1..17; Y = S mod 11 indexes "10X98765432".
/** The weights of positions 1–17 in the check-character sum (GB 11643-1999). */
export const CITIZEN_ID_WEIGHTS: readonly number[] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

/**
 * The check character (`0`–`9` or `X`) for the first 17 digits of a citizen identity number.
 *
 * @throws RangeError when `body17` is not 17 digits (a caller bug: parse user input instead).
 */
export function citizenIdCheckCharacter(body17: string): string {
  if (!/^\d{17}$/.test(body17)) throw new RangeError('a citizen identity number body is 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(body17[i]) * (CITIZEN_ID_WEIGHTS[i] ?? 0);
  return CHECK_CHARACTERS[sum % 11] ?? '';
}

function birthDateOf(yyyymmdd: string): CalendarDate | null {
  const date = calendarDateOf(
    Number(yyyymmdd.slice(0, 4)),
    Number(yyyymmdd.slice(4, 6)),
    Number(yyyymmdd.slice(6, 8)),
  );
  return date.ok ? date.value : null;
}

function addressCodeIsValid(addressCode: string, options: ParseCitizenIdOptions): boolean {
  return looksLikeDivisionCode(addressCode) && (options.isKnownAddressCode ?? isKnownCountyCode)(addressCode);
}

/**
 * Reads and validates an 18-character citizen identity number, as of `today` (the caller's civil
 * date in Asia/Shanghai).
 *
 * Surrounding white space is ignored; nothing else is corrected: a lowercase `x` is rejected, since
 * the standard prints an uppercase `X`. Checks, in order: length, characters, address code (a county-level
 * GB/T 2260 code of the 2023 list or of an earlier revision, see {@link ParseCitizenIdOptions}), birth date (a real date, not after `today`), check
 * character.
 */
export function parseCitizenId(
  text: string,
  today: CalendarDate,
  options: ParseCitizenIdOptions = {},
): Result<CitizenIdInfo, CitizenIdError> {
  const id = text.trim();
  if (id.length !== 18) return err(CITIZEN_ID_ERRORS.LENGTH);
  if (!/^\d{17}[\dX]$/.test(id)) return err(CITIZEN_ID_ERRORS.FORMAT);
  const addressCode = id.slice(0, 6);
  if (!addressCodeIsValid(addressCode, options)) return err(CITIZEN_ID_ERRORS.REGION);
  const birthDate = birthDateOf(id.slice(6, 14));
  if (birthDate === null) return err(CITIZEN_ID_ERRORS.BIRTH_DATE);
  if (compareDates(birthDate, today) > 0) return err(CITIZEN_ID_ERRORS.BIRTH_DATE_IN_FUTURE);
  if (citizenIdCheckCharacter(id.slice(0, 17)) !== id[17]) return err(CITIZEN_ID_ERRORS.CHECK_CHARACTER);
  const sequence = Number(id.slice(14, 17));
  return ok({
    id: id as CitizenId,
    addressCode,
    birthDate,
    sex: sexOfSequence(sequence),
    sequence,
  });
}

/**
 * Converts a 15-digit first-generation number (GB 11643-1989: address 6, birth date `YYMMDD`,
 * sequence 3) to the 18-character form: `19` is inserted before the birth date and the check
 * character appended (`130503670401001` → `130503196704010016`).
 */
export function upgradeFifteenDigitId(text: string): Result<CitizenId, CitizenIdError> {
  const old = text.trim();
  if (old.length !== 15) return err(CITIZEN_ID_ERRORS.LENGTH);
  if (!/^\d{15}$/.test(old)) return err(CITIZEN_ID_ERRORS.FORMAT);
  if (!looksLikeDivisionCode(old.slice(0, 6))) return err(CITIZEN_ID_ERRORS.REGION);
  // First-generation numbers were issued from 1984 to holders born in the 1900s only.
  if (birthDateOf(`19${old.slice(6, 12)}`) === null) return err(CITIZEN_ID_ERRORS.BIRTH_DATE);
  const body = `${old.slice(0, 6)}19${old.slice(6)}`;
  return ok(`${body}${citizenIdCheckCharacter(body)}` as CitizenId);
}

/**
 * Builds the citizen identity number of the given parts, with its check character; for fixtures.
 *
 * @throws RangeError when `addressCode` is not 6 digits shaped like a division code or `sequence` is
 *   not an integer in 0–999 (caller bugs).
 */
export function composeCitizenId(addressCode: string, birthDate: CalendarDate, sequence: number): CitizenId {
  if (!looksLikeDivisionCode(addressCode)) throw new RangeError(`not an address code: ${addressCode}`);
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > 999) {
    throw new RangeError(`a sequence code is an integer in 0–999, got ${sequence}`);
  }
  const body = `${addressCode}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return `${body}${citizenIdCheckCharacter(body)}` as CitizenId;
}

/** The sex a sequence code encodes: odd is male, even is female. */
export function sexOfSequence(sequence: number): Sex {
  return sequence % 2 === 1 ? 'MALE' : 'FEMALE';
}
