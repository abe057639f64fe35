import { describe, expect, it } from 'vitest';
import { buildTimelines, type TimelineOptions } from '../care/index.ts';
import { generateCouncil, syntheticReturnData } from '../synth/index.ts';
import { TEST_PLACES } from '../synth/test-places.ts';
import { chooseReference, SPREAD_SERIES } from './choose-reference.ts';
import { seriesSpreadFactor, widen } from './spread.ts';

const options: TimelineOptions = { councilCode: 'E06000016', locate: () => null, inArea: () => true };
const build = (returns: Parameters<typeof buildTimelines>[0]) => buildTimelines(returns, options);

describe('chooseReference', () => {
  it('picks trended entries for a council whose entries grow 40% a year, and ranks every choice', () => {
    const council = generateCouncil(
      { councilCode: 'E06000016', children: 150, years: 5, lastYear: 2026, seed: 4, growth: 0.4 },
      TEST_PLACES,
    );
    const returns = council.returns.map(syntheticReturnData);
    const choices = [
      { referenceYears: 3, entries: 'flat' as const },
      { referenceYears: 3, entries: 'trend' as const },
    ];
    const selection = chooseReference(returns, build, { choices, paths: 30 });
    // Origins: 31 March 2023, 2024 and 2025 (two earlier years each, a later year to score).
    expect(selection.origins).toHaveLength(3);
    expect(selection.chosen).toEqual({ referenceYears: 3, entries: 'trend' });
    expect(selection.scores.map((s) => s.choice.entries)).toEqual(['trend', 'flat']);
    expect(selection.scores[0]?.score).toBeLessThan(selection.scores[1]?.score ?? 0);
    expect(selection.spreadFactor).toBeGreaterThanOrEqual(0.75);
    expect(selection.spreadFactor).toBeLessThanOrEqual(3);
    for (const series of SPREAD_SERIES) {
      expect(selection.spreadFactors[series]).toBeGreaterThanOrEqual(0.75);
      expect(selection.spreadFactors[series]).toBeLessThanOrEqual(3);
    }
  });
});

describe('seriesSpreadFactor', () => {
  it('weighs a series’ own errors against the pooled ratio counted as four more', () => {
    // Four errors of 2 band-sds and a pooled ratio of 1: √((4·4 + 4·1) / 8) = √2.5 = 1.5811.
    expect(seriesSpreadFactor([2, 2, 2, 2], 1)).toBeCloseTo(Math.sqrt(2.5), 12);
    // No errors of its own: the pooled ratio; NaN errors are left out.
    expect(seriesSpreadFactor([Number.NaN], 1.5)).toBeCloseTo(1.5, 12);
    // Errors well inside the bands: √((0.02 + 4) / 6) = 0.8185 narrows them; never below 0.75 nor above 3.
    expect(seriesSpreadFactor([0.1, 0.1], 1)).toBeCloseTo(Math.sqrt(4.02 / 6), 12);
    expect(seriesSpreadFactor([0, 0, 0, 0, 0, 0, 0, 0], 0.5)).toBe(0.75);
    expect(seriesSpreadFactor([9, 9, 9, 9], 3)).toBe(3);
  });
});

describe('widen', () => {
  it('stretches each quantile about the median, keeps the mean, and never goes below 0', () => {
    const fan = { p5: 80, p10: 90, p50: 100, p90: 110, p95: 125, mean: 101 };
    expect(widen(fan, 2)).toEqual({ p5: 60, p10: 80, p50: 100, p90: 120, p95: 150, mean: 101 });
    expect(widen({ ...fan, p5: 2, p10: 4, p50: 6 }, 3).p5).toBe(0);
  });
});
