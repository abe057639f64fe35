import { describe, expect, it } from 'vitest';
import { AGE_BANDS } from '../care/index.ts';
import { day } from '../dates/index.ts';
import { type CostAssumptions, projectCosts } from './costs.ts';
import { MODEL_CATEGORIES, type ModelCategory } from './exposure.ts';
import { monthEndsAfter } from './month-ends.ts';
import type { PathStock, Projection } from './projection.ts';

const ORIGIN = day(2026, 3, 31);

/** One path with `fostering` children in fostering every month end for `months` months, nobody else. */
function steady(fostering: number, months: number): Projection {
  const row = (n: number) => Array.from({ length: months }, () => n);
  const byCategory = { fostering: row(fostering), residential: row(0), supported: row(0), other: row(0) };
  const byBand = {} as PathStock['byBand'];
  for (const band of AGE_BANDS) {
    byBand[band] = {} as Record<ModelCategory, number[]>;
    for (const c of MODEL_CATEGORIES) byBand[band][c] = row(0);
  }
  return {
    origin: ORIGIN,
    monthEnds: monthEndsAfter(ORIGIN, months),
    paths: [{ byCategory, byBand, turned18: row(0) }],
  };
}

const FLAT: CostAssumptions = {
  weekly: {
    fostering: { inHouse: 500, external: 1000 },
    residential: { inHouse: 5000, external: 6000 },
    supported: { inHouse: 900, external: 1000 },
    other: { inHouse: 300, external: 1000 },
  },
  inflation: { fostering: 0, residential: 0, supported: 0, other: 0 },
  source: 'test',
};

describe('projectCosts', () => {
  it('fills in-house places first and costs the rest externally, by the days in each month', () => {
    // 10 fostered children all year (1 April 2026 – 31 March 2027: 365 days), 4 in-house places:
    // (4 × £500 + 6 × £1,000) × 365/7 = £8,000 × 52.142857 = £417,142.86.
    const costs = projectCosts(
      steady(10, 12),
      { fostering: 4, residential: 0, supported: 0, other: 0 },
      FLAT,
    );
    expect(costs.years[0]?.byCategory.fostering.p50).toBeCloseTo(417_142.857, 2);
    expect(costs.years[0]?.total.mean).toBeCloseTo(417_142.857, 2);
  });

  it('six more in-house places cut the year’s cost by 6 × (£1,000 − £500) × 365/7 = £156,428.57', () => {
    const inHouse = { fostering: 4, residential: 0, supported: 0, other: 0 };
    const base = projectCosts(steady(10, 12), inHouse, FLAT);
    const more = projectCosts(steady(10, 12), inHouse, FLAT, (c) => (c === 'fostering' ? 6 : 0));
    expect((base.years[0]?.total.p50 ?? 0) - (more.years[0]?.total.p50 ?? 0)).toBeCloseTo(156_428.571, 2);
  });

  it('raises prices by the category’s inflation, mid-year', () => {
    // 3% a year: month m's prices are 1.03^((m + 0.5)/12); all 10 children in-house at £500.
    const costs = projectCosts(
      steady(10, 12),
      { fostering: 10, residential: 0, supported: 0, other: 0 },
      { ...FLAT, inflation: { ...FLAT.inflation, fostering: 0.03 } },
    );
    const monthEnds = monthEndsAfter(ORIGIN, 12);
    let expected = 0;
    let previous = ORIGIN;
    monthEnds.forEach((end, m) => {
      expected += 10 * 500 * ((end - previous) / 7) * 1.03 ** ((m + 0.5) / 12);
      previous = end;
    });
    expect(costs.years[0]?.total.p50).toBeCloseTo(expected, 4);
    expect(costs.overall.p50).toBeCloseTo(expected, 4);
  });
});
