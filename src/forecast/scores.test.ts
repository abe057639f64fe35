import { describe, expect, it } from 'vitest';
import { bias, intervalCoverage, intervalScore, mae, relativeMae } from './scores.ts';

// Three origins' forecasts of children looked after, the truth, and "no change" (the origin's count).
const forecast = [100, 110, 95];
const truth = [104, 108, 100];
const noChange = [96, 100, 104];

describe('point scores', () => {
  it('mae: |100−104| + |110−108| + |95−100| = 4 + 2 + 5 = 11, over 3', () => {
    expect(mae(forecast, truth)).toBeCloseTo(11 / 3, 12);
  });

  it('bias: (−4 + 2 − 5) / 3 = −7/3 (the forecast runs low)', () => {
    expect(bias(forecast, truth)).toBeCloseTo(-7 / 3, 12);
  });

  it('relativeMae: no change errs 8 + 8 + 4 = 20, so (11/3) / (20/3) = 0.55', () => {
    expect(relativeMae(forecast, truth, noChange)).toBeCloseTo(0.55, 12);
  });

  it('relativeMae is null when no change is exact (nothing to divide by)', () => {
    expect(relativeMae(forecast, truth, truth)).toBeNull();
  });

  it('null for nothing to score or arrays of different lengths', () => {
    expect(mae([], [])).toBeNull();
    expect(bias([1, 2], [1])).toBeNull();
    expect(relativeMae([1], [1, 2], [1])).toBeNull();
  });
});

describe('interval scores', () => {
  const lower = [98, 100, 96];
  const upper = [106, 107, 104];

  it('coverage: 104 in [98, 106], 108 above 107, 100 in [96, 104] (ends count) → 2/3', () => {
    expect(intervalCoverage(lower, upper, truth)).toBeCloseTo(2 / 3, 12);
    expect(intervalCoverage([5], [5], [5])).toBe(1);
  });

  it('interval score for 80% intervals (alpha 0.2, penalty 2/0.2 = 10 per unit outside)', () => {
    // Widths 8, 7, 8; only 108 misses, by 1 → 7 + 10 = 17. Mean (8 + 17 + 8) / 3 = 11.
    expect(intervalScore(lower, upper, truth, 0.2)).toBeCloseTo(11, 12);
    // Below the band: [10, 12], truth 7, alpha 0.1 → 2 + 20 × 3 = 62.
    expect(intervalScore([10], [12], [7], 0.1)).toBeCloseTo(62, 12);
  });

  it('interval score is null for an alpha outside (0, 1)', () => {
    expect(intervalScore(lower, upper, truth, 0)).toBeNull();
    expect(intervalScore(lower, upper, truth, 1)).toBeNull();
  });
});
