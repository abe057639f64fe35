/**
 * Forecast speed. Prints seconds; asserts nothing.
 *
 *   npx tsx bench/forecast.ts [--children 1000] [--paths 1000] [--years 5] [--workers 2]
 *                             [--national-councils 150] [--national-children 530] [--skip-national]
 *
 * 1. one council (`--children` looked after at the first 31 March, 6 years of returns): seconds for one
 *    forecast of `paths` Monte Carlo paths × `years` years, on one thread and over `--workers` threads;
 * 2. the full backtest of that council: the reference-period choice (every past 31 March × each choice) and
 *    a rolling-origin backtest of the chosen settings at horizons 1–3;
 * 3. the national-scale set (`--national-councils` councils of `--national-children`): seconds to forecast
 *    every council with `paths` × `years`, councils shared between `--workers` threads. Generating the
 *    councils and building their timelines is not timed (that is the import's and timelines' work).
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { buildTimelines, type ChildTimeline, type TimelineOptions } from '../src/care/index.ts';
import { allCouncils } from '../src/councils/index.ts';
import { censusDate } from '../src/dates/index.ts';
import {
  backtest,
  backtestOrigins,
  chooseReference,
  dataStart,
  forecastCouncil,
  forecastInWorkers,
  lookedAfterBy,
} from '../src/forecast/index.ts';
import { generateCouncil, placesForCouncil, syntheticReturnData } from '../src/synth/index.ts';

const { values } = parseArgs({
  options: {
    children: { type: 'string', default: '1000' },
    paths: { type: 'string', default: '1000' },
    years: { type: 'string', default: '5' },
    workers: { type: 'string', default: String(Math.min(2, availableParallelism())) },
    'national-councils': { type: 'string', default: '150' },
    'national-children': { type: 'string', default: '530' },
    'skip-national': { type: 'boolean', default: false },
  },
});
const PATHS = Number(values.paths);
const YEARS = Number(values.years);
const WORKERS = Number(values.workers);
const ORIGIN = censusDate(2026);
const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

function council(code: string, children: number, seed: number) {
  const generated = generateCouncil(
    { councilCode: code, children, years: 6, lastYear: 2026, seed, futureYears: 3 },
    placesForCouncil(code),
  );
  const options: TimelineOptions = { councilCode: code, locate: () => null, inArea: () => true };
  const build = (returns: Parameters<typeof buildTimelines>[0]) => buildTimelines(returns, options);
  const returns = generated.returns.map(syntheticReturnData);
  return { returns, truth: generated.truth.map(syntheticReturnData), build, timelines: build(returns) };
}

function settings(returns: ReturnType<typeof council>['returns']) {
  return {
    origin: ORIGIN,
    years: YEARS,
    paths: PATHS,
    seed: 1,
    entries: 'flat' as const,
    dataFrom: dataStart(returns),
  };
}

async function oneCouncil(): Promise<void> {
  const c = council('E06000016', Number(values.children), 3);
  let t = process.hrtime.bigint();
  const single = forecastCouncil(c.timelines, settings(c.returns));
  const oneThread = seconds(t);
  t = process.hrtime.bigint();
  await forecastInWorkers(c.timelines, settings(c.returns), { workers: WORKERS });
  const threads = seconds(t);
  const y1 = single.years[0]?.total;
  console.log(
    `one council: ${c.timelines.length.toLocaleString('en-GB')} children in the data, ` +
      `${y1 ? Math.round(y1.p50) : '?'} forecast looked after at +1 year`,
  );
  console.log(
    `  ${PATHS} paths × ${YEARS} years: ${oneThread.toFixed(2)} s on 1 thread, ${threads.toFixed(2)} s on ${WORKERS} worker threads (target ≤ 5 s)`,
  );

  t = process.hrtime.bigint();
  const selection = chooseReference(c.returns, c.build);
  const chooseSeconds = seconds(t);
  const all = [...c.returns, ...c.truth];
  t = process.hrtime.bigint();
  const result = backtest(all, {
    origins: backtestOrigins(all),
    horizons: [1, 2, 3],
    buildTimelines: c.build,
    measure: (timelines: ChildTimeline[], on) => lookedAfterBy(timelines, on),
    forecaster: (timelines, at, horizons) => {
      const f = forecastCouncil(timelines, {
        ...settings(c.returns),
        origin: at,
        years: Math.max(...horizons),
        paths: 300,
        ...selection.chosen,
        spreadFactor: selection.spreadFactor,
      });
      return Object.fromEntries(
        horizons.map((h) => {
          const year = f.years[h - 1];
          return [h, year ? { total: year.total, ...year.byCategory } : {}];
        }),
      );
    },
  });
  const backtestSeconds = seconds(t);
  console.log(
    `  full backtest: reference choice (${selection.origins.length} origins × 3 choices) ${chooseSeconds.toFixed(1)} s ` +
      `(chose ${selection.chosen.referenceYears} years ${selection.chosen.entries}, bands ×${selection.spreadFactor.toFixed(2)}); ` +
      `rolling origin ${new Set(result.rows.map((r) => r.origin)).size} origins × horizons 1–3, 300 paths: ${backtestSeconds.toFixed(1)} s`,
  );
  for (const s of result.scores.filter((x) => x.key === 'total')) {
    console.log(
      `    total +${s.horizon}: relative MAE vs no change ${s.relativeMae?.toFixed(2)}, 80% coverage ${s.coverage80?.toFixed(2)}, bias ${s.bias?.toFixed(1)} (n ${s.n})`,
    );
  }
}

/** Worker side of the national run: generate a council (untimed), forecast it (timed). */
function nationalWorker(): void {
  parentPort?.on('message', (job: { code: string; seed: number } | null) => {
    if (job === null) process.exit(0);
    const c = council(job.code, Number(values['national-children']), job.seed);
    const t = process.hrtime.bigint();
    forecastCouncil(c.timelines, settings(c.returns));
    parentPort?.postMessage({ seconds: seconds(t), children: c.timelines.length });
  });
}

async function national(): Promise<void> {
  const codes = allCouncils()
    .slice(0, Number(values['national-councils']))
    .map((c) => c.code);
  const busy = new Array<number>(WORKERS).fill(0);
  let next = 0;
  let children = 0;
  await Promise.all(
    busy.map(
      (_, w) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL('./tsx-worker.mjs', import.meta.url), {
            workerData: { module: import.meta.url, role: 'national' },
            argv: process.argv.slice(2),
          });
          const feed = () => {
            if (next >= codes.length) {
              worker.postMessage(null);
              resolve();
              return;
            }
            const i = next++;
            worker.postMessage({ code: codes[i], seed: 100 + i });
          };
          worker.on('message', (m: { seconds: number; children: number }) => {
            busy[w] = (busy[w] as number) + m.seconds;
            children += m.children;
            process.stderr.write(`\r  ${next}/${codes.length} councils`);
            feed();
          });
          worker.on('error', reject);
          feed();
        }),
    ),
  );
  process.stderr.write('\n');
  console.log(
    `national scale: ${codes.length} councils, ${children.toLocaleString('en-GB')} children in the data, ${PATHS} paths × ${YEARS} years each: ` +
      `${Math.max(...busy).toFixed(1)} s forecasting on ${WORKERS} threads (the busier thread's total; generation not timed; target ≤ 120 s)`,
  );
}

if (isMainThread) {
  await oneCouncil();
  if (!values['skip-national']) await national();
} else if ((workerData as { role?: string } | null)?.role === 'national') nationalWorker();
