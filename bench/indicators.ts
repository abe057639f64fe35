/**
 * Indicator benchmark. Prints figures; asserts nothing.
 *
 *   npx tsx bench/indicators.ts [--councils 150] [--children 530] [--years 10] [--skip-national]
 *
 * 1. one council of 1,000 children over 5 years (target ≤ 1 s): every indicator for every year
 * 2. the national-scale set of bench/import.ts (150 councils × 530 children × 10 years, the same seeds),
 *    generated in memory one council at a time (target ≤ 15 s for all councils, all years)
 * Only computing the indicators is timed: generating the returns and building timelines are not (the app
 * caches timelines per council, so indicators are what a page or a CLI run waits for).
 */
import { parseArgs } from 'node:util';
import { buildTimelines } from '../src/care/index.ts';
import type { ChildTimeline, ReturnData } from '../src/care/timeline-types.ts';
import { allCouncils, isInCouncilArea } from '../src/councils/index.ts';
import { censusDate } from '../src/dates/index.ts';
import { loadPostcodeDirectory } from '../src/geo/index.ts';
import { computeTrend, INDICATOR_FAMILIES } from '../src/indicators/index.ts';
import type { ChildHeader, Episode, MissingSpell, UascRecord } from '../src/ssda903/records.ts';
import { generateCouncil, placesForCouncil, type SyntheticCouncil } from '../src/synth/index.ts';

const { values } = parseArgs({
  options: {
    councils: { type: 'string', default: '150' },
    children: { type: 'string', default: '530' },
    years: { type: 'string', default: '10' },
    'skip-national': { type: 'boolean', default: false },
  },
});
const COUNCILS = Number(values.councils);
const CHILDREN = Number(values.children);
const YEARS = Number(values.years);
const LAST_YEAR = 2026;

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const postcodes = loadPostcodeDirectory();

/** A synthetic council's returns as timelines read them (the generator's records carry domain field names). */
function returnData(council: SyntheticCouncil): ReturnData[] {
  return council.returns.map((r) => ({
    collectionYear: r.collectionYear,
    kind: 'return' as const,
    observedUntil: censusDate(r.collectionYear),
    headers: (r.tables.Header ?? []) as unknown as ChildHeader[],
    episodes: (r.tables.Episodes ?? []) as unknown as Episode[],
    uasc: (r.tables.UASC ?? []) as unknown as UascRecord[],
    missing: (r.tables.Missing ?? []) as unknown as MissingSpell[],
  }));
}

function councilTimelines(code: string, children: number, years: number, seed: number): ChildTimeline[] {
  const synthetic = generateCouncil(
    { councilCode: code, children, years, lastYear: LAST_YEAR, seed, growth: 0 },
    placesForCouncil(code),
  );
  return buildTimelines(returnData(synthetic), {
    councilCode: code,
    locate: (postcode) => postcodes.locate(postcode),
    inArea: (district) => isInCouncilArea(district, code),
  });
}

/** Every indicator for every year; returns seconds and how many indicators and cells came out. */
function timeAllYears(code: string, timelines: readonly ChildTimeline[], years: number) {
  const list = Array.from({ length: years }, (_, i) => LAST_YEAR - years + 1 + i);
  const t = process.hrtime.bigint();
  const result = computeTrend(timelines, list, { councilCode: code, population0to17: () => 80_000 });
  const took = seconds(t);
  const indicators = result.reduce((n, y) => n + y.indicators.length, 0);
  const cells = result.reduce((n, y) => n + y.indicators.reduce((m, i) => m + i.cells.length, 0), 0);
  return { took, indicators, cells };
}

console.log(`${INDICATOR_FAMILIES.length} indicator families`);

// 1. One council, 1,000 children, 5 years. A first run warms the JIT as the server's first request would not;
// both are printed.
const one = councilTimelines('E06000016', 1000, 5, 11);
const cold = timeAllYears('E06000016', one, 5);
const warm = timeAllYears('E06000016', one, 5);
console.log(
  `one council  ${one.length.toLocaleString('en-GB')} children, 5 years: ${cold.indicators} indicators, ` +
    `${cold.cells.toLocaleString('en-GB')} cells in ${cold.took.toFixed(2)} s (first run), ${warm.took.toFixed(2)} s (again) — target ≤ 1 s`,
);

// 2. National scale, one council at a time so memory stays that of one council.
if (!values['skip-national']) {
  const councils = allCouncils().slice(0, COUNCILS);
  let total = 0;
  let children = 0;
  let indicators = 0;
  let cells = 0;
  let slowest = { code: '', took: 0 };
  for (const [i, council] of councils.entries()) {
    const timelines = councilTimelines(council.code, CHILDREN, YEARS, 1000 + i);
    const r = timeAllYears(council.code, timelines, YEARS);
    total += r.took;
    children += timelines.length;
    indicators += r.indicators;
    cells += r.cells;
    if (r.took > slowest.took) slowest = { code: council.code, took: r.took };
    if ((i + 1) % 25 === 0)
      process.stdout.write(`  ${i + 1}/${councils.length} councils, ${total.toFixed(1)} s so far\n`);
  }
  console.log(
    `national     ${councils.length} councils × ${YEARS} years, ${children.toLocaleString('en-GB')} children: ` +
      `${indicators.toLocaleString('en-GB')} indicators, ${cells.toLocaleString('en-GB')} cells in ${total.toFixed(1)} s ` +
      `(slowest council ${slowest.code} ${slowest.took.toFixed(2)} s) — target ≤ 15 s`,
  );
}
console.log(`peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
