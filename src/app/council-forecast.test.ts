import { describe, expect, it } from 'vitest';
import { censusDate, day } from '../dates/index.ts';
import { forecastCouncil, lookedAfterBy, REFERENCE_CHOICES } from '../forecast/index.ts';
import { generateCouncil, placesForCouncil, syntheticReturnData } from '../synth/index.ts';
import {
  compareScenarios,
  councilBacktest,
  councilBacktestInBackground,
  councilForecast,
  councilReference,
  councilReferenceInBackground,
  resolveRequest,
} from './council-forecast.ts';
import { forecastInputsFrom } from './forecast-inputs.ts';

// A small synthetic council: 80 children, four returns 2022/23 → 2025/26; few paths keep it quick.
const CODE = 'E06000016';
const council = generateCouncil(
  { councilCode: CODE, children: 80, years: 4, lastYear: 2026, seed: 5 },
  placesForCouncil(CODE),
);
const inputs = forecastInputsFrom(CODE, council.returns.map(syntheticReturnData));
const FAST = { years: 3, paths: 40, seed: 7, referencePaths: 8, workers: 0 };

describe('forecast inputs and request', () => {
  it("start from the latest 31 March and cover the first return's 1 April onwards", () => {
    expect(inputs.latestOrigin).toBe(censusDate(2026));
    expect(inputs.dataFrom).toBe(day(2022, 4, 1));
    const resolved = resolveRequest(inputs, {});
    expect(resolved).toEqual({
      status: 'ok',
      request: {
        origin: censusDate(2026),
        years: 5,
        paths: 1000,
        seed: 1,
        referencePaths: 60,
        strata: 'uasc',
      },
    });
  });

  it('refuses an origin outside the data, saying which days are allowed', () => {
    expect(resolveRequest(inputs, { origin: day(2027, 3, 31) })).toEqual({
      status: 'invalid-request',
      message:
        'from: 31/03/2027 is outside the data (expected a day from 31/03/2023 to 31/03/2026, usually a 31 March)',
    });
    const empty = forecastInputsFrom(CODE, []);
    expect(resolveRequest(empty, {}).status).toBe('no-data');
  });
});

describe('councilForecast', () => {
  it('uses the user reference when given, and equals forecastCouncil with the same seed', async () => {
    const result = await councilForecast(inputs, {
      ...FAST,
      reference: { referenceYears: 3, entries: 'flat' },
    });
    if (result.status !== 'ok') throw new Error(result.message);
    expect(result.reference.chosenBy).toBe('user');
    const direct = forecastCouncil(inputs.timelines, {
      origin: censusDate(2026),
      years: 3,
      paths: 40,
      seed: 7,
      dataFrom: day(2022, 4, 1),
      referenceYears: 3,
      entries: 'flat',
      scenario: null,
      // The bands are widened by the backtest's spread factor whoever chose the reference period.
      spreadFactor: result.reference.selection.spreadFactor,
      spreadFactors: result.reference.selection.spreadFactors,
    });
    expect(result.forecast.years).toEqual(direct.years);
    // Cached: the same inputs give the same object.
    const again = await councilForecast(inputs, {
      ...FAST,
      reference: { referenceYears: 3, entries: 'flat' },
    });
    expect(again.status === 'ok' && again.forecast).toBe(result.forecast);
  });

  it('runs the paths in a worker thread with progress, giving the same numbers as in this thread', async () => {
    const seen: string[] = [];
    const request = { ...FAST, seed: 8, reference: { referenceYears: 2, entries: 'flat' as const } };
    const threaded = await councilForecast(inputs, { ...request, workers: 1 }, (p) =>
      seen.push(`${p.phase} ${p.done}/${p.total}`),
    );
    const here = await councilForecast(inputs, request);
    if (threaded.status !== 'ok' || here.status !== 'ok') throw new Error('no forecast');
    expect(threaded.forecast.years).toEqual(here.forecast.years);
    expect(seen[0]).toBe('choosing the reference period 0/40');
    expect(seen).toContain('simulating 40/40');
    expect(seen.at(-1)).toBe('done 40/40');
  });

  it('takes the backtest choice by default, and a scenario reference over both', async () => {
    const chosen = await councilForecast(inputs, FAST);
    if (chosen.status !== 'ok') throw new Error(chosen.message);
    expect(chosen.reference.chosenBy).toBe('backtest');
    expect(chosen.reference.chosen).toEqual(chosen.reference.selection.chosen);
    // Every choice tried (years × flat/trend), each with its errors.
    expect(chosen.reference.selection.scores).toHaveLength(REFERENCE_CHOICES.length);
    const scenario = {
      name: 'Two years, trend',
      levers: [{ kind: 'reference-period' as const, referenceYears: 2, entries: 'trend' as const }],
    };
    const own = await councilForecast(inputs, {
      ...FAST,
      reference: { referenceYears: 4, entries: 'flat' },
      scenario,
    });
    if (own.status !== 'ok') throw new Error(own.message);
    expect(own.reference).toMatchObject({
      chosenBy: 'scenario',
      chosen: { referenceYears: 2, entries: 'trend' },
    });
  });

  it('gives the 31 March history as the forecast counts it, every year loaded', async () => {
    const result = await councilForecast(inputs, FAST);
    if (result.status !== 'ok') throw new Error(result.message);
    expect(result.history.map((h) => h.date)).toEqual([2023, 2024, 2025, 2026].map(censusDate));
    for (const point of result.history) {
      const counted = lookedAfterBy(inputs.timelines, point.date);
      expect({ total: point.total, ...point.byCategory }).toEqual(counted);
      const bands = Object.values(point.byBand).flatMap((row) => Object.values(row));
      expect(bands.reduce((a, b) => a + b, 0)).toBe(point.total);
    }
  });
});

