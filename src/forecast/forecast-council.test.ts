import { describe, expect, it } from 'vitest';
import { buildTimelines, type ChildTimeline, isLookedAfterOn, type TimelineOptions } from '../care/index.ts';
import { ageOn, censusDate, type EpochDay } from '../dates/index.ts';
import { generateCouncil, syntheticReturnData } from '../synth/index.ts';
import { TEST_PLACES } from '../synth/test-places.ts';
import { MODEL_CATEGORIES } from './exposure.ts';
import { fitForecastModel, forecastCouncil, startingChildren } from './forecast-council.ts';

const options: TimelineOptions = { councilCode: 'E06000016', locate: () => null, inArea: () => true };

const returnData = syntheticReturnData;

const lookedAfter = (timelines: readonly ChildTimeline[], on: EpochDay) =>
  timelines.filter((t) => isLookedAfterOn(t, on)).length;

// Seed 2 is a stable council: 283, 289, 279 and 290 looked after on 31 March 2023–2026 (checked by running
// the generator). Returns 2022/23–2025/26 are known; 2026/27 and 2027/28 are the truth.
const council = generateCouncil(
  { councilCode: 'E06000016', children: 300, years: 4, lastYear: 2026, seed: 2, futureYears: 2 },
  TEST_PLACES,
);
const known = buildTimelines(council.returns.map(returnData), options);
const full = buildTimelines([...council.returns, ...council.truth].map(returnData), options);
const origin = censusDate(2026);
const forecast = forecastCouncil(known, { origin, years: 2, paths: 400, seed: 7, entries: 'trend' });

