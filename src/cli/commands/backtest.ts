import type { Command } from 'commander';
import {
  type BacktestView,
  backtestView,
  councilBacktest,
  councilReference,
  loadForecastInputs,
  resolveRequest,
} from '../../app/index.ts';
import { CliError } from '../cli-error.ts';
import { withDatabase } from '../database.ts';
import { councilOption, positiveIntOption } from '../options.ts';
import { progressBar } from '../progress.ts';
import { referenceOption } from './forecast.ts';

interface BacktestOptions {
  council: string;
  horizons: string;
  referenceYears?: string;
  entries?: string;
  paths: string;
  json?: boolean;
}

export function registerBacktestCommand(program: Command): void {
  program
    .command('backtest')
    .description(
      'How well the forecast would have done: forecasts from each past 31 March scored against what happened',
    )
    .requiredOption('--council <code>', 'ONS code or DfE number')
    .option('--horizons <list>', 'years ahead to score, e.g. 1,2,3', '1,2,3')
    .option('--reference-years <N>', 'the reference period to test (default: the one the backtest chooses)')
    .option('--entries <trend|flat>', 'with --reference-years')
    .option('--paths <N>', 'Monte Carlo paths per forecast', '200')
    .option('--json', 'print JSON instead of text')
    .action(async (options: BacktestOptions) => {
      const council = councilOption(options.council);
      const horizons = horizonsOption(options.horizons);
      const paths = positiveIntOption('--paths', options.paths);
      const fixed = referenceOption(options.referenceYears, options.entries);
      const bar = progressBar('backtest');
      const view = await withDatabase(async (db) => {
        const inputs = await loadForecastInputs(db, council.code);
        const resolved = resolveRequest(inputs, {});
        if (resolved.status !== 'ok')
          throw new CliError(`--council: ${council.name} (${council.code}): ${resolved.message}`);
        bar.update(0, 2, 'choosing the reference period');
        const choice = fixed ?? councilReference(inputs, resolved.request).chosen;
        bar.update(1, 2, 'backtest');
        return backtestView(choice, councilBacktest(inputs, choice, { horizons, paths }));
      }).finally(() => bar.stop());
      if (options.json) process.stdout.write(`${JSON.stringify(view, null, 2)}\n`);
      else process.stdout.write(backtestText(view, `${council.name} (${council.code})`));
    });
}

function horizonsOption(value: string): number[] {
  if (!/^[1-5](,[1-5]){0,4}$/.test(value))
    throw new CliError(`--horizons: "${value}" is not a list of years ahead from 1 to 5, e.g. 1,2,3`);
  return [...new Set(value.split(',').map(Number))].sort((a, b) => a - b);
}

const num = (n: number | null, digits = 2) => (n === null ? '–' : n.toFixed(digits));
const pct = (n: number | null) => (n === null ? '–' : `${Math.round(n * 100)}%`);

/**
 * The backtest as text: per horizon and series, relative MAE against "no change" (below 1 is better), bias,
 * and how often the 80% and 90% ranges held what happened.
 */
export function backtestText(view: BacktestView, councilLabel?: string): string {
  const out: string[] = [];
  const { referenceYears, entries } = view.choice;
  out.push(
    `Backtest${councilLabel ? `: ${councilLabel}` : ''} — reference period ${referenceYears} years, entries ${entries}`,
  );
  out.push(
    'Relative MAE compares the forecast’s error with assuming nothing changes: below 1 means better than no change.',
  );
  out.push(
    `  ${'years ahead'.padEnd(13)}${'series'.padEnd(13)}${'n'.padEnd(4)}${'rel. MAE'.padEnd(10)}${'MAE'.padEnd(8)}${'bias'.padEnd(8)}${'80% held'.padEnd(10)}90% held`,
  );
  for (const s of view.scores) {
    out.push(
      `  ${`+${s.horizon}`.padEnd(13)}${s.key.padEnd(13)}${String(s.n).padEnd(4)}${num(s.relativeMae).padEnd(10)}${num(s.mae, 1).padEnd(8)}${num(s.bias, 1).padEnd(8)}${pct(s.coverage80).padEnd(10)}${pct(s.coverage90)}`,
    );
  }
  if (view.scores.length === 0)
    out.push('  Nothing to score: a backtest needs two full years before a 31 March and one after it.');
  return `${out.join('\n')}\n`;
}
