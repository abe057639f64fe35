import { describe, expect, it } from 'vitest';
import { AGE_BANDS, type AgeBand } from '../care/index.ts';
import { MODEL_CATEGORIES, type ModelCategory } from './exposure.ts';
import type { PathStock, Projection } from './projection.ts';
import { quantiles, summarisePaths } from './quantiles.ts';

describe('quantiles', () => {
  it('interpolates between order statistics (type 7)', () => {
    // Sorted [1, 3, 5, 7, 9], h = 4p: p 0.05 → h 0.2 → 1 + 0.2·2 = 1.4; 0.1 → 0.4 → 1.8; 0.5 → 2 → 5;
    // 0.9 → 3.6 → 7 + 0.6·2 = 8.2; 0.95 → 3.8 → 8.6; 0 and 1 are the extremes.
    const q = quantiles([7, 1, 3, 5, 9], [0, 0.05, 0.1, 0.5, 0.9, 0.95, 1]);
    const expected = [1, 1.4, 1.8, 5, 8.2, 8.6, 9];
    for (const [i, v] of q.entries()) expect(v).toBeCloseTo(expected[i] as number, 12);
  });

  it('gives the one value for one value, NaN for none', () => {
    expect(quantiles([4], [0.1, 0.9])).toEqual([4, 4]);
    expect(quantiles([], [0.5])[0]).toBeNaN();
  });
});

/** A path with `residential` children (all in band 10–15) at every month end and nobody else. */
function path(months: number, residential: number): PathStock {
  const row = (r: number) => {
    const out = {} as Record<ModelCategory, number[]>;
    for (const c of MODEL_CATEGORIES) out[c] = new Array<number>(months).fill(c === 'residential' ? r : 0);
    return out;
  };
  const byBand = {} as Record<AgeBand, Record<ModelCategory, number[]>>;
  for (const band of AGE_BANDS) byBand[band] = row(band === '10-15' ? residential : 0);
  return { byCategory: row(residential), byBand, turned18: new Array<number>(months).fill(0) };
}

describe('summarisePaths', () => {
  // Five paths with residential stock 7, 1, 3, 5, 9 throughout 24 months.
  const projection: Projection = {
    origin: 0,
    monthEnds: Array.from({ length: 24 }, (_, i) => 30 * (i + 1)),
    paths: [7, 1, 3, 5, 9].map((r) => path(24, r)),
  };

  it('gives the fan by year at the origin’s anniversaries', () => {
    const summary = summarisePaths(projection, { by: 'year' });
    expect(summary.byCategory.residential.map((f) => [f.step, f.on])).toEqual([
      [12, 360],
      [24, 720],
    ]);
    // As the quantiles test: P5 1.4, P10 1.8, P50 5, P90 8.2, P95 8.6; mean 25/5 = 5.
    const fan = summary.byCategory.residential[0];
    expect(fan?.p5).toBeCloseTo(1.4, 12);
    expect(fan?.p10).toBeCloseTo(1.8, 12);
    expect(fan?.p50).toBe(5);
    expect(fan?.p90).toBeCloseTo(8.2, 12);
    expect(fan?.p95).toBeCloseTo(8.6, 12);
    expect(fan?.mean).toBe(5);
    expect(summary.total[1]?.p50).toBe(5);
    expect(summary.byBand['10-15'].residential[0]?.p90).toBeCloseTo(8.2, 12);
    expect(summary.byCategory.fostering[0]?.p95).toBe(0);
  });

  it('gives every month by month', () => {
    expect(summarisePaths(projection, { by: 'month' }).total).toHaveLength(24);
  });
});
