import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percent, perMille, shareOf } from './share.js';

describe('shares', () => {
  it('round half up in per mille and percent, never through binary fractions', () => {
    expect(perMille(shareOf(1, 3))).toBe(333);
    expect(perMille(shareOf(2, 3))).toBe(667);
    expect(percent(shareOf(1, 8))).toBe(13);
    expect(percent(shareOf(1, 200))).toBe(1);
    expect(percent(shareOf(1, 201))).toBe(0);
    expect(perMille(shareOf(0, 0))).toBeNull();
  });

  it('stay between 0 and the scale', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.nat(), (denominator, k) => {
        const numerator = k % (denominator + 1);
        const value = perMille(shareOf(numerator, denominator));
        expect(value).not.toBeNull();
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1000);
        expect(Math.abs((value ?? 0) * denominator - 1000 * numerator)).toBeLessThanOrEqual(denominator / 2);
      }),
    );
  });
});
