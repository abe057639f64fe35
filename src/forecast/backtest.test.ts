import { describe, expect, it } from 'vitest';
import { buildTimelines, type ChildTimeline, isLookedAfterOn, type ReturnData } from '../care/index.ts';
import { d, episode, fullReturn, inYearExtract, OPTIONS } from '../care/test-fixtures.ts';
import { censusDate, type EpochDay } from '../dates/index.ts';
import {
  type BacktestOptions,
  type BacktestRow,
  backtest,
  backtestOrigins,
  type Forecaster,
  widenFromPastErrors,
} from './backtest.ts';

const left = { reasonEnded: 'E4A' };

/**
 * Full returns 2020/21–2023/24. Looked after on each 31 March:
 * - 2021: A                → 1
 * - 2022: A, B, E, F       → 4 (B from 01/05/2021, E from 01/09/2021, F from 01/01/2022)
 * - 2023: A, E, C          → 3 (B left 10/10/2022, F left 20/03/2023, C came 01/02/2023)
 * - 2024: A, E, C          → 3
 */
const returns: ReturnData[] = [
  fullReturn(2021, [episode('A', '01/06/2020', null)]),
  fullReturn(2022, [
    episode('A', '01/06/2020', null),
    episode('B', '01/05/2021', null),
    episode('E', '01/09/2021', null),
    episode('F', '01/01/2022', null),
  ]),
  fullReturn(2023, [
    episode('A', '01/06/2020', null),
    episode('B', '01/05/2021', '10/10/2022', left),
    episode('E', '01/09/2021', null),
    episode('F', '01/01/2022', '20/03/2023', left),
    episode('C', '01/02/2023', null),
  ]),
  fullReturn(2024, [
    episode('A', '01/06/2020', null),
    episode('E', '01/09/2021', null),
    episode('C', '01/02/2023', null),
  ]),
];

const total = (timelines: ChildTimeline[], on: EpochDay) => ({
  total: timelines.filter((t) => isLookedAfterOn(t, on)).length,
});

/**
 * A fake forecaster: one more than the count at the origin, P10–P90 ±1, P5–P95 ±2, at every horizon.
 * It checks that nothing after the origin reached it and records what it saw.
 */
function fakeForecaster(seen: { origin: EpochDay; horizons: number[]; children: string[] }[]): Forecaster {
  return (timelines, origin, horizons) => {
    for (const t of timelines) {
      expect(t.observedUntil).toBeLessThanOrEqual(origin);
      for (const p of t.periods) {
        expect(p.start).toBeLessThanOrEqual(origin);
        expect(p.end === null || p.end <= origin).toBe(true);
      }
    }
    seen.push({ origin, horizons: [...horizons], children: timelines.map((t) => t.childId).sort() });
    const v = total(timelines, origin).total + 1;
    const band = { p5: v - 2, p10: v - 1, p50: v, p90: v + 1, p95: v + 2 };
    return Object.fromEntries(horizons.map((h) => [h, { total: band }]));
  };
}

function run(forecaster: Forecaster, extra: Partial<BacktestOptions> = {}) {
  return backtest(returns, {
    origins: backtestOrigins(returns),
    horizons: [1, 2],
    forecaster,
    buildTimelines: (r) => buildTimelines(r, OPTIONS),
    measure: total,
    ...extra,
  });
}

describe('backtestOrigins', () => {
  it('takes each 31 March with two full years up to it and a full year after it', () => {
    // 2021 has one year of history; 2024 has nothing after it.
    expect(backtestOrigins(returns)).toEqual([censusDate(2022), censusDate(2023)]);
  });

  it('ignores in-year extracts and order, and finds none with too few years', () => {
    const extract = inYearExtract(2025, '30/09/2024', [episode('A', '01/06/2020', null)]);
    expect(backtestOrigins([extract, ...[...returns].reverse()])).toEqual([
      censusDate(2022),
      censusDate(2023),
    ]);
    expect(backtestOrigins(returns.slice(0, 2))).toEqual([]);
    expect(backtestOrigins([])).toEqual([]);
  });
});

