/**
 * Forecast validation on seeded synthetic councils with a known future: half stable, half growing 4% a year.
 * For each council the forecast starts at the last return's 31 March, with the reference period chosen by a
 * backtest on the returns alone; the generator's truth years say what happened. Prints a markdown report
 * (relative MAE against "no change", bias, 80% and 90% interval coverage) for the total and each category;
 * `--write` puts it in docs/forecast-validation.md (between the markers). Not part of `npm test`.
 *
 * Relative MAE and coverage carry 90% intervals from resampling the councils (2,000 bootstrap draws): with 40
 * councils, one category's relative MAE moved by 0.2 between seed sets, so a figure without its own doubt misleads.
 *
 *   npx tsx bench/forecast-validation.ts [--councils 120] [--paths 500] [--seed 1] [--workers 2] [--write]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { buildTimelines, type TimelineOptions } from '../src/care/index.ts';
import { addYears, censusDate } from '../src/dates/index.ts';
import {
  chooseReference,
  dataStart,
  forecastCouncil,
  lookedAfterBy,
  MODEL_CATEGORIES,
  pathRandom,
} from '../src/forecast/index.ts';
import { generateCouncil, placesForCouncil, syntheticReturnData } from '../src/synth/index.ts';

const { values } = parseArgs({
  options: {
    councils: { type: 'string', default: '120' },
    paths: { type: 'string', default: '500' },
    seed: { type: 'string', default: '1' },
    workers: { type: 'string', default: '2' },
    write: { type: 'boolean', default: false },
  },
});

/** One council of the validation set. */
interface CouncilSpec {
  index: number;
  code: string;
  children: number;
  growth: number;
  seed: number;
}

/** One scored forecast. */
interface Row {
  council: number;
  growth: number;
  key: string;
  horizon: number;
  atOrigin: number;
  truth: number;
  p5: number;
  p10: number;
  p50: number;
  p90: number;
  p95: number;
}

interface CouncilResult {
  rows: Row[];
  chosen: string;
  seconds: number;
}

// Councils of different sizes across England; the generator draws their places from the council's own.
const CODES = [
  'E06000016',
  'E08000025',
  'E10000007',
  'E09000033',
  'E06000023',
  'E08000035',
  'E10000012',
  'E06000001',
];
const SIZES = [250, 400, 600, 900, 1300];
const YEARS = 6;
const LAST_YEAR = 2026;
const HORIZONS = [1, 2, 3];

function specs(count: number, seed: number): CouncilSpec[] {
  return Array.from({ length: count }, (_, index) => ({
    index,
    code: CODES[index % CODES.length] as string,
    children: SIZES[index % SIZES.length] as number,
    growth: index % 2 === 0 ? 0 : 0.04,
    seed: seed * 1000 + index,
  }));
}

