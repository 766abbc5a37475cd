import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addFen,
  allocateFen,
  compareFen,
  type Fen,
  fenOf,
  formatWanYuan,
  formatYuan,
  multiplyFen,
  parseYuan,
  splitFen,
  subtractFen,
  sumFen,
  ZERO_FEN,
} from './money.js';

function yuan(text: string): Fen {
  const parsed = parseYuan(text);
  if (!parsed.ok) throw new Error(`bad test amount ${text}`);
  return parsed.value;
}

function fen(value: number): Fen {
  const built = fenOf(value);
  if (!built.ok) throw new Error(`bad test fen ${value}`);
  return built.value;
}

// Amounts a county budget can hold, well inside the safe integers.
const amount = fc.integer({ min: -1e13, max: 1e13 }).map(fen);

describe('reading amounts of yuan without floating point', () => {
  it.each([
    ['3524000', 352_400_000],
    ['3,524,000.00', 352_400_000],
    ['3524000.5', 352_400_050],
    ['0.1', 10],
    ['0.01', 1],
    ['¥12.50', 1250],
    ['￥50,000', 5_000_000],
    ['-5', -500],
    ['352.4万元', 352_400_000],
    ['352.4万', 352_400_000],
    ['4050.5万元', 4_050_500_000],
    ['235.25万元', 235_250_000],
    ['0.000001万元', 1],
    ['5元', 500],
    [' 7 ', 700],
    ['90071992547409.91', Number.MAX_SAFE_INTEGER],
  ])('%s yuan is %i fen', (text, expected) => {
    expect(parseYuan(text)).toEqual({ ok: true, value: expected });
  });

  it('makes 0.1 + 0.2 yuan exactly 0.3 yuan', () => {
    expect(addFen(yuan('0.1'), yuan('0.2'))).toEqual({ ok: true, value: yuan('0.3') });
  });

  it('reads the article’s figures exactly: 3.524 million, 50,000, 40.505 million and 2.3525 million yuan', () => {
    expect(yuan('352.4万元')).toBe(yuan('3,524,000'));
    expect(yuan('5万元')).toBe(yuan('50000'));
    expect(yuan('4050.5万元')).toBe(yuan('40,505,000.00'));
    expect(yuan('235.25万元')).toBe(yuan('2352500'));
  });

  it.each([
    ['0.001', 'MONEY.PRECISION'],
    ['1.000', 'MONEY.PRECISION'],
    ['1.0000001万元', 'MONEY.PRECISION'],
    ['90071992547409.92', 'MONEY.UNSAFE_INTEGER'],
    ['1000000000000000000', 'MONEY.UNSAFE_INTEGER'],
    ['', 'MONEY.FORMAT'],
    ['.5', 'MONEY.FORMAT'],
    ['5.', 'MONEY.FORMAT'],
    ['1,23', 'MONEY.FORMAT'],
    ['12,3456', 'MONEY.FORMAT'],
    ['1e3', 'MONEY.FORMAT'],
    ['abc', 'MONEY.FORMAT'],
    ['--5', 'MONEY.FORMAT'],
  ])('rejects %s: %s', (text, code) => {
    const parsed = parseYuan(text);
    expect(!parsed.ok && parsed.error.code).toBe(code);
  });

  it('reads back every amount it formats, in yuan and in 万元', () => {
    fc.assert(
      fc.property(amount, (a) => {
        expect(parseYuan(formatYuan(a))).toEqual({ ok: true, value: a });
        expect(parseYuan(formatWanYuan(a))).toEqual({ ok: true, value: a });
      }),
    );
  });

  it('agrees with decimal arithmetic on the yuan text: x + y yuan read separately equals their sum', () => {
    const cents = fc.integer({ min: 0, max: 99 });
    const whole = fc.integer({ min: 0, max: 1e9 });
    fc.assert(
      fc.property(whole, cents, whole, cents, (a, ac, b, bc) => {
        const x = yuan(`${a}.${String(ac).padStart(2, '0')}`);
        const y = yuan(`${b}.${String(bc).padStart(2, '0')}`);
        const total = (a + b) * 100 + ac + bc;
        expect(addFen(x, y)).toEqual({ ok: true, value: total });
      }),
    );
  });
});

