import { describe, expect, it } from 'vitest';
import { fitFlatRate, fitPoissonTrend } from './poisson-trend.ts';

describe('fitPoissonTrend', () => {
  it('fits two points exactly, with standard errors from the Fisher information', () => {
    // Counts 1, 3 at t = 0, 1: the saturated fit is a = ln 1 = 0, b = ln 3.
    // Information Σμ x xᵀ with μ = (1, 3): [[4, 3], [3, 3]], det 3, inverse [[1, −1], [−1, 4/3]]:
    // seA = 1, seB = √(4/3) (= √(1/1 + 1/3), the variance of a log ratio of two Poisson counts).
    const fit = fitPoissonTrend([1, 3]);
    expect(fit.basis).toBe('trend');
    expect(fit.a).toBeCloseTo(0, 9);
    expect(fit.b).toBeCloseTo(Math.log(3), 9);
    expect(fit.seA).toBeCloseTo(1, 9);
    expect(fit.seB).toBeCloseTo(Math.sqrt(4 / 3), 9);
    expect(fit.predict(2)).toBeCloseTo(9, 6);
  });

  it('takes exposure as an offset', () => {
    // Counts 2, 6 over exposure 2, 2: rates 1, 3 per unit, so again a = 0, b = ln 3; 10 units at t = 2 → 90.
    const fit = fitPoissonTrend([2, 6], [2, 2]);
    expect(fit.a).toBeCloseTo(0, 9);
    expect(fit.b).toBeCloseTo(Math.log(3), 9);
    expect(fit.predict(2, 10)).toBeCloseTo(90, 5);
  });

  it('recovers b = ln 1.02 exactly from the unrounded series 10·1.02^t', () => {
    // The score equations are solved exactly when the counts equal the model's means.
    const counts = Array.from({ length: 60 }, (_, t) => 10 * 1.02 ** t);
    const fit = fitPoissonTrend(counts);
    expect(fit.b).toBeCloseTo(Math.log(1.02), 9);
    expect(fit.a).toBeCloseTo(Math.log(10), 9);
  });

  it('recovers b ≈ ln 1.02 from 60 months of round(10·1.02^t)', () => {
    // Rounding moves each count by ≤ 0.5 on counts of 10–33, i.e. each log count by ≤ 0.05. A perturbation of
    // δ per point moves a least-squares slope by at most δ·Σ|t − t̄| / Σ(t − t̄)² = 0.05 · 900 / 17 995 ≈
    // 0.0025 for t = 0..59, so 0.0025 is a bound, not a fitted allowance (measured: 0.0001 off).
    const counts = Array.from({ length: 60 }, (_, t) => Math.round(10 * 1.02 ** t));
    const fit = fitPoissonTrend(counts);
    expect(fit.basis).toBe('trend');
    expect(Math.abs(fit.b - Math.log(1.02))).toBeLessThan(0.0025);
    // About 1,000 entries over the window: seB ≈ 1 / √(Σ μ (t − t̄)²) is small but positive.
    expect(fit.seB).toBeGreaterThan(0);
    expect(fit.seB).toBeLessThan(0.005);
  });

  it('keeps an all-zero series finite: the Jeffreys rate 0.5 / Σexposure, no trend', () => {
    // 4 months, no entries: rate 0.5 / 4 = 0.125 a month, a = ln 0.125, seA = √2.
    const fit = fitPoissonTrend([0, 0, 0, 0]);
    expect(fit.basis).toBe('all-zero');
    expect(fit.a).toBeCloseTo(Math.log(0.125), 12);
    expect(fit.b).toBe(0);
    expect(fit.seA).toBeCloseTo(Math.SQRT2, 12);
    expect(fit.seB).toBe(0);
    expect(fit.predict(10)).toBeCloseTo(0.125, 12);
    // No exposure at all: still finite.
    const empty = fitPoissonTrend([0, 0], [0, 0]);
    expect(Number.isFinite(empty.a)).toBe(true);
    expect(Number.isFinite(fitPoissonTrend([]).predict(3))).toBe(true);
  });

  it('holds b at 0 when entries fall in one month only (the trend would run to infinity)', () => {
    // 5 entries in the last of 4 months: flat rate 5 / 4 = 1.25, seA = 1/√5.
    const fit = fitPoissonTrend([0, 0, 0, 5]);
    expect(fit.basis).toBe('flat');
    expect(fit.b).toBe(0);
    expect(fit.predict(0)).toBeCloseTo(1.25, 12);
    expect(fit.seA).toBeCloseTo(1 / Math.sqrt(5), 12);
  });

  it('fits a sparse series with zeros at both ends to finite values', () => {
    // Entries in months 2 and 3 only: the maximum exists; the fit matches the total (Σμ = Σy = 3).
    const fit = fitPoissonTrend([0, 0, 1, 2, 0, 0]);
    expect(fit.basis).toBe('trend');
    const fitted = [0, 1, 2, 3, 4, 5].reduce((sum, t) => sum + fit.predict(t), 0);
    expect(fitted).toBeCloseTo(3, 8);
    expect(Number.isFinite(fit.seB)).toBe(true);
  });

  it('leaves out months with zero exposure', () => {
    // Month 1 has no exposure: the fit is the two-point fit of counts 1 and 3 at t = 0 and 2: b = ln 3 / 2.
    const fit = fitPoissonTrend([1, 7, 3], [1, 0, 1]);
    expect(fit.b).toBeCloseTo(Math.log(3) / 2, 9);
  });
});

describe('fitFlatRate', () => {
  it('is the mean over the window, with a Poisson standard error', () => {
    // (2 + 4 + 6) / 3 = 4; se = √12 / 3.
    const flat = fitFlatRate([2, 4, 6]);
    expect(flat.rate).toBe(4);
    expect(flat.se).toBeCloseTo(Math.sqrt(12) / 3, 12);
    expect(flat.predict(99)).toBe(4);
  });

  it('divides by exposure and gives 0 (not NaN) for no entries or no exposure', () => {
    // 12 entries over 2 + 4 units → 2 per unit; 3 units → 6.
    expect(fitFlatRate([4, 8], [2, 4]).predict(0, 3)).toBe(6);
    expect(fitFlatRate([0, 0, 0]).rate).toBe(0);
    expect(fitFlatRate([0, 0], [0, 0]).rate).toBe(0);
  });
});