describe('backtest with a fake forecaster (origin count + 1, bands ±1 and ±2)', () => {
  const seen: { origin: EpochDay; horizons: number[]; children: string[] }[] = [];
  const result = run(fakeForecaster(seen));

  it('forecasts from the data as then known, asking only for horizons with an observed truth', () => {
    // 31/03/2023 + 2 years is past the data (31/03/2024), so only 1 year is asked for there.
    // At 31/03/2022 C (from 01/02/2023) was unknown; B and F were still open (checked inside the fake).
    expect(seen).toEqual([
      { origin: censusDate(2022), horizons: [1, 2], children: ['A', 'B', 'E', 'F'] },
      { origin: censusDate(2023), horizons: [1], children: ['A', 'B', 'C', 'E', 'F'] },
    ]);
  });

  it('gives the raw rows: forecast, band, truth from the full data, no change', () => {
    // Origin 2022: count 4 → forecast 5; truths 3 (2023) and 3 (2024). Origin 2023: count 3 → forecast 4.
    const band = (v: number) => ({ p5: v - 2, p10: v - 1, p50: v, p90: v + 1, p95: v + 2 });
    expect(result.rows).toEqual([
      {
        origin: censusDate(2022),
        horizon: 1,
        key: 'total',
        forecast: 5,
        band: band(5),
        truth: 3,
        noChange: 4,
        spreadFactor: 1,
      },
      {
        origin: censusDate(2022),
        horizon: 2,
        key: 'total',
        forecast: 5,
        band: band(5),
        truth: 3,
        noChange: 4,
        spreadFactor: 1,
      },
      {
        origin: censusDate(2023),
        horizon: 1,
        key: 'total',
        forecast: 4,
        band: band(4),
        truth: 3,
        noChange: 3,
        spreadFactor: 1,
      },
    ]);
  });

  it('scores each horizon over its origins', () => {
    expect(result.scores).toEqual([
      {
        // Errors 5−3 = 2 and 4−3 = 1: MAE 1.5, bias +1.5. No change: |4−3| = 1, |3−3| = 0 → 0.5; 1.5 / 0.5 = 3.
        // 80%: [4, 6] misses 3, [3, 5] holds it → 0.5. 90%: [3, 7] and [2, 6] both hold 3 → 1.
        // Interval score (alpha 0.2): 2 + 10 × (4 − 3) = 12 and 2 + 0 = 2 → 7.
        horizon: 1,
        key: 'total',
        n: 2,
        mae: 1.5,
        bias: 1.5,
        relativeMae: 3,
        coverage80: 0.5,
        coverage90: 1,
        intervalScore80: 7,
      },
      {
        // One origin: 5 vs 3 → MAE 2, bias 2; no change |4 − 3| = 1 → 2. [4, 6] misses (12); [3, 7] holds.
        horizon: 2,
        key: 'total',
        n: 1,
        mae: 2,
        bias: 2,
        relativeMae: 2,
        coverage80: 0,
        coverage90: 1,
        intervalScore80: 12,
      },
    ]);
  });
});

describe('backtest edge cases', () => {
  it('reads a series the measure lacks as 0 and skips horizons the forecaster left out', () => {
    const forecaster: Forecaster = () => ({ 1: { absent: { p5: 0, p10: 0, p50: 1, p90: 2, p95: 3 } } });
    const { rows, scores } = run(forecaster, { origins: [censusDate(2022)] });
    expect(rows.map((r) => [r.horizon, r.key, r.truth, r.noChange])).toEqual([[1, 'absent', 0, 0]]);
    // No change is perfect (0 = 0), so relative MAE is null rather than infinite.
    expect(scores[0]).toMatchObject({ n: 1, mae: 1, relativeMae: null, coverage80: 1 });
  });

  it('returns nothing when no origin has an observed horizon', () => {
    const never: Forecaster = () => {
      throw new Error('not called');
    };
    expect(run(never, { origins: [censusDate(2024), d('30/09/2023')], horizons: [1] })).toEqual({
      scores: [],
      rows: [],
    });
  });
});

describe('widenFromPastErrors', () => {
  it('widens each origin’s bands by the errors seen by then, out of sample', () => {
    // Three origins, horizon 1, one series, each band 90–100–110 (sd 20 / 2.563 = 7.803).
    // 2023: nothing seen yet → ×1. 2024: the 2023 forecast (due 31/03/2024) missed by z = 15.606 / 7.803 = 2
    // → pooled 2, own √((4 + 4·4) / 5) = 2 → 80–100–120. 2025: z 2 and 0 → pooled √2; own √((4 + 0 + 4·2) / 6) = √2.
    const band = { p5: 85, p10: 90, p50: 100, p90: 110, p95: 115 };
    const row = (year: number, truth: number): BacktestRow => ({
      origin: censusDate(year),
      horizon: 1,
      key: 'total',
      forecast: 100,
      band,
      truth,
      noChange: 100,
      spreadFactor: 1,
    });
    const sd = 20 / 2.563;
    const widened = widenFromPastErrors([row(2023, 100 + 2 * sd), row(2024, 100), row(2025, 130)]);
    expect(widened.map((r) => r.spreadFactor)).toEqual([
      1,
      expect.closeTo(2, 12),
      expect.closeTo(Math.SQRT2, 12),
    ]);
    expect(widened[1]?.band.p10).toBeCloseTo(80, 9);
    expect(widened[1]?.band.p95).toBeCloseTo(130, 9);
    expect(widened[2]?.band.p90).toBeCloseTo(100 + 10 * Math.SQRT2, 9);
    expect(widened[0]?.band).toEqual(band);
  });
});
