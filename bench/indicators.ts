/**
 * Indicator benchmark. Prints figures; asserts nothing.
 *
 *   npx tsx bench/indicators.ts [--councils 150] [--children 530] [--years 10] [--skip-national]
 *                               [--threads both|1|2] [--batch 5]
 *
 * 1. one council of 1,000 children over 5 years (target ≤ 1 s): every indicator for every year
 * 2. the national-scale set of bench/import.ts (150 councils × 530 children × 10 years, the same seeds),
 *    generated in memory one council at a time (target ≤ 15 s for all councils, all years):
 *    - on this thread, one council after another;
 *    - on two worker threads (both cores): in rounds, each worker builds 5 councils' timelines (untimed),
 *      then both compute theirs at once; the figure is the wall-clock time of the compute phases, from
 *      starting both to both finishing.
 * Only computing the indicators is timed: generating the returns and building timelines are not (the app
 * caches timelines per council, so indicators are what a page or a CLI run waits for).
 */

import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { buildTimelines } from '../src/care/index.ts';
import type { ChildTimeline, ReturnData } from '../src/care/timeline-types.ts';
import { allCouncils, isInCouncilArea } from '../src/councils/index.ts';
import { loadPostcodeDirectory } from '../src/geo/index.ts';
import { computeTrend, INDICATOR_FAMILIES } from '../src/indicators/index.ts';
import {
  generateCouncil,
  placesForCouncil,
  type SyntheticCouncil,
  syntheticReturnData,
} from '../src/synth/index.ts';

const { values } = parseArgs({
  args: isMainThread ? process.argv.slice(2) : [],
  options: {
    councils: { type: 'string', default: '150' },
    children: { type: 'string', default: '530' },
    years: { type: 'string', default: '10' },
    'skip-national': { type: 'boolean', default: false },
    threads: { type: 'string', default: 'both' },
    batch: { type: 'string', default: '5' },
  },
});
const COUNCILS = Number(values.councils);
const CHILDREN = Number(values.children);
const YEARS = Number(values.years);
/** Councils each worker builds, then computes, per round. */
const BATCH = Number(values.batch);
const LAST_YEAR = 2026;

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
/** Loaded on first use: a worker thread loads its own. */
let postcodes: ReturnType<typeof loadPostcodeDirectory> | null = null;
function directory(): ReturnType<typeof loadPostcodeDirectory> {
  if (!postcodes) postcodes = loadPostcodeDirectory();
  return postcodes;
}

/** A synthetic council's returns as timelines read them (the generator's records carry domain field names). */
function returnData(council: SyntheticCouncil): ReturnData[] {
  return council.returns.map(syntheticReturnData);
}

