import { describe, expect, it } from 'vitest';
import { AGE_BANDS } from '../care/index.ts';
import type { MonthlyEntries } from './entries.ts';
import { entriesModel, entriesPerDay } from './entries-model.ts';
import { MODEL_CATEGORIES } from './exposure.ts';
import { fitPoissonTrend } from './poisson-trend.ts';

/** Monthly entries of 30-day months, all in one cell (10–15, fostering, not UASC). */
function series(total: number[]): MonthlyEntries {
  const cells = AGE_BANDS.flatMap((ageBand) =>
    MODEL_CATEGORIES.flatMap((category) =>
      [false, true].map((uasc) => ({
        ageBand,
        category,
        uasc,
        stratum: '',
        counts: total.map((n) => (ageBand === '10-15' && category === 'fostering' && !uasc ? n : 0)),
        agesInMonths: ageBand === '10-15' && category === 'fostering' && !uasc ? [130, 150] : [],
      })),
    ),
  );
  return { months: total.map((_, i) => i), daysInWindow: total.map(() => 30), cells, total };
}

const group = (cell: { uasc: boolean }) => (cell.uasc ? 'uasc' : 'not-uasc');

describe('entriesModel', () => {
  it('a flat series: level ln(10/30) a day, no slope, dispersion 1, one cell with every entry', () => {
    const model = entriesModel(series(Array(24).fill(10)), 'flat', 24, group);
    expect(model.kind).toBe('flat');
    expect(model.level).toBeCloseTo(Math.log(10 / 30), 12);
    expect(model.slope).toBe(0);
    expect(model.dispersion).toBe(1);
    // se of the log level: 1/√240 entries.
    expect(model.seLevel).toBeCloseTo(1 / Math.sqrt(240), 12);
    expect(model.cells).toEqual([
      { group: 'not-uasc', category: 'fostering', ageBand: '10-15', share: 1, agesInMonths: [130, 150] },
    ]);
    expect(entriesPerDay(model, model, 30) * 30).toBeCloseTo(10, 9);
  });

  it('a trend keeps its level at the centre and shrinks the slope by b²/(b² + se²)', () => {
    // Counts exactly 20·e^(0.02t) over 36 months: the fit recovers b = 0.02; the slope used is
    // b · b²/(b² + se²) with se from the fit's information (dispersion 1: the counts sit on the curve).
    const total = Array.from({ length: 36 }, (_, t) => 20 * Math.exp(0.02 * t));
    const fit = fitPoissonTrend(total, Array(36).fill(30));
    const model = entriesModel(series(total), 'trend', 36, group);
    expect(model.kind).toBe('trend');
    expect(model.dispersion).toBe(1);
    const b = 0.02;
    expect(model.seSlope).toBeCloseTo(fit.seB, 12);
    expect(model.slope).toBeCloseTo((b * b * b) / (b * b + fit.seB ** 2), 6);
    expect(model.slope).toBeLessThan(b);
    // At the centre the level is the fitted curve's: ln(20/30) + 0.02·centre.
    expect(model.level).toBeCloseTo(Math.log(20 / 30) + b * model.centre, 6);
  });

  it('widens standard errors by √dispersion when months swing more than Poisson', () => {
    // Alternating 5 and 15 a month (mean 10): Pearson χ² = Σ 25/10 = 2.5 a month over 24 months, on 23
    // degrees of freedom (flat: one parameter) → dispersion 60/23.
    const model = entriesModel(
      series(Array.from({ length: 24 }, (_, t) => (t % 2 ? 15 : 5))),
      'flat',
      24,
      group,
    );
    expect(model.dispersion).toBeCloseTo(60 / 23, 9);
    expect(model.seLevel).toBeCloseTo(Math.sqrt(60 / 23) / Math.sqrt(240), 9);
  });
});