describe('compareScenarios', () => {
  it('shares the seed: a scenario with no levers equals the baseline; extra residential entries raise residential', async () => {
    const compared = await compareScenarios(
      inputs,
      { ...FAST, reference: { referenceYears: 3, entries: 'flat' } },
      [
        { id: 1, scenario: { name: 'Nothing changes', levers: [] } },
        {
          id: 2,
          scenario: {
            name: 'Five more a month into residential',
            levers: [
              {
                kind: 'extra-entries',
                perMonth: 5,
                ageFrom: 12,
                ageTo: 15,
                category: 'residential',
                uasc: false,
                from: day(2026, 4, 1),
              },
            ],
          },
        },
      ],
    );
    if ('status' in compared) throw new Error(compared.message);
    const [same, more] = compared.scenarios;
    expect(same?.forecast.years).toEqual(compared.baseline.forecast.years);
    const [base, scenario] = [compared.baseline.forecast, more?.forecast].map((f) => f?.years[0]);
    // 5 a month is 60 entrants in the first year: residential rises, and no more than 60 children are added.
    const extra = (scenario?.byCategory.residential.mean ?? 0) - (base?.byCategory.residential.mean ?? 0);
    expect(extra).toBeGreaterThan(10);
    expect((scenario?.total.mean ?? 0) - (base?.total.mean ?? 0)).toBeLessThanOrEqual(60);
  });
});

describe('councilBacktest', () => {
  it('scores the total and each category at each horizon with data, from each origin', () => {
    const result = councilBacktest(
      inputs,
      { referenceYears: 2, entries: 'flat' },
      { paths: 20, horizons: [1, 2] },
    );
    // Origins 31/03/2024 and 31/03/2025 (two full years before, one after); +2 only from 2024.
    const origins = [...new Set(result.rows.map((r) => r.origin))];
    expect(origins).toEqual([censusDate(2024), censusDate(2025)]);
    expect(result.rows).toHaveLength((2 + 1) * 5);
    expect(result.scores.map((s) => `${s.horizon}:${s.key}:${s.n}`)).toEqual([
      '1:total:2',
      '1:fostering:2',
      '1:residential:2',
      '1:supported:2',
      '1:other:2',
      '2:total:1',
      '2:fostering:1',
      '2:residential:1',
      '2:supported:1',
      '2:other:1',
    ]);
    // "No change" carries the count at the origin forward: the truth then is what lookedAfterBy says.
    const row = result.rows.find(
      (r) => r.origin === censusDate(2024) && r.horizon === 1 && r.key === 'total',
    );
    expect(row?.truth).toBe(lookedAfterBy(inputs.timelines, censusDate(2025)).total);
  });
});

describe('in a background thread', () => {
  it('the reference choice and the backtest give the same numbers as in this thread', async () => {
    // A fresh inputs object, so nothing is cached yet.
    const fresh = forecastInputsFrom(CODE, council.returns.map(syntheticReturnData));
    const request = { origin: censusDate(2026), seed: 3, referencePaths: 6 };
    const background = await councilReferenceInBackground(fresh, request);
    expect(background).toEqual(councilReference(inputs, request));
    // Cached where the in-thread version looks: the same object back.
    expect(councilReference(fresh, request)).toBe(background);
    const choice = { referenceYears: 3, entries: 'flat' as const };
    const options = { paths: 10, horizons: [1] };
    expect(await councilBacktestInBackground(fresh, choice, options)).toEqual(
      councilBacktest(inputs, choice, options),
    );
  }, 60_000);
});