function runCouncil(spec: CouncilSpec, paths: number): CouncilResult {
  const started = process.hrtime.bigint();
  const council = generateCouncil(
    {
      councilCode: spec.code,
      children: spec.children,
      years: YEARS,
      lastYear: LAST_YEAR,
      seed: spec.seed,
      growth: spec.growth,
      futureYears: HORIZONS.length,
    },
    placesForCouncil(spec.code),
  );
  const options: TimelineOptions = { councilCode: spec.code, locate: () => null, inArea: () => true };
  const build = (returns: Parameters<typeof buildTimelines>[0]) => buildTimelines(returns, options);
  const returns = council.returns.map(syntheticReturnData);
  const full = build([...returns, ...council.truth.map(syntheticReturnData)]);
  const known = build(returns);
  const origin = censusDate(LAST_YEAR);
  const selection = chooseReference(returns, build, { seed: spec.seed });
  const forecast = forecastCouncil(known, {
    origin,
    years: HORIZONS.length,
    paths,
    seed: spec.seed,
    dataFrom: dataStart(returns),
    ...selection.chosen,
    spreadFactor: selection.spreadFactor,
    spreadFactors: selection.spreadFactors,
  });
  const atOrigin = lookedAfterBy(known, origin);
  const rows: Row[] = [];
  for (const horizon of HORIZONS) {
    const truth = lookedAfterBy(full, addYears(origin, horizon));
    const year = forecast.years[horizon - 1];
    if (!year) continue;
    for (const key of ['total', ...MODEL_CATEGORIES] as const) {
      const fan = key === 'total' ? year.total : year.byCategory[key];
      rows.push({
        council: spec.index,
        growth: spec.growth,
        key,
        horizon,
        atOrigin: atOrigin[key],
        truth: truth[key],
        p5: fan.p5,
        p10: fan.p10,
        p50: fan.p50,
        p90: fan.p90,
        p95: fan.p95,
      });
    }
  }
  const chosen = `${selection.chosen.referenceYears} years, ${selection.chosen.entries}; bands ×${selection.spreadFactors.total.toFixed(2)} (total)`;
  return { rows, chosen, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

function serveAsWorker(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (message: { spec: CouncilSpec; paths: number } | null) => {
    if (message === null) process.exit(0);
    port.postMessage(runCouncil(message.spec, message.paths));
  });
}

async function runAll(all: CouncilSpec[], paths: number, workers: number): Promise<CouncilResult[]> {
  const results: CouncilResult[] = new Array(all.length);
  let next = 0;
  let done = 0;
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./tsx-worker.mjs', import.meta.url), {
        workerData: { module: import.meta.url, role: 'worker' },
      });
      let current = -1;
      const feed = () => {
        if (next >= all.length) {
          worker.postMessage(null);
          resolve();
          return;
        }
        current = next++;
        worker.postMessage({ spec: all[current], paths });
      };
      worker.on('message', (result: CouncilResult) => {
        results[current] = result;
        done += 1;
        process.stderr.write(`\r${done}/${all.length} councils`);
        feed();
      });
      worker.on('error', reject);
      feed();
    });
  await Promise.all(Array.from({ length: workers }, one));
  process.stderr.write('\n');
  return results;
}

/** Σ|forecast − truth| ÷ Σ|no change − truth|; below 1 beats carrying the origin's count forward. */
function score(rows: readonly Row[]) {
  const sum = (f: (r: Row) => number) => rows.reduce((s, r) => s + f(r), 0);
  const n = rows.length;
  const maeModel = sum((r) => Math.abs(r.p50 - r.truth)) / n;
  const maeNoChange = sum((r) => Math.abs(r.atOrigin - r.truth)) / n;
  return {
    n,
    maeModel,
    maeNoChange,
    relative: maeNoChange > 0 ? maeModel / maeNoChange : Number.NaN,
    bias: sum((r) => r.p50 - r.truth) / n,
    coverage80: sum((r) => (r.truth >= r.p10 && r.truth <= r.p90 ? 1 : 0)) / n,
    coverage90: sum((r) => (r.truth >= r.p5 && r.truth <= r.p95 ? 1 : 0)) / n,
  };
}

const BOOTSTRAP_DRAWS = 2000;

/**
 * 90% intervals of the relative MAE and the 80% coverage from resampling the scored councils with replacement
 * (each council gives one row per series and horizon): how far the figures could move on another set of
 * councils like these.
 */
function bootstrap(
  rows: readonly Row[],
  seed: number,
): { relative: [number, number]; coverage80: [number, number] } {
  const random = pathRandom(seed, 0);
  const relative: number[] = [];
  const coverage: number[] = [];
  for (let draw = 0; draw < BOOTSTRAP_DRAWS; draw++) {
    const sample = Array.from(
      { length: rows.length },
      () => rows[Math.floor(random.uniform() * rows.length)] as Row,
    );
    const s = score(sample);
    if (Number.isFinite(s.relative)) relative.push(s.relative);
    coverage.push(s.coverage80);
  }
  const interval = (values: number[]): [number, number] => {
    const sorted = values.sort((a, b) => a - b);
    const at = (q: number) =>
      sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
    return [at(0.05), at(0.95)];
  };
  return { relative: interval(relative), coverage80: interval(coverage) };
}

