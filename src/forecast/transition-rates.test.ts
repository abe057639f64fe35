import { describe, expect, it } from 'vitest';
import { SINGLE_YEARS } from './age-steps.ts';
import { type CellCounts, cellKey, type ExposureCounts, type ModelCategory } from './exposure.ts';
import { rateOf, transitionRates } from './transition-rates.ts';

function cell(
  age: number,
  category: ModelCategory,
  exposureDays: number,
  exits: number,
  toFostering = 0,
): CellCounts {
  return {
    group: 'all',
    ageStep: age,
    age,
    category,
    duration: 0,
    exposureDays,
    moves: { fostering: toFostering, residential: 0, supported: 0, other: 0 },
    exits,
  };
}

function counts(cells: CellCounts[]): ExposureCounts {
  return {
    from: 0,
    to: 1,
    ageSteps: SINGLE_YEARS,
    cells: new Map(cells.map((c) => [cellKey(c.group, c.age, c.category), c])),
  };
}

// Residential, band 10–15: age 12 has 1,000 days, 2 exits, 4 moves to fostering; age 13 has 100 days,
// 1 exit, no moves; age 14 is present with no exposure. Band pool: 3 exits and 4 moves over 1,100 days.
const COUNTS = counts([
  cell(12, 'residential', 1000, 2, 4),
  cell(13, 'residential', 100, 1),
  cell(14, 'residential', 0, 0),
]);

describe('transitionRates', () => {
  const rates = transitionRates(COUNTS, { minExposureDays: 500 });

  it('keeps a well-observed cell’s own occurrence/exposure rate', () => {
    const r = rateOf(rates, 'all', 12, 'residential');
    // 2 / 1000 and 4 / 1000, weight 1.
    expect(r).toMatchObject({ basis: 'own', weight: 1 });
    expect(r.exit).toBeCloseTo(0.002, 12);
    expect(r.moves.fostering).toBeCloseTo(0.004, 12);
  });

  it('shrinks a sparse cell toward its age band with w = E/(E+k), k = minExposureDays', () => {
    const r = rateOf(rates, 'all', 13, 'residential');
    // w = 100 / (100 + 500) = 1/6. Exit: own 1/100 = 0.01, band 3/1100;
    // 1/6 × 0.01 + 5/6 × 3/1100 = 0.0016667 + 0.0022727 = 0.0039394.
    // Fostering: own 0, band 4/1100; 5/6 × 4/1100 = 0.0030303.
    expect(r.basis).toBe('shrunk');
    expect(r.weight).toBeCloseTo(1 / 6, 12);
    expect(r.exit).toBeCloseTo(0.0039394, 7);
    expect(r.moves.fostering).toBeCloseTo(0.0030303, 7);
  });

  it('uses k when given', () => {
    // k = 100: w = 100/200 = 1/2; exit = 0.005 + 0.5 × 3/1100 = 0.0063636.
    const r = rateOf(transitionRates(COUNTS, { minExposureDays: 500, k: 100 }), 'all', 13, 'residential');
    expect(r.exit).toBeCloseTo(0.0063636, 7);
  });

  it('gives a cell with zero exposure its parent’s rate, not NaN', () => {
    const r = rateOf(rates, 'all', 14, 'residential');
    // Band: 3/1100 = 0.0027273 exit, 4/1100 = 0.0036364 to fostering.
    expect(r).toMatchObject({ basis: 'parent', weight: 0, exposureDays: 0 });
    expect(r.exit).toBeCloseTo(0.0027273, 7);
    expect(r.moves.fostering).toBeCloseTo(0.0036364, 7);
  });

  it('falls back to the category over all ages for a band with no data', () => {
    // Age 7 (band 5–9) never observed in residential: the residential pool is the same 3/1100.
    const r = rateOf(rates, 'all', 7, 'residential');
    expect(r.basis).toBe('parent');
    expect(r.exit).toBeCloseTo(3 / 1100, 12);
  });

  it('marks a category with no exposure anywhere as none, with zero rates and no NaN', () => {
    const r = rateOf(rates, 'all', 16, 'supported');
    expect(r).toMatchObject({ basis: 'none', exit: 0 });
    expect(Object.values(r.moves).every((v) => v === 0)).toBe(true);
  });

  it('never returns NaN across every cell', () => {
    for (const r of rates.cells.values()) {
      expect([r.exit, ...Object.values(r.moves), r.weight].every(Number.isFinite)).toBe(true);
    }
  });
});

describe('transitionRates with duration bands', () => {
  // Residential aged 12: 1,000 days and 2 exits in duration band 0, 1,000 days and 10 exits in band 1.
  const withDuration = new Map<string, CellCounts>();
  for (const [duration, exits] of [
    [0, 2],
    [1, 10],
  ] as const) {
    const c = { ...cell(12, 'residential', 1000, exits), duration };
    withDuration.set(cellKey(c.group, c.age, c.category, duration), c);
  }
  const rates = transitionRates(
    { from: 0, to: 1, ageSteps: SINGLE_YEARS, cells: withDuration },
    { minExposureDays: 500 },
  );

  it('keeps each duration band its own rate', () => {
    expect(rateOf(rates, 'all', 12, 'residential', 0).exit).toBeCloseTo(0.002, 12);
    expect(rateOf(rates, 'all', 12, 'residential', 1).exit).toBeCloseTo(0.01, 12);
  });

  it('falls back to the same duration band of the category, not the pooled one', () => {
    // Age 5 has no band 5–9 parent: band 1 takes 10/1,000 = 0.01, not (2 + 10)/2,000 = 0.006.
    const r = rateOf(rates, 'all', 5, 'residential', 1);
    expect(r.basis).toBe('parent');
    expect(r.exit).toBeCloseTo(0.01, 12);
  });
});
