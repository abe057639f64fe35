import { Worker } from 'node:worker_threads';
import type { BackgroundAnswer, BackgroundTask } from './forecast-background-worker.ts';

const ENTRY = new URL('./forecast-background-entry.mjs', import.meta.url);

/**
 * Runs a reference choice or backtest in a worker thread, so a server keeps answering while the many small
 * forecasts they make run (seconds for a council of 1,000 children). One thread per task, ended after it.
 */
export function inBackground<T extends BackgroundAnswer>(task: BackgroundTask): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(ENTRY);
    worker.once('message', (answer: T) => {
      resolve(answer);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0 && code !== 1)
        reject(new Error(`forecast background thread stopped with exit code ${code}`));
    });
    worker.postMessage(task);
  });
}