function councilTimelines(code: string, children: number, years: number, seed: number): ChildTimeline[] {
  const synthetic = generateCouncil(
    { councilCode: code, children, years, lastYear: LAST_YEAR, seed, growth: 0 },
    placesForCouncil(code),
  );
  return buildTimelines(returnData(synthetic), {
    councilCode: code,
    locate: (postcode) => directory().locate(postcode),
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

/** What one council's run gives back (from this thread or a worker). */
interface CouncilRun {
  code: string;
  took: number;
  children: number;
  indicators: number;
  cells: number;
}

function runCouncil(code: string, timelines: readonly ChildTimeline[]): CouncilRun {
  const r = timeAllYears(code, timelines, YEARS);
  return { code, took: r.took, children: timelines.length, indicators: r.indicators, cells: r.cells };
}

/** Worker side: build a council's timelines when asked, compute when told (so the two compute together). */
function serveAsWorker(port: NonNullable<typeof parentPort>): void {
  let held: { code: string; timelines: ChildTimeline[] }[] = [];
  type Message = { kind: 'build'; councils: { index: number; code: string }[] } | { kind: 'compute' };
  port.on('message', (message: Message) => {
    if (message.kind === 'build') {
      held = message.councils.map(({ index, code }) => ({
        code,
        timelines: councilTimelines(code, CHILDREN, YEARS, 1000 + index),
      }));
      port.postMessage({ kind: 'built' });
    } else {
      port.postMessage({ kind: 'computed', runs: held.map((c) => runCouncil(c.code, c.timelines)) });
      held = [];
    }
  });
}

function summary(label: string, runs: readonly CouncilRun[], took: number, note: string): string {
  const children = runs.reduce((n, r) => n + r.children, 0);
  const indicators = runs.reduce((n, r) => n + r.indicators, 0);
  const cells = runs.reduce((n, r) => n + r.cells, 0);
  const slowest = runs.reduce((a, b) => (b.took > a.took ? b : a), runs[0] as CouncilRun);
  return (
    `${label} ${runs.length} councils × ${YEARS} years, ${children.toLocaleString('en-GB')} children: ` +
    `${indicators.toLocaleString('en-GB')} indicators, ${cells.toLocaleString('en-GB')} cells in ${took.toFixed(1)} s ` +
    `(slowest council ${slowest.code} ${slowest.took.toFixed(2)} s${note}) — target ≤ 15 s`
  );
}

/** National scale on this thread, one council at a time so memory stays that of one council. */
function nationalOneThread(councils: readonly { code: string }[]): void {
  const runs: CouncilRun[] = [];
  let total = 0;
  for (const [i, council] of councils.entries()) {
    const run = runCouncil(council.code, councilTimelines(council.code, CHILDREN, YEARS, 1000 + i));
    runs.push(run);
    total += run.took;
    if ((i + 1) % 25 === 0)
      process.stdout.write(`  ${i + 1}/${councils.length} councils, ${total.toFixed(1)} s so far\n`);
  }
  console.log(summary('national, 1 thread  ', runs, total, ''));
}

/** A worker thread running this file (TypeScript loaded by tsx, see tsx-worker.mjs). */
function startWorker(): { worker: Worker; next: () => Promise<{ kind: string; runs?: CouncilRun[] }> } {
  const worker = new Worker(new URL('./tsx-worker.mjs', import.meta.url), {
    workerData: { module: import.meta.url },
    argv: process.argv.slice(2),
  });
  const waiting: ((m: { kind: string; runs?: CouncilRun[] }) => void)[] = [];
  worker.on('message', (m) => waiting.shift()?.(m));
  worker.on('error', (e) => {
    console.error(e);
    process.exit(1);
  });
  return { worker, next: () => new Promise((resolve) => waiting.push(resolve)) };
}

/**
 * National scale on two worker threads, in rounds: each worker builds BATCH councils' timelines (untimed),
 * then both compute theirs at once, timed by the wall clock from starting both to both finishing. Several
 * councils a round even out the two workers' loads (a round lasts as long as its slower worker).
 */
async function nationalTwoWorkers(councils: readonly { code: string }[]): Promise<void> {
  const workers = [startWorker(), startWorker()];
  const runs: CouncilRun[] = [];
  let wall = 0;
  const perRound = workers.length * BATCH;
  for (let first = 0; first < councils.length; first += perRound) {
    const indexes = Array.from({ length: Math.min(perRound, councils.length - first) }, (_, k) => first + k);
    const built = workers.map((w) => w.next());
    workers.forEach((w, k) => {
      const mine = indexes.filter((i) => i % workers.length === k);
      w.worker.postMessage({
        kind: 'build',
        councils: mine.map((index) => ({ index, code: (councils[index] as { code: string }).code })),
      });
    });
    await Promise.all(built);
    const computed = workers.map((w) => w.next());
    const t = process.hrtime.bigint();
    for (const w of workers) w.worker.postMessage({ kind: 'compute' });
    const done = await Promise.all(computed);
    wall += seconds(t);
    for (const m of done) runs.push(...(m.runs ?? []));
    process.stdout.write(`  ${runs.length}/${councils.length} councils, ${wall.toFixed(1)} s so far\n`);
  }
  await Promise.all(workers.map((w) => w.worker.terminate()));
  const busy = runs.reduce((n, r) => n + r.took, 0);
  console.log(summary('national, 2 workers ', runs, wall, `; ${busy.toFixed(1)} s of compute across both`));
}

if (!isMainThread && parentPort) {
  serveAsWorker(parentPort);
} else {
  console.log(`${INDICATOR_FAMILIES.length} indicator families`);

  // 1. One council, 1,000 children, 5 years. A first run warms the JIT as the server's first request would
  // not; both are printed.
  const one = councilTimelines('E06000016', 1000, 5, 11);
  const cold = timeAllYears('E06000016', one, 5);
  const warm = timeAllYears('E06000016', one, 5);
  console.log(
    `one council  ${one.length.toLocaleString('en-GB')} children, 5 years: ${cold.indicators} indicators, ` +
      `${cold.cells.toLocaleString('en-GB')} cells in ${cold.took.toFixed(2)} s (first run), ${warm.took.toFixed(2)} s (again) — target ≤ 1 s`,
  );

  // 2. National scale: on this thread, then on two workers (--threads 1 or 2 for only one of them).
  if (!values['skip-national']) {
    const councils = allCouncils().slice(0, COUNCILS);
    if (values.threads !== '2') nationalOneThread(councils);
    if (values.threads !== '1') await nationalTwoWorkers(councils);
  }
  console.log(
    `peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (this thread and its workers)`,
  );
}
