import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMobileNumber, isMobileNumber, type MobileNumber, parseMobileNumber } from './phone.js';

const mobileNumber = fc.stringMatching(/^1[3-9]\d{9}$/);

// The ways people write a number: country code, spaces, dashes, full-width digits.
const written = fc
  .tuple(
    mobileNumber,
    fc.constantFrom('', '+86', '+86 ', '86', '0086', '+86-', '＋86 '),
    fc.constantFrom('', ' ', '-', '  ', ' - '),
    fc.boolean(),
  )
  .map(([number, prefix, separator, fullWidth]) => {
    const grouped = `${number.slice(0, 3)}${separator}${number.slice(3, 7)}${separator}${number.slice(7)}`;
    const digits = fullWidth
      ? grouped.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))
      : grouped;
    return { number, text: `${prefix}${digits}` };
  });

describe('mainland mobile numbers: 11 digits starting 13 to 19', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['+86-138-1234-5678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['008613812345678', '13812345678'],
    ['199-0000-1111', '19900001111'],
    ['１３８１２３４５６７８', '13812345678'],
  ])('reads %s as %s', (text, normal) => {
    expect(parseMobileNumber(text)).toEqual({ ok: true, value: normal });
  });

  it('reads every usual way of writing a number as the number', () => {
    fc.assert(
      fc.property(written, ({ number, text }) => {
        expect(parseMobileNumber(text)).toEqual({ ok: true, value: number });
      }),
    );
  });

  it('normalising is idempotent', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          written.map((w) => w.text),
          fc.string(),
        ),
        (text) => {
          const once = parseMobileNumber(text);
          if (!once.ok) return;
          expect(parseMobileNumber(once.value)).toEqual(once);
          expect(isMobileNumber(once.value)).toBe(true);
        },
      ),
    );
  });

  it.each([
    ['138 1234 567', 'PHONE.LENGTH'],
    ['138123456789', 'PHONE.LENGTH'],
    ['+1 415 555 0100', 'PHONE.FORMAT'],
    ['0891-6321234', 'PHONE.PREFIX'],
    ['12812345678', 'PHONE.PREFIX'],
    ['23812345678', 'PHONE.PREFIX'],
    ['138a2345678', 'PHONE.FORMAT'],
    ['(138)12345678', 'PHONE.FORMAT'],
    ['', 'PHONE.FORMAT'],
    ['+', 'PHONE.FORMAT'],
  ])('rejects %s: %s', (text, code) => {
    const parsed = parseMobileNumber(text);
    expect(!parsed.ok && parsed.error.code).toBe(code);
  });

  it('groups a number 3-4-4 for display', () => {
    expect(formatMobileNumber('13812345678' as MobileNumber)).toBe('138 1234 5678');
  });
});
