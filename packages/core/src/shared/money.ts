import { err, ok, type Result } from './result.js';
import { MONEY_ERRORS, type MoneyError } from './shared.errors.js';

/**
 * An amount of renminbi in fen (分, 1/100 yuan) as a safe integer. Money is never a binary float:
 * 0.1 + 0.2 yuan is exactly 0.3 yuan here. Built only by the functions of this module.
 */
export type Fen = number & { readonly __brand: 'Fen' };

/** Zero fen. */
export const ZERO_FEN = 0 as Fen;

const FEN_PER_YUAN = 100n;
const FEN_PER_WAN_YUAN = 1_000_000n;
const MAX_FEN = BigInt(Number.MAX_SAFE_INTEGER);

function fenOfBigInt(value: bigint): Result<Fen, MoneyError> {
  if (value > MAX_FEN || value < -MAX_FEN) return err(MONEY_ERRORS.UNSAFE_INTEGER);
  return ok(Number(value) as Fen);
}

/** An amount of `value` fen; fails unless `value` is a safe integer. */
export function fenOf(value: number): Result<Fen, MoneyError> {
  return Number.isSafeInteger(value) ? ok(value as Fen) : err(MONEY_ERRORS.UNSAFE_INTEGER);
}

/** Whether `value` can be used as an amount in fen (a safe integer). */
export function isFen(value: number): value is Fen {
  return Number.isSafeInteger(value);
}

// sign, integer part (plain or grouped by thousands), optional decimals, optional 万 and 元.
const AMOUNT = /^(-)?[¥￥]?(\d+|\d{1,3}(?:,\d{3})+)(?:\.(\d+))?(万)?(元)?$/u;

/**
 * Reads an amount of yuan without floating point: `3524000`, `3,524,000.00`, `0.1`, `¥12.50`,
 * `-5`, `352.4万元` (万 = 10,000 yuan). Yuan take at most 2 decimals and 万元 at most 6, so every amount
 * is a whole number of fen; thousands separators must group by three.
 */
export function parseYuan(text: string): Result<Fen, MoneyError> {
  const match = AMOUNT.exec(text.trim());
  if (match === null) return err(MONEY_ERRORS.FORMAT);
  const [, minus, integerPart = '', decimals = '', wan] = match;
  const scale = wan === undefined ? FEN_PER_YUAN : FEN_PER_WAN_YUAN;
  const places = wan === undefined ? 2 : 6;
  if (decimals.length > places) return err(MONEY_ERRORS.PRECISION);
  const magnitude = BigInt(integerPart.replaceAll(',', '')) * scale + BigInt(decimals.padEnd(places, '0'));
  return fenOfBigInt(minus === undefined ? magnitude : -magnitude);
}

/** `a + b`; fails when the sum is not a safe integer. */
export function addFen(a: Fen, b: Fen): Result<Fen, MoneyError> {
  return fenOf(a + b);
}

/** `a − b`; fails when the difference is not a safe integer. */
export function subtractFen(a: Fen, b: Fen): Result<Fen, MoneyError> {
  return fenOf(a - b);
}

/** `amount × factor` for an integer factor (a quantity, a headcount); fails outside safe integers. */
export function multiplyFen(amount: Fen, factor: number): Result<Fen, MoneyError> {
  if (!Number.isSafeInteger(factor)) return err(MONEY_ERRORS.UNSAFE_INTEGER);
  return fenOfBigInt(BigInt(amount) * BigInt(factor));
}

/** The sum of `amounts` (0 for none); fails as soon as a partial sum leaves the safe integers. */
export function sumFen(amounts: readonly Fen[]): Result<Fen, MoneyError> {
  let total = 0n;
  for (const amount of amounts) total += BigInt(amount);
  return fenOfBigInt(total);
}

/**
 * Splits `total` in proportion to integer `ratios` so that the parts sum to `total` exactly: each
 * part gets the floor of its share, and the fen left over go one each to the first parts. A
 * negative total is split like its magnitude, then negated.
 */
export function allocateFen(total: Fen, ratios: readonly number[]): Result<readonly Fen[], MoneyError> {
  if (ratios.length === 0 || ratios.some((ratio) => !Number.isSafeInteger(ratio) || ratio < 0)) {
    return err(MONEY_ERRORS.ALLOCATION);
  }
  const ratioSum = ratios.reduce((sum, ratio) => sum + BigInt(ratio), 0n);
  if (ratioSum === 0n) return err(MONEY_ERRORS.ALLOCATION);
  const sign = total < 0 ? -1n : 1n;
  const magnitude = BigInt(total) * sign;
  const shares = ratios.map((ratio) => (magnitude * BigInt(ratio)) / ratioSum);
  let remainder = magnitude - shares.reduce((sum, share) => sum + share, 0n);
  const parts = shares.map((share, index) => {
    // Only parts with a non-zero ratio take a leftover fen, so a zero ratio always gets nothing.
    if (remainder > 0n && ratios[index] !== 0) {
      remainder -= 1n;
      return Number((share + 1n) * sign) as Fen;
    }
    return Number(share * sign) as Fen;
  });
  return ok(parts);
}

/**
 * Splits `total` into `count` parts (1 to 1,000,000) as equal as possible that sum to `total` exactly;
 * the first parts are one fen larger when it does not divide evenly.
 */
export function splitFen(total: Fen, count: number): Result<readonly Fen[], MoneyError> {
  if (!Number.isSafeInteger(count) || count < 1 || count > 1_000_000) return err(MONEY_ERRORS.ALLOCATION);
  return allocateFen(
    total,
    Array.from({ length: count }, () => 1),
  );
}

/** Orders two amounts: −1 when `a` is less, 1 when more, 0 when equal. */
export function compareFen(a: Fen, b: Fen): -1 | 0 | 1 {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/** The amount as yuan with thousands separators and 2 decimals: `¥3,524,000.00`, `-¥0.05`. */
export function formatYuan(amount: Fen): string {
  const magnitude = Math.abs(amount);
  const yuan = groupThousands(String(Math.trunc(magnitude / 100)));
  const fen = String(magnitude % 100).padStart(2, '0');
  return `${amount < 0 ? '-' : ''}¥${yuan}.${fen}`;
}

/**
 * The amount in 万元 (ten thousand yuan), exact, without trailing zeros, as Chinese reports write
 * it: `352.4万元` for 3,524,000 yuan, `5万元` for 50,000 yuan, `0.000001万元` for one fen.
 */
export function formatWanYuan(amount: Fen): string {
  const magnitude = BigInt(Math.abs(amount));
  const whole = magnitude / FEN_PER_WAN_YUAN;
  const fraction = String(magnitude % FEN_PER_WAN_YUAN)
    .padStart(6, '0')
    .replace(/0+$/, '');
  return `${amount < 0 ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}万元`;
}