function report(all: CouncilSpec[], results: CouncilResult[], paths: number, seconds: number): string {
  const rows = results.flatMap((r) => r.rows);
  const lines: string[] = [];
  lines.push(
    `${all.length} synthetic councils (${all.filter((s) => s.growth === 0).length} stable, ` +
      `${all.filter((s) => s.growth > 0).length} growing 4% a year; ${SIZES.join('/')} children looked after at ` +
      `the first 31 March), ${YEARS} years of returns to 31 March ${LAST_YEAR}, forecasts from that date with ` +
      `${paths} paths, scored against the generator's next ${HORIZONS.length} years. Categories are scored for ` +
      'councils with at least 30 children in them at the origin. Run time ' +
      `${seconds.toFixed(0)} s on this machine.`,
  );
  lines.push('');
  const fmt = (x: number, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '–');
  for (const [label, filter] of [
    ['All councils', () => true],
    ['Stable councils', (r: Row) => r.growth === 0],
    ['Growing councils (4% a year)', (r: Row) => r.growth > 0],
  ] as const) {
    lines.push(`**${label}**`, '');
    lines.push(
      '| series | horizon | n | MAE | MAE no change | relative MAE | (90% interval) | bias | 80% coverage | (90% interval) | 90% coverage |',
    );
    lines.push('|---|---|---|---|---|---|---|---|---|---|---|');
    for (const key of ['total', ...MODEL_CATEGORIES]) {
      for (const horizon of HORIZONS) {
        const picked = rows.filter(
          (r) => r.key === key && r.horizon === horizon && filter(r) && (key === 'total' || r.atOrigin >= 30),
        );
        if (picked.length === 0) continue;
        const s = score(picked);
        const ci = bootstrap(picked, horizon);
        const range = ([a, b]: [number, number]) => `${fmt(a)}–${fmt(b)}`;
        lines.push(
          `| ${key} | +${horizon} | ${s.n} | ${fmt(s.maeModel, 1)} | ${fmt(s.maeNoChange, 1)} | ${fmt(s.relative)} | ` +
            `${range(ci.relative)} | ${fmt(s.bias, 1)} | ${fmt(s.coverage80)} | ${range(ci.coverage80)} | ${fmt(s.coverage90)} |`,
        );
      }
    }
    lines.push('');
  }
  const tally = new Map<string, number>();
  for (const r of results) {
    const choice = r.chosen.split(';')[0] as string;
    tally.set(choice, (tally.get(choice) ?? 0) + 1);
  }
  lines.push(
    `Reference periods chosen by the backtest: ${[...tally]
      .sort((a, b) => b[1] - a[1])
      .map(([choice, n]) => `${choice} (${n})`)
      .join(', ')}.`,
    '',
    '<details><summary>Per council: reference period, band factor, seconds</summary>',
    '',
  );
  lines.push('| council | code | children | growth | chosen | seconds |', '|---|---|---|---|---|---|');
  for (const spec of all) {
    const r = results[spec.index] as CouncilResult;
    lines.push(
      `| ${spec.index + 1} | ${spec.code} | ${spec.children} | ${spec.growth * 100}% | ${r.chosen} | ${r.seconds.toFixed(1)} |`,
    );
  }
  lines.push('', '</details>');
  return lines.join('\n');
}

const START = '<!-- validation:start -->';
const END = '<!-- validation:end -->';

async function main(): Promise<void> {
  const all = specs(Number(values.councils), Number(values.seed));
  const paths = Number(values.paths);
  const started = process.hrtime.bigint();
  const results = await runAll(all, paths, Number(values.workers));
  const text = report(all, results, paths, Number(process.hrtime.bigint() - started) / 1e9);
  console.log(text);
  if (values.write) {
    const file = new URL('../docs/forecast-validation.md', import.meta.url);
    const doc = readFileSync(file, 'utf8');
    const a = doc.indexOf(START);
    const b = doc.indexOf(END);
    if (a < 0 || b < a) throw new Error(`docs/forecast-validation.md: add the markers ${START} and ${END}`);
    writeFileSync(file, `${doc.slice(0, a + START.length)}\n${text}\n${doc.slice(b)}`);
  }
}

if (isMainThread) await main();
else if ((workerData as { role?: string } | null)?.role === 'worker') serveAsWorker();
