import { day } from '../dates/index.ts';
import type { AggregateIndicator, ForecastSummary, StatementInput } from './statement-input.ts';

/**
 * A small council worked out by hand (tests only): 23 children looked after at 31 March 2026 (18 a year
 * before) — 3 girls and 20 boys, 3 UASC and 20 not — in an area of 5,000 children (23 / 5,000 × 10,000 =
 * 46 per 10,000); 12 started in the year. The 3s must print as `c`, and the 20s with them, since
 * 23 − 20 would give the 3 back.
 */
export function smallCouncilInput(): StatementInput {
  return {
    council: { code: 'E06000016', name: 'Leicester' },
    editionDate: day(2026, 11, 23),
    narratives: {
      introduction:
        'Our vision: every child in a **loving home**.\n\n- close to home\n- with brothers and sisters',
    },
    years: [
      { collectionYear: 2025, indicators: [headline('population.looked-after-at-31-march', 18, 2025)] },
      {
        collectionYear: 2026,
        population0to17: 5000,
        indicators: [
          headline('population.looked-after-at-31-march', 23, 2026),
          headline('population.started-in-year', 12, 2026),
          {
            ...headline('population.rate-per-10000', 46, 2026),
            unit: 'rate-per-10000',
            cells: [{ key: {}, value: 46, numerator: 23, denominator: 5000 }],
          },
          byOne('profile.sex-at-31-march', 'sex', { F: 3, M: 20 }, { F: 'Female', M: 'Male' }),
          byOne(
            'uasc.looked-after-at-31-march',
            'uasc',
            { uasc: 3, 'not-uasc': 20 },
            { uasc: 'UASC', 'not-uasc': 'Not UASC' },
          ),
        ],
      },
    ],
    forecast: { status: 'unavailable', reason: 'too few children to estimate rates' },
  };
}

function headline(id: string, value: number, collectionYear: number): AggregateIndicator {
  return {
    id,
    theme: 'population',
    title: id,
    definition: `Definition of ${id}.`,
    unit: 'children',
    collectionYear,
    dimensions: [],
    cells: [{ key: {}, value }],
  };
}

function byOne(
  id: string,
  dimension: string,
  values: Record<string, number>,
  labels: Record<string, string>,
): AggregateIndicator {
  const cells = Object.entries(values).map(([k, value]) => ({ key: { [dimension]: k }, value }));
  const total = Object.values(values).reduce((a, b) => a + b, 0);
  return {
    ...headline(id, total, 2026),
    dimensions: [dimension],
    labels: { [dimension]: labels },
    cells: [...cells, { key: {}, value: total }],
  };
}

const fan = (p50: number) => ({
  p5: Math.max(0, p50 - 2),
  p10: Math.max(0, p50 - 1),
  p50,
  p90: p50 + 1,
  p95: p50 + 2,
  mean: p50,
});

/**
 * A one-year forecast by hand: 14 fostering (13 to 15), 3 residential — a small modelled count, shown as
 * c like any count of 1 to 5 — 8 supported, 0 other, 25 in all (24 to 26).
 */
export const SMALL_FORECAST: ForecastSummary = {
  origin: day(2026, 3, 31),
  years: [
    {
      year: 1,
      date: day(2027, 3, 31),
      byCategory: { fostering: fan(14), residential: fan(3), supported: fan(8), other: fan(0) },
      total: fan(25),
    },
  ],
  assumptions: ['Entries continue at the reference period’s rate.'],
};
