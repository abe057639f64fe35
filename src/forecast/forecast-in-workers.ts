import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ChildTimeline } from '../care/index.ts';
import {
  type CouncilForecast,
  type ForecastOptions,
  finishForecast,
  fitForecastModel,
  withScenarioReference,
} from './forecast-council.ts';
import type { WorkerMessage, WorkerTask } from './forecast-worker.ts';
import { monthEndsAfter } from './month-ends.ts';
import type { PathStock } from './projection.ts';

export interface WorkerRun {
  /** Worker threads (default: the machine's parallelism, at most 4). 1 still runs off the main thread. */
  workers?: number;
  /** Paths simulated so far, of the total. */
  onProgress?: (done: number, total: number) => void;
}

const ENTRY = new URL('./forecast-worker-entry.mjs', import.meta.url);

/**
 * `forecastCouncil` with the Monte Carlo paths split over worker threads. The model is fitted here; each
 * worker simulates a contiguous slice of paths with the same per-path streams, so the result is identical
 * to the single-threaded one whatever the number of workers. Frees the main thread (the web server) while
 * it runs.
 */
export async function forecastInWorkers(
  timelines: readonly ChildTimeline[],
  options: ForecastOptions,
  run: WorkerRun = {},
): Promise<CouncilForecast> {
  const settings = withScenarioReference(options);
  const model = fitForecastModel(timelines, settings);
  const { rates: _rates, ...plain } = model;
  const workers = Math.max(1, Math.min(run.workers ?? Math.min(4, availableParallelism()), settings.paths));
  const done = new Array<number>(workers).fill(0);
  const slices = Array.from({ length: workers }, (_, w) => {
    const first = Math.floor((w * settings.paths) / workers);
    const next = Math.floor(((w + 1) * settings.paths) / workers);
    return { firstPath: first, paths: next - first };
  });
  const results = await Promise.all(
    slices.map(
      (slice, w) =>
        new Promise<PathStock[]>((resolve, reject) => {
          const worker = new Worker(ENTRY);
          worker.on('message', (message: WorkerMessage) => {
            if (message.kind === 'progress') {
              done[w] = message.done;
              run.onProgress?.(
                done.reduce((a, b) => a + b, 0),
                settings.paths,
              );
            } else {
              resolve(message.paths);
              void worker.terminate();
            }
          });
          worker.on('error', reject);
          worker.on('exit', (code) => {
            if (code !== 0 && code !== 1) reject(new Error(`forecast worker stopped with exit code ${code}`));
          });
          const task: WorkerTask = {
            model: plain,
            settings: { ...settings, scenario: settings.scenario ?? null },
            ...slice,
          };
          worker.postMessage(task);
        }),
    ),
  );
  const projection = {
    origin: settings.origin,
    monthEnds: monthEndsAfter(settings.origin, settings.years * 12),
    paths: results.flat(),
  };
  return finishForecast(timelines, projection, model, settings);
}
