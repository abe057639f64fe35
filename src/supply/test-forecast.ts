/** A hand-made demand forecast for the supply tests (tests only). */
import { addYears, type EpochDay } from '../dates/index.ts';
import type { CountFan, ModelCategory } from '../forecast/index.ts';
import type { NeedForecast } from './need-forecast.ts';

type Need = number | { p10: number; p50: number; p90: number };

function fan(need: Need | undefined): CountFan {
  const n = need ?? 0;
  const { p10, p50, p90 } = typeof n === 'number' ? { p10: n, p50: n, p90: n } : n;
  return { p5: p10, p10, p50, p90, p95: p90, mean: p50 };
}

/** A forecast with the given need per year (a number: P10 = P50 = P90). */
export function forecastOf(origin: EpochDay, years: Partial<Record<ModelCategory, Need>>[]): NeedForecast {
  return {
    origin,
    assumptions: ['hand-made for a test'],
    years: years.map((need, i) => {
      const byCategory = {
        fostering: fan(need.fostering),
        residential: fan(need.residential),
        supported: fan(need.supported),
        other: fan(need.other),
      };
      const total = fan(Object.values(byCategory).reduce((s, f) => s + f.p50, 0));
      return { year: i + 1, date: addYears(origin, i + 1), byCategory, total };
    }),
  };
}