describe('forecastCouncil on a synthetic council (seed 2, 300 children, origin 31 March 2026)', () => {
  it('the history is stable, as the test assumes', () => {
    const history = [2023, 2024, 2025, 2026].map((y) => lookedAfter(full, censusDate(y)));
    expect(history).toEqual([283, 289, 279, 290]);
  });

  it('starts from the children looked after on the origin, under 18, with age, category and days in care', () => {
    const stock = startingChildren(known, origin);
    const expected = known.filter((t) => isLookedAfterOn(t, origin) && ageOn(t.dob, origin) < 18).length;
    expect(stock.length).toBe(expected);
    expect(new Set(stock.map((c) => c.group))).toEqual(new Set(['uasc', 'not-uasc']));
    expect(stock.every((c) => c.ageMonths >= 0 && c.ageMonths < 216 && c.daysInCare >= 0)).toBe(true);
    // Children in care before the first return (1 April 2022) have unseen entries: at least 730 days.
    expect(stock.filter((c) => c.daysInCare >= 730).length).toBeGreaterThan(0);
  });

  it('reports one fan a year on each 31 March, categories adding up to the total', () => {
    expect(forecast.origin).toBe(origin);
    expect(forecast.years.map((y) => [y.year, y.date])).toEqual([
      [1, censusDate(2027)],
      [2, censusDate(2028)],
    ]);
    for (const y of forecast.years) {
      // Means are linear over paths, so the category means sum to the total's mean exactly (up to rounding).
      const sum = MODEL_CATEGORIES.reduce((s, c) => s + y.byCategory[c].mean, 0);
      expect(sum).toBeCloseTo(y.total.mean, 9);
      const t = y.total;
      expect(t.p5 <= t.p10 && t.p10 <= t.p50 && t.p50 <= t.p90 && t.p90 <= t.p95).toBe(true);
    }
  });

  it('the P10–P90 band a year on contains the truth, and the P50 is within 15% of it', () => {
    const truth = lookedAfter(full, censusDate(2027)); // 281 in the 2026/27 truth return
    expect(truth).toBe(281);
    const total = forecast.years[0]?.total;
    expect(total?.p10).toBeLessThanOrEqual(truth);
    expect(total?.p90).toBeGreaterThanOrEqual(truth);
    expect(Math.abs((total?.p50 ?? 0) - truth)).toBeLessThanOrEqual(0.15 * truth);
  });

  it('gives the same numbers for the same seed, and different ones for another', () => {
    const run = (seed: number) =>
      forecastCouncil(known, { origin, years: 1, paths: 50, seed, entries: 'flat' });
    expect(run(3)).toEqual(run(3));
    expect(run(4).years).not.toEqual(run(3).years);
  });

  it('states its reference period and assumptions in plain English', () => {
    expect(forecast.assumptions[0]).toBe(
      'Rates and entries are estimated from the 3 years 01/04/2023 to 31/03/2026 (the reference period).',
    );
    const text = forecast.assumptions.join(' ');
    // This council is stable: the trend asked for is not significant, so entries stay at the average.
    expect(text).toContain('Entries showed no clear trend in the reference period');
    expect(text).toContain('18th birthday');
  });

  it('takes more entrants when the projected child population grows, and says so', () => {
    // Children of every age double from mid-2026 to mid-2028 (flat before): entries scale up to twice the
    // reference period's, so two years on the stock is higher than without the projection (same seed).
    const population = {
      years: [2024, 2025, 2026, 2027, 2028],
      byYear: Object.fromEntries(
        [100, 100, 100, 150, 200].map((n, i) => [2024 + i, new Array(18).fill(n)]),
      ) as Record<number, number[]>,
    };
    const settings = { origin, years: 2, paths: 200, seed: 5, entries: 'flat' as const };
    const without = forecastCouncil(known, settings);
    const withPopulation = forecastCouncil(known, { ...settings, population });
    expect(withPopulation.years[1]?.total.mean).toBeGreaterThan((without.years[1]?.total.mean ?? 0) + 20);
    expect(withPopulation.assumptions.join(' ')).toContain('ONS projection');
  });

  it('can give girls and boys rates and entries of their own (strata by UASC status and sex)', () => {
    const settings = { origin, years: 1, paths: 300, seed: 5, entries: 'flat' as const };
    const model = fitForecastModel(known, { ...settings, strata: 'uasc-sex' });
    const groups = new Set([...model.rates.cells.values()].map((c) => c.group));
    expect(groups.has('not-uasc:F') && groups.has('not-uasc:M')).toBe(true);
    expect(model.start.every((c) => /^(not-)?uasc:(F|M|unknown)$/.test(c.group))).toBe(true);
    expect(model.entries.cells.every((c) => c.group.includes(':'))).toBe(true);
    // The same children in finer groups: the total a year on is within 5% of the forecast by UASC alone.
    const plain = forecastCouncil(known, settings).years[0]?.total.p50 ?? 0;
    const bySex = forecastCouncil(known, { ...settings, strata: 'uasc-sex' }).years[0]?.total.p50 ?? 0;
    expect(Math.abs(bySex - plain)).toBeLessThan(0.05 * plain);
    // A scenario's extra entrants (named by UASC status only) are split between girls and boys, not lost:
    // 10 a month aged 10–15 into residential raises the median a year on by about as much either way.
    const scenario = {
      name: 'more',
      levers: [
        {
          kind: 'extra-entries' as const,
          perMonth: 10,
          ageFrom: 10,
          ageTo: 15,
          category: 'residential' as const,
          uasc: false,
          from: origin,
        },
      ],
    };
    const added = (strata: 'uasc' | 'uasc-sex') =>
      (forecastCouncil(known, { ...settings, strata, scenario }).years[0]?.total.p50 ?? 0) -
      (strata === 'uasc' ? plain : bySex);
    expect(added('uasc')).toBeGreaterThan(60);
    expect(Math.abs(added('uasc-sex') - added('uasc'))).toBeLessThan(25);
  });

  it('lets entries set to a number stand: the population projection no longer scales them', () => {
    // Same seed, entries set to 20 a month from the origin: with and without the doubling population the
    // paths are the same (the factor is 1 from the day the level starts), so the fans are equal.
    const population = {
      years: [2024, 2025, 2026, 2027, 2028],
      byYear: Object.fromEntries(
        [100, 100, 100, 150, 200].map((n, i) => [2024 + i, new Array(18).fill(n)]),
      ) as Record<number, number[]>,
    };
    const scenario = {
      name: 'level',
      levers: [{ kind: 'entries-level' as const, perMonth: 20, from: origin + 1 }],
    };
    const settings = { origin, years: 2, paths: 100, seed: 5, entries: 'flat' as const, scenario };
    const withPopulation = forecastCouncil(known, { ...settings, population });
    expect(withPopulation.years).toEqual(forecastCouncil(known, settings).years);
  });
});
