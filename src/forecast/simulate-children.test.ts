import { describe, expect, it } from 'vitest';
import { day } from '../dates/index.ts';
import { MODEL_AGE_STEPS, SINGLE_YEARS } from './age-steps.ts';
import type { EntriesModel } from './entries-model.ts';
import { type CellCounts, cellKey, MODEL_CATEGORIES } from './exposure.ts';
import { type SimulationOptions, type StartChild, simulateChildren } from './simulate-children.ts';
import { transitionRates } from './transition-rates.ts';

/**
 * Rates where every fostering state aged 0–17 (one duration band) has a daily exit rate `exit` and a move
 * rate to residential `toResidential`, on a million person-days each (so the estimates are almost exact and
 * parameter draws barely move them); other categories have no exposure, so their rates are zero.
 */
function fosteringRates(exit: number, toResidential = 0) {
  const cells = new Map<string, CellCounts>();
  for (let age = 0; age < 18; age++) {
    cells.set(cellKey('all', age, 'fostering'), {
      group: 'all',
      ageStep: age,
      age,
      category: 'fostering',
      duration: 0,
      exposureDays: 1e6,
      moves: { fostering: 0, residential: toResidential * 1e6, supported: 0, other: 0 },
      exits: exit * 1e6,
    });
  }
  return transitionRates({ from: 0, to: 1, ageSteps: SINGLE_YEARS, cells }, { minExposureDays: 1 });
}

const ORIGIN = day(2024, 3, 31);
const children = (
  n: number,
  ageMonths: number,
  category: StartChild['category'] = 'fostering',
  birthDay = 31,
): StartChild[] =>
  Array.from({ length: n }, () => ({ group: 'all', ageMonths, birthDay, category, daysInCare: 400 }));

function base(overrides: Partial<SimulationOptions>): SimulationOptions {
  return {
    start: children(100, 60),
    rates: fosteringRates(0.001),
    durationBands: [],
    entries: null,
    origin: ORIGIN,
    months: 24,
    paths: 20,
    seed: 1,
    parameterUncertainty: false,
    ...overrides,
  };
}

