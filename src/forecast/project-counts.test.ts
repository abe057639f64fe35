import { describe, expect, it } from 'vitest';
import { day } from '../dates/index.ts';
import { type CellCounts, cellKey, MODEL_CATEGORIES } from './exposure.ts';
import { fitFlatRate } from './poisson-trend.ts';
import { type ProjectionOptions, projectCounts } from './project-counts.ts';
import { transitionRates } from './transition-rates.ts';

/**
 * Rates where every fostering cell aged 0–17 has a daily exit rate `exit` and a move rate to residential
 * `toResidential` (one million person-days each, so every cell's rate is its own); other categories have
 * no exposure at all, so their rates are zero.
 */
function fosteringRates(exit: number, toResidential = 0) {
  const cells = new Map<string, CellCounts>();
  for (let age = 0; age < 18; age++) {
    cells.set(cellKey('all', age, 'fostering'), {
      group: 'all',
      age,
      category: 'fostering',
      exposureDays: 1e6,
      moves: { fostering: 0, residential: toResidential * 1e6, supported: 0, other: 0 },
      exits: exit * 1e6,
    });
  }
  return transitionRates({ from: 0, to: 1, cells }, { minExposureDays: 1 });
}

const ORIGIN = day(2024, 3, 31);

function base(overrides: Partial<ProjectionOptions>): ProjectionOptions {
  return {
    start: [{ group: 'all', age: 5, category: 'fostering', count: 100 }],
    rates: fosteringRates(0.001),
    entries: null,
    origin: ORIGIN,
    months: 24,
    paths: 20,
    seed: 1,
    ...overrides,
  };
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('projectCounts', () => {
  it('steps to calendar month ends', () => {
    const { monthEnds } = projectCounts(base({ months: 12, paths: 1 }));
    expect(monthEnds[0]).toBe(day(2024, 4, 30));
    expect(monthEnds[10]).toBe(day(2025, 2, 28));
    expect(monthEnds[11]).toBe(day(2025, 3, 31));
  });

  it('is reproducible: the same seed gives identical paths, another seed different ones', () => {
    const options = base({ rates: fosteringRates(0.001, 0.0005) });
    const a = projectCounts(options);
    const b = projectCounts(options);
    const c = projectCounts({ ...options, seed: 2 });
    expect(a).toEqual(b);
    expect(c.paths.map((p) => p.byCategory.fostering)).not.toEqual(
      a.paths.map((p) => p.byCategory.fostering),
    );
  });

  it('decays a closed population to stock·exp(−rate·t) in the mean', () => {
    // 100 fostered 5-year-olds, exit rate 0.001/day, no entries, no moves. Month-step survival multiplies
    // to exactly exp(−0.001·days): 365 days to 31 March 2025 → 100·e^−0.365 = 69.42; 730 days to 31 March
    // 2026 → 100·e^−0.73 = 48.19. One path is binomial: sd √(100·0.694·0.306) = 4.6 (5.0 at two years),
    // so the mean of 2,000 paths has sd ≈ 0.11; tolerance 0.45 is four of those.
    const { paths } = projectCounts(base({ paths: 2000 }));
    expect(Math.abs(mean(paths.map((p) => p.byCategory.fostering[11] as number)) - 69.42)).toBeLessThan(0.45);
    expect(Math.abs(mean(paths.map((p) => p.byCategory.fostering[23] as number)) - 48.19)).toBeLessThan(0.45);
  });

  it('splits leavers between exit and moves in proportion to the hazards', () => {
    // Exit 0.001 and move 0.001 per day: the fostering stock keeps e^−0.002·365 = 0.4819 of 100 after a
    // year; half of the rest, 25.90, move to residential, where nothing leaves (zero rates) or ages out.
    // Residential per path has sd ≈ √(100·0.259·0.741) = 4.4; the mean of 2,000 has sd 0.1; tolerance 0.45.
    const { paths } = projectCounts(base({ rates: fosteringRates(0.001, 0.001), paths: 2000, months: 12 }));
    expect(Math.abs(mean(paths.map((p) => p.byCategory.fostering[11] as number)) - 48.19)).toBeLessThan(0.45);
    expect(Math.abs(mean(paths.map((p) => p.byCategory.residential[11] as number)) - 25.9)).toBeLessThan(
      0.45,
    );
  });

  it('ages the stock by exactly one year in twelve months', () => {
    // Ten 9-year-olds (band 5–9), nobody leaves: after 12 months all ten are 10 (band 10–15), on every path.
    const { paths } = projectCounts(
      base({ start: [{ group: 'all', age: 9, category: 'fostering', count: 10 }], rates: fosteringRates(0) }),
    );
    for (const p of paths) {
      expect(p.byBand['5-9'].fostering[11]).toBe(0);
      expect(p.byBand['10-15'].fostering[11]).toBe(10);
      // Each month those who were 9y11m turn 10, and nobody joins the band, so its count never rises.
      const band = p.byBand['5-9'].fostering;
      for (let m = 1; m < 12; m++) expect(band[m]).toBeLessThanOrEqual(band[m - 1] as number);
    }
  });

  it('lets nobody stay past 18, and entrants to 16–17 stay 12.5 months on average', () => {
    // Twenty 17-year-olds, nobody exits: all are gone by the twelfth month end. Entrants: Poisson with
    // mean 2 a month, aged uniformly 16y0m–17y11m at the month end they arrive; one arriving aged a
    // months is counted at 216 − a month ends (1–24, mean 12.5), so after 24 months the stock is
    // Poisson with mean 2·12.5 = 25 (sd 5; the mean of 1,000 paths has sd 0.16; tolerance 0.7).
    const { paths } = projectCounts(
      base({
        start: [{ group: 'all', age: 17, category: 'fostering', count: 20 }],
        rates: fosteringRates(0),
        entries: {
          models: [{ group: 'all', ageBand: '16-17', category: 'supported', model: fitFlatRate([2, 2]) }],
          firstT: 2,
          exposure: 'month',
        },
        months: 36,
        paths: 1000,
      }),
    );
    for (const p of paths) {
      expect(p.byCategory.fostering[11]).toBe(0);
      for (const c of MODEL_CATEGORIES) expect(p.byBand['18+'][c].every((n) => n === 0)).toBe(true);
    }
    expect(Math.abs(mean(paths.map((p) => p.byCategory.supported[35] as number)) - 25)).toBeLessThan(0.7);
  });
});