describe('fen are safe integers', () => {
  it('refuses fractions and unsafe integers', () => {
    expect(fenOf(1.5).ok).toBe(false);
    expect(fenOf(Number.MAX_SAFE_INTEGER + 1).ok).toBe(false);
    expect(fenOf(Number.NaN).ok).toBe(false);
    expect(fenOf(-Number.MAX_SAFE_INTEGER).ok).toBe(true);
  });

  it('refuses a sum, difference or product that leaves the safe integers', () => {
    const max = fen(Number.MAX_SAFE_INTEGER);
    expect(addFen(max, fen(1))).toMatchObject({ ok: false, error: { code: 'MONEY.UNSAFE_INTEGER' } });
    expect(subtractFen(fen(-Number.MAX_SAFE_INTEGER), fen(1)).ok).toBe(false);
    expect(multiplyFen(max, 2).ok).toBe(false);
    expect(multiplyFen(fen(100), 1.5).ok).toBe(false);
    expect(sumFen([max, max, fen(-Number.MAX_SAFE_INTEGER)])).toEqual({ ok: true, value: max });
  });

  it('adds, subtracts and multiplies like integers', () => {
    fc.assert(
      fc.property(amount, amount, fc.integer({ min: -100, max: 100 }), (a, b, k) => {
        expect(addFen(a, b)).toEqual({ ok: true, value: a + b });
        expect(subtractFen(a, b)).toEqual({ ok: true, value: a - b });
        expect(multiplyFen(a, k)).toEqual({ ok: true, value: a * k + 0 });
        expect(sumFen([a, b])).toEqual(addFen(a, b));
      }),
    );
  });

  it('orders amounts', () => {
    expect(compareFen(fen(1), fen(2))).toBe(-1);
    expect(compareFen(fen(2), fen(2))).toBe(0);
    expect(compareFen(fen(3), fen(2))).toBe(1);
    expect(sumFen([])).toEqual({ ok: true, value: ZERO_FEN });
  });
});

describe('amounts are typed', () => {
  it('does not take a plain number, which could be yuan or a float, as fen', () => {
    // @ts-expect-error a number is not Fen until fenOf or parseYuan has checked it
    expect(formatYuan(100)).toBe('¥1.00');
    // @ts-expect-error the same for arithmetic
    expect(addFen(fen(1), 2)).toEqual({ ok: true, value: 3 });
  });
});

describe('allocating a total so that the parts sum exactly', () => {
  it('splits 100 fen three ways as 34, 33, 33', () => {
    expect(splitFen(fen(100), 3)).toEqual({ ok: true, value: [34, 33, 33] });
  });

  it('splits in proportion to ratios and gives leftover fen to the first parts', () => {
    expect(allocateFen(fen(1000), [1, 2, 2])).toEqual({ ok: true, value: [200, 400, 400] });
    expect(allocateFen(fen(1001), [1, 1, 0])).toEqual({ ok: true, value: [501, 500, 0] });
    expect(allocateFen(fen(-100), [1, 1, 1])).toEqual({ ok: true, value: [-34, -33, -33] });
  });

  it('always sums to the total, never gives a zero ratio anything, and stays within one fen of the exact share', () => {
    fc.assert(
      fc.property(
        amount,
        fc
          .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 20 })
          .filter((r) => r.some((x) => x > 0)),
        (total, ratios) => {
          const parts = allocateFen(total, ratios);
          expect(parts.ok).toBe(true);
          if (!parts.ok) return;
          expect(parts.value.reduce((s, p) => s + p, 0)).toBe(total);
          const ratioSum = ratios.reduce((s, r) => s + r, 0);
          parts.value.forEach((part, i) => {
            const ratio = ratios[i] ?? 0;
            if (ratio === 0) expect(part).toBe(0);
            expect(Math.abs(part - (total * ratio) / ratioSum)).toBeLessThan(1.0001);
          });
        },
      ),
    );
  });

  it('splits equally to within one fen and sums to the total', () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 1, max: 500 }), (total, count) => {
        const parts = splitFen(total, count);
        expect(parts.ok).toBe(true);
        if (!parts.ok) return;
        expect(parts.value).toHaveLength(count);
        expect(parts.value.reduce((s, p) => s + p, 0)).toBe(total);
        expect(Math.max(...parts.value) - Math.min(...parts.value)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it.each([
    [[], 'no ratios'],
    [[0, 0], 'ratios summing to zero'],
    [[1, -1, 2], 'a negative ratio'],
    [[1, 0.5], 'a fractional ratio'],
  ])('refuses %j (%s)', (ratios) => {
    expect(allocateFen(fen(100), ratios)).toMatchObject({ ok: false, error: { code: 'MONEY.ALLOCATION' } });
  });

  it('refuses to split into no parts', () => {
    expect(splitFen(fen(100), 0).ok).toBe(false);
  });
});

describe('formatting amounts', () => {
  it.each([
    [352_400_000, '¥3,524,000.00', '352.4万元'],
    [5_000_000, '¥50,000.00', '5万元'],
    [4_050_500_000, '¥40,505,000.00', '4050.5万元'],
    [235_250_000, '¥2,352,500.00', '235.25万元'],
    [5, '¥0.05', '0.000005万元'],
    [0, '¥0.00', '0万元'],
    [-5, '-¥0.05', '-0.000005万元'],
    [Number.MAX_SAFE_INTEGER, '¥90,071,992,547,409.91', '9007199254.740991万元'],
  ])('%i fen is %s or %s', (value, asYuan, asWan) => {
    expect(formatYuan(fen(value))).toBe(asYuan);
    expect(formatWanYuan(fen(value))).toBe(asWan);
  });
});