/** Flat entries of `perDay` a day, all in one cell. */
function flatEntries(perDay: number, cell: EntriesModel['cells'][number]): EntriesModel {
  return {
    kind: 'flat',
    level: Math.log(perDay),
    slope: 0,
    centre: 0,
    seLevel: 0,
    seSlope: 0,
    dispersion: 1,
    firstT: 0,
    cells: [cell],
  };
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('simulateChildren', () => {
  it('steps to calendar month ends', () => {
    const { monthEnds } = simulateChildren(base({ months: 12, paths: 1 }));
    expect(monthEnds[0]).toBe(day(2024, 4, 30));
    expect(monthEnds[10]).toBe(day(2025, 2, 28));
    expect(monthEnds[11]).toBe(day(2025, 3, 31));
  });

  it('is reproducible: the same seed gives identical paths, another seed different ones, and a slice of paths the same draws', () => {
    const options = base({ rates: fosteringRates(0.001, 0.0005), parameterUncertainty: true });
    const a = simulateChildren(options);
    expect(simulateChildren(options)).toEqual(a);
    expect(simulateChildren({ ...options, seed: 2 }).paths).not.toEqual(a.paths);
    // Paths 5–9 run on their own (as a worker would) equal paths 5–9 of the whole run.
    expect(simulateChildren({ ...options, firstPath: 5, paths: 5 }).paths).toEqual(a.paths.slice(5, 10));
  });

  it('decays a closed population to stock·exp(−rate·t) in the mean', () => {
    // 100 fostered 5-year-olds, exit rate 0.001/day, no entries, no moves: 365 days to 31 March 2025 →
    // 100·e^−0.365 = 69.42; 730 days to 31 March 2026 → 100·e^−0.73 = 48.19. One path is binomial, sd 4.6
    // (5.0 at two years), so the mean of 2,000 paths has sd ≈ 0.11; tolerance 0.45 is four of those.
    const { paths } = simulateChildren(base({ paths: 2000 }));
    expect(Math.abs(mean(paths.map((p) => p.byCategory.fostering[11] as number)) - 69.42)).toBeLessThan(0.45);
    expect(Math.abs(mean(paths.map((p) => p.byCategory.fostering[23] as number)) - 48.19)).toBeLessThan(0.45);
  });

  it('splits leavers between exit and moves in proportion to the hazards', () => {
    // Exit 0.001 and move 0.001 a day: fostering keeps e^−0.002·365 = 0.4819 of 100 after a year; half the
    // rest, 25.90, move to residential, where nothing happens. Tolerance 0.45 (four sd of the mean).
    const { paths } = simulateChildren(
      base({ rates: fosteringRates(0.001, 0.001), paths: 2000, months: 12 }),
    );
    expect(Math.abs(mean(paths.map((p) => p.byCategory.fostering[11] as number)) - 48.19)).toBeLessThan(0.45);
    expect(Math.abs(mean(paths.map((p) => p.byCategory.residential[11] as number)) - 25.9)).toBeLessThan(
      0.45,
    );
  });

  it('ages children exactly a month a step and takes them out at 18', () => {
    // Ten children aged 9y0m and ten aged 17y6m, nobody leaves: after 12 months the ten are 10 (band 10–15);
    // the others turn 18 at the 6th month end and are gone from then on, on every path.
    const { paths } = simulateChildren(
      base({ start: [...children(10, 108), ...children(10, 210)], rates: fosteringRates(0) }),
    );
    for (const p of paths) {
      expect(p.byBand['5-9'].fostering[10]).toBe(10);
      expect(p.byBand['10-15'].fostering[11]).toBe(10);
      expect(p.byBand['16-17'].fostering[4]).toBe(10); // 17y11m at the 5th month end
      expect(p.byBand['16-17'].fostering[5]).toBe(0);
      for (const c of MODEL_CATEGORIES) expect(p.byBand['18+'][c].every((n) => n === 0)).toBe(true);
    }
  });

  it('admits entrants at their drawn ages and lets nobody stay past 18', () => {
    // Entries 0.1 a day into supported aged 17y0m, nobody leaves: an entrant of month k is counted at the
    // month ends k … k+11 (turning 18 at the 12th), so from the 12th month end on the stock is the last 12
    // months' entrants: Poisson with mean 0.1 × 365 = 36.5 days' worth (sd 6; the mean of 1,000 paths has sd
    // 0.19; tolerance 0.8).
    const entries = flatEntries(0.1, {
      group: 'all',
      category: 'supported',
      ageBand: '16-17',
      share: 1,
      agesInMonths: [204],
    });
    const { paths } = simulateChildren(
      base({ start: [], rates: fosteringRates(0), entries, months: 24, paths: 1000 }),
    );
    expect(Math.abs(mean(paths.map((p) => p.byCategory.supported[23] as number)) - 36.5)).toBeLessThan(0.8);
    for (const p of paths) expect(p.byBand['18+'].supported.every((n) => n === 0)).toBe(true);
  });

  it('a step-down moves the expected share once children pass the threshold', () => {
    // 100 children in residential with 100 days in care, nobody leaves; from the origin, 20% of residential
    // children move to fostering on passing 180 days: at the 3rd month end (191 days) 20 in expectation
    // have moved (binomial sd 4; the mean of 1,000 paths has sd 0.13; tolerance 0.5), and no more later.
    const start = Array.from({ length: 100 }, () => ({
      group: 'all',
      ageMonths: 120,
      birthDay: 1,
      category: 'residential' as const,
      daysInCare: 100,
    }));
    const { paths } = simulateChildren(
      base({
        start,
        rates: fosteringRates(0),
        paths: 1000,
        months: 12,
        stepDowns: [{ from: 'residential', to: 'fostering', share: 0.2, afterDays: 180, starts: ORIGIN }],
      }),
    );
    expect(Math.abs(mean(paths.map((p) => p.byCategory.fostering[2] as number)) - 20)).toBeLessThan(0.5);
    expect(paths.every((p) => p.byCategory.fostering[11] === p.byCategory.fostering[2])).toBe(true);
  });

  it('widens the spread when the rates are uncertain', () => {
    // The same closed population with rates estimated on only 1,000 person-days per age (one exit each):
    // with parameter draws the paths spread more than with the point estimates alone.
    const cells = new Map<string, CellCounts>();
    for (let age = 0; age < 18; age++) {
      cells.set(cellKey('all', age, 'fostering'), {
        group: 'all',
        ageStep: age,
        age,
        category: 'fostering',
        duration: 0,
        exposureDays: 1000,
        moves: { fostering: 0, residential: 0, supported: 0, other: 0 },
        exits: 1,
      });
    }
    const rates = transitionRates({ from: 0, to: 1, ageSteps: SINGLE_YEARS, cells }, { minExposureDays: 1 });
    const spread = (parameterUncertainty: boolean) => {
      const { paths } = simulateChildren(base({ rates, paths: 500, months: 12, parameterUncertainty }));
      const xs = paths.map((p) => p.byCategory.fostering[11] as number);
      const m = mean(xs);
      return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
    };
    // Point rate 0.001/day: binomial sd ≈ 4.6. A Gamma(1, 1000) rate has sd 0.001, so the survival
    // e^(−365·rate) varies with sd ≈ 0.2 and the count's sd rises to ≈ 20 — far above 4.6·1.5.
    expect(spread(true)).toBeGreaterThan(spread(false) * 1.5);
  });
});

/** Fostering rates by step of MODEL_AGE_STEPS: no events, except `atStep17` (16½ to 17) on a million days. */
function halfYearRates(atStep17: { exit?: number; toSupported?: number }) {
  const cells = new Map<string, CellCounts>();
  MODEL_AGE_STEPS.forEach((months, step) => {
    const here = step === 17;
    cells.set(cellKey('all', step, 'fostering'), {
      group: 'all',
      ageStep: step,
      age: Math.floor(months / 12),
      category: 'fostering',
      duration: 0,
      exposureDays: 1e6,
      moves: {
        fostering: 0,
        residential: 0,
        supported: here ? (atStep17.toSupported ?? 0) * 1e6 : 0,
        other: 0,
      },
      exits: here ? (atStep17.exit ?? 0) * 1e6 : 0,
    });
  });
  return transitionRates({ from: 0, to: 1, ageSteps: MODEL_AGE_STEPS, cells }, { minExposureDays: 1 });
}

describe('simulateChildren with half-year age steps', () => {
  it('uses the rates of the step a child is in, from their birth day: a move only at 16½–17 happens that month', () => {
    // Children aged exactly 16y0m at 31/03/2024, born on the 15th: they turn 16½ on 15/09/2024 (the sixth
    // month). A move at 1.0 a day from then leaves e^(−16) of them fostered by 30/09: all move that month.
    const rates = halfYearRates({ toSupported: 1 });
    const { paths } = simulateChildren(
      base({ start: children(50, 192, 'fostering', 15), rates, months: 8, paths: 3 }),
    );
    for (const path of paths) {
      expect(path.byCategory.fostering.slice(0, 5)).toEqual([50, 50, 50, 50, 50]);
      expect(path.byCategory.fostering[5]).toBe(0);
      expect(path.byCategory.supported[5]).toBe(50);
    }
  });

  it('splits the month at the birth day: at risk only for the days after turning 16½', () => {
    // Born on the 11th: in September (30 days) 10 days aged 16 (no hazard), then 20 days aged 16½ at an exit
    // rate of 0.01 a day: P(leave in September) = 1 − e^(−0.2) = 0.1813. 20,000 child-paths: sd 0.0027.
    const rates = halfYearRates({ exit: 0.01 });
    const { paths } = simulateChildren(
      base({ start: children(1000, 192, 'fostering', 11), rates, months: 6, paths: 20 }),
    );
    const left = mean(paths.map((p) => 1000 - (p.byCategory.fostering[5] as number))) / 1000;
    expect(mean(paths.map((p) => p.byCategory.fostering[4] as number))).toBe(1000);
    expect(left).toBeGreaterThan(0.1813 - 0.01);
    expect(left).toBeLessThan(0.1813 + 0.01);
  });
});
