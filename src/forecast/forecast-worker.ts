import { parentPort } from 'node:worker_threads';
import type { ExposureCounts } from './exposure.ts';
import { type ForecastModel, type ForecastOptions, simulationOptions } from './forecast-council.ts';
import type { PathStock } from './projection.ts';
import { simulateChildren } from './simulate-children.ts';
import { transitionRates } from './transition-rates.ts';

/** What a worker is sent: the model as plain data (rates are rebuilt from their counts) and its paths. */
export interface WorkerTask {
  model: Omit<ForecastModel, 'rates'>;
  settings: ForecastOptions;
  firstPath: number;
  paths: number;
}

export type WorkerMessage = { kind: 'progress'; done: number } | { kind: 'paths'; paths: PathStock[] };

/** Simulates one slice of paths; path i draws the same numbers here as in a single thread. */
export function runTask(task: WorkerTask, onProgress: (done: number) => void): PathStock[] {
  const counts: ExposureCounts = task.model.counts;
  const rates = transitionRates(counts, { minExposureDays: task.model.minExposureDays });
  const every = Math.max(1, Math.floor(task.paths / 20));
  const projection = simulateChildren({
    ...simulationOptions({ ...task.model, rates }, task.settings),
    firstPath: task.firstPath,
    paths: task.paths,
    onPath: (done) => {
      if (done % every === 0 || done === task.paths) onProgress(done);
    },
  });
  return projection.paths;
}

parentPort?.on('message', (task: WorkerTask) => {
  const port = parentPort;
  if (!port) return;
  const paths = runTask(task, (done) => port.postMessage({ kind: 'progress', done } satisfies WorkerMessage));
  port.postMessage({ kind: 'paths', paths } satisfies WorkerMessage);
});
