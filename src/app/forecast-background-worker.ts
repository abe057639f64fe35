import { parentPort } from 'node:worker_threads';
import type { CategoryMapping, ReturnData } from '../care/index.ts';
import type { BacktestResult, ReferenceChoice, ReferenceSelection } from '../forecast/index.ts';
import { councilBacktest, councilReference, type ResolvedRequest } from './council-forecast.ts';
import { forecastInputsFrom } from './forecast-inputs.ts';

/** What the background thread is asked: a council's returns (as plain data) and one piece of work. */
export type BackgroundTask = {
  councilCode: string;
  returns: ReturnData[];
  categoryMapping?: CategoryMapping | undefined;
} & (
  | { kind: 'reference'; request: Pick<ResolvedRequest, 'origin' | 'seed' | 'referencePaths'> }
  | {
      kind: 'backtest';
      choice: ReferenceChoice;
      options: { horizons?: readonly number[]; paths?: number; seed?: number };
    }
);

export type BackgroundAnswer = ReferenceSelection | BacktestResult;

/** Runs one task in this thread (the same functions as the main thread: the same numbers). */
export function runBackgroundTask(task: BackgroundTask): BackgroundAnswer {
  const inputs = forecastInputsFrom(task.councilCode, task.returns, task.categoryMapping);
  return task.kind === 'reference'
    ? councilReference(inputs, task.request)
    : councilBacktest(inputs, task.choice, task.options);
}

parentPort?.on('message', (task: BackgroundTask) => {
  parentPort?.postMessage(runBackgroundTask(task));
});
