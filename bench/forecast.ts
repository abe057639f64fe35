/**
 * Forecast speed and a first honest look at accuracy. Prints figures; asserts nothing.
 *
 *   npx tsx bench/forecast.ts [--children 1000] [--paths 1000] [--years 5] [--seed 3]
 *
 * 1. a synthetic council (children looked after at the first 31 March, 8 years of returns, 3 more of truth);
 * 2. seconds for one forecast of `paths` Monte Carlo paths × `years` years from the last 31 March;
 * 3. a rolling-origin backtest (every 31 March with 2+ earlier years; horizons 1–3) against "no change":
 *    seconds, relative MAE and 80% coverage for the total looked after.
 */
import { parseArgs } from 'node:util';
import {
  buildTimelines,
  type ChildTimeline,
  isLookedAfterOn,
  type TimelineOptions,
} from '../src/care/index.ts';
import { censusDate, collectionYearBounds, type EpochDay } from '../src/dates/index.ts';
import { backtest, backtestOrigins, forecastCouncil } from '../src/forecast/index.ts';
import { generateCouncil, placesForCouncil, syntheticReturnData } from '../src/synth/index.ts';

const { values } = parseArgs({
  options: {
    children: { type: 'string', default: '1000' },
    paths: { type: 'string', default: '1000' },
    years: { type: 'string', default: '5' },
    seed: { type: 'string', default: '3' },
  },
});
const COUNCIL = 'E06000016';
const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

const council = generateCouncil(
  {
    councilCode: COUNCIL,
    children: Number(values.children),
    years: 8,
    lastYear: 2026,
    seed: Number(values.seed),
    futureYears: 3,
  },
  placesForCouncil(COUNCIL),
);
const options: TimelineOptions = { councilCode: COUNCIL, locate: () => null, inArea: () => true };
const known = buildTimelines(council.returns.map(syntheticReturnData), options);
const origin = censusDate(2026);

let t = process.hrtime.bigint();
const forecast = forecastCouncil(known, {
  origin,
  years: Number(values.years),
  paths: Number(values.paths),
  seed: 1,
  entries: (process.env.ENTRIES ?? 'trend') as 'trend' | 'flat',
  referenceYears: Number(process.env.REF ?? 3),
});
console.log(
  `forecast  ${known.length.toLocaleString('en-GB')} children, ${values.paths} paths × ${values.years} years: ${seconds(t).toFixed(2)} s (target ≤ 5 s)`,
);
const year1 = forecast.years[0]?.total;
if (year1) console.log(`          total at +1 year: P10 ${year1.p10}, P50 ${year1.p50}, P90 ${year1.p90}`);

// Backtest on all returns and truth years together.
const all = [...council.returns, ...council.truth].map(syntheticReturnData);
const measure = (timelines: ChildTimeline[], on: EpochDay) => ({
  total: timelines.filter((c) => isLookedAfterOn(c, on)).length,
});
t = process.hrtime.bigint();
const result = backtest(all, {
  origins: backtestOrigins(all),
  horizons: [1, 2, 3],
  buildTimelines: (returns) => buildTimelines(returns, options),
  measure,
  forecaster: (timelines, at, horizons) => {
    const f = forecastCouncil(timelines, {
      origin: at,
      years: Math.max(...horizons),
      paths: Number(process.env.BT_PATHS ?? 300),
      seed: 1,
      dataFrom: collectionYearBounds(Math.min(...all.map((r) => r.collectionYear))).start,
      entries: (process.env.ENTRIES ?? 'trend') as 'trend' | 'flat',
      referenceYears: Number(process.env.REF ?? 3),
    });
    return Object.fromEntries(
      horizons.map((h) => [h, { total: f.years[h - 1]?.total ?? f.years[0]!.total }]),
    );
  },
});
console.log(
  `backtest  ${new Set(result.rows.map((r) => r.origin)).size} origins × horizons 1–3 (300 paths each): ${seconds(t).toFixed(1)} s`,
);
for (const s of result.scores) {
  console.log(
    `          +${s.horizon} year: n ${s.n}, relative MAE vs no change ${s.relativeMae?.toFixed(2) ?? '–'}, 80% coverage ${s.coverage80?.toFixed(2) ?? '–'}, bias ${s.bias?.toFixed(1) ?? '–'}`,
  );
}
