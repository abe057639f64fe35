import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  backtestView,
  councilBacktest,
  councilForecast,
  type ForecastRequest,
  type ForecastView,
  forecastCostAssumptions,
  forecastView,
  loadForecastInputs,
  parseScenarioFile,
  scenarioProblemText,
} from '../../app/index.ts';
import type { Scenario } from '../../forecast/index.ts';
import { CliError } from '../cli-error.ts';
import { withDatabase } from '../database.ts';
import { councilOption, positiveIntOption, ukDateOption } from '../options.ts';
import { progressBar } from '../progress.ts';
import { backtestText } from './backtest.ts';

interface ForecastOptions {
  council: string;
  from?: string;
  years: string;
  scenario?: string;
  paths: string;
  seed: string;
  referenceYears?: string;
  entries?: string;
  bySex?: boolean;
  json?: boolean;
}

const CATEGORIES = ['fostering', 'residential', 'supported', 'other'] as const;

export function registerForecastCommand(program: Command): void {
  program
    .command('forecast')
    .description(
      'Forecast children looked after by placement type, with costs and the backtest (docs/forecast.md)',
    )
    .requiredOption('--council <code>', 'ONS code or DfE number')
    .option('--from <dd/mm/yyyy>', 'the last day the data speaks for (default: the latest 31 March)')
    .option('--years <N>', 'years ahead', '5')
    .option('--scenario <file.json>', 'a scenario file (docs/forecast.md: name, description, levers)')
    .option('--paths <N>', 'Monte Carlo paths', '1000')
    .option('--seed <N>', 'random seed: the same seed gives the same numbers', '1')
    .option(
      '--reference-years <N>',
      'years of history rates are estimated from (default: chosen by backtest)',
    )
    .option('--entries <trend|flat>', 'entries follow their trend or stay flat (with --reference-years)')
    .option('--by-sex', 'girls and boys get rates and entries of their own (as well as UASC status)')
    .option('--json', 'print JSON instead of text')
    .action(async (options: ForecastOptions) => {
      const council = councilOption(options.council);
      const request = await requestOf(options);
      const bar = progressBar('forecast');
      const answer = await withDatabase(async (db) => {
        const inputs = await loadForecastInputs(db, council.code);
        const costs = await forecastCostAssumptions(db, inputs);
        const result = await councilForecast(inputs, { ...request, costs }, (p) =>
          bar.update(p.done, p.total, p.phase),
        );
        if (result.status !== 'ok') return result;
        bar.update(result.request.paths, result.request.paths, 'backtest');
        const backtest = councilBacktest(inputs, result.reference.chosen, { seed: result.request.seed });
        return { status: 'ok' as const, result, backtest };
      }).finally(() => bar.stop());
      if (answer.status !== 'ok') {
        const prefix = answer.status === 'no-data' ? `--council: ${council.name} (${council.code}): ` : '';
        throw new CliError(`${prefix}${answer.message}`);
      }
      const view = forecastView(council.code, answer.result);
      const backtest = backtestView(answer.result.reference.chosen, answer.backtest);
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ forecast: view, backtest }, null, 2)}\n`);
        return;
      }
      process.stdout.write(forecastText(view, `${council.name} (${council.code})`));
      process.stdout.write(`\n${backtestText(backtest)}`);
    });
}

async function requestOf(options: ForecastOptions): Promise<ForecastRequest> {
  const request: ForecastRequest = {
    years: positiveIntOption('--years', options.years),
    paths: positiveIntOption('--paths', options.paths),
    seed: seedOption(options.seed),
  };
  if (request.years && request.years > 10) throw new CliError(`--years: ${options.years} is more than 10`);
  if (options.from !== undefined) request.origin = ukDateOption('--from', options.from);
  const reference = referenceOption(options.referenceYears, options.entries);
  if (reference) request.reference = reference;
  if (options.scenario !== undefined) request.scenario = await scenarioOption(options.scenario);
  if (options.bySex) request.strata = 'uasc-sex';
  return request;
}

function seedOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new CliError(`--seed: "${value}" is not a whole number of 0 or more`);
  return n;
}

/** `--reference-years` and `--entries` go together. */
export function referenceOption(
  years: string | undefined,
  entries: string | undefined,
): { referenceYears: number; entries: 'trend' | 'flat' } | null {
  if (years === undefined && entries === undefined) return null;
  if (years === undefined || entries === undefined)
    throw new CliError('--reference-years and --entries: give both, or neither to let the backtest choose');
  if (entries !== 'trend' && entries !== 'flat')
    throw new CliError(`--entries: "${entries}" is not trend or flat`);
  return { referenceYears: positiveIntOption('--reference-years', years), entries };
}

/** Reads a scenario file; every problem is listed with its field, value and what was expected. */
export async function scenarioOption(path: string): Promise<Scenario> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new CliError(
      `--scenario: cannot read ${path} (expected a JSON scenario file, see docs/forecast.md)`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(`--scenario: ${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = parseScenarioFile(json);
  if (parsed.status === 'ok') return parsed.scenario;
  const lines = parsed.problems.map((p) => `  ${scenarioProblemText(p)}`);
  throw new CliError(`--scenario: ${path} has ${lines.length} problem(s):\n${lines.join('\n')}`);
}

const int = (n: number) => Math.round(n).toLocaleString('en-GB');
const ukDate = (iso: string) => iso.split('-').reverse().join('/');
const pounds = (n: number) => `£${(n / 1_000_000).toFixed(1)}m`;

function pad(text: string, width: number): string {
  return text.length >= width ? `${text} ` : text.padEnd(width);
}

/** The forecast as text: the reference and why, need by year (P10–P50–P90), costs, assumptions. */
export function forecastText(view: ForecastView, councilLabel: string): string {
  const out: string[] = [];
  const ref = view.reference;
  out.push(
    `Demand forecast: ${councilLabel}, from ${ukDate(view.origin)}, ${view.yearsAhead} years, ${int(view.paths)} paths, seed ${view.seed}`,
  );
  out.push(
    `Reference period: ${ukDate(ref.from)} to ${ukDate(ref.to)} (${ref.referenceYears} years), entries ${ref.entries} — ${
      ref.chosenBy === 'backtest'
        ? 'chosen by backtest'
        : ref.chosenBy === 'user'
          ? 'set by you'
          : 'set by the scenario'
    }`,
  );
  if (view.scenario) {
    out.push(`Scenario: ${view.scenario.name}`);
    for (const line of view.scenario.levers) out.push(`  ${line}`);
  }
  out.push('', 'Why this reference period (backtest error of each choice, lower is better):');
  out.push(`  ${pad('years', 7)}${pad('entries', 9)}${pad('forecasts', 11)}${pad('MAE total', 11)}score`);
  for (const c of ref.choices) {
    const chosen =
      c.referenceYears === ref.backtestChoice.referenceYears && c.entries === ref.backtestChoice.entries;
    out.push(
      `  ${pad(String(c.referenceYears), 7)}${pad(c.entries, 9)}${pad(String(c.forecasts), 11)}${pad(c.maeTotal === null ? '–' : String(c.maeTotal), 11)}${c.score ?? '–'}${chosen ? '  ← the backtest’s choice' : ''}`,
    );
  }
  out.push('', 'Children looked after on 31 March (P10–P50–P90; history as counted)');
  const columns = ['total', ...CATEGORIES];
  out.push(`  ${pad('date', 12)}${columns.map((c) => pad(c, 16)).join('')}`);
  for (const h of view.history) {
    const cells = [h.total, ...CATEGORIES.map((c) => h.byCategory[c])].map((n) => pad(int(n), 16));
    out.push(`  ${pad(ukDate(h.date), 12)}${cells.join('')}`);
  }
  for (const y of view.years) {
    const fans = [y.total, ...CATEGORIES.map((c) => y.byCategory[c])];
    out.push(
      `  ${pad(ukDate(y.date), 12)}${fans.map((f) => pad(`${int(f.p10)}–${int(f.p50)}–${int(f.p90)}`, 16)).join('')}`,
    );
  }
  out.push('', 'Placement costs by year after the start (P10–P50–P90)');
  out.push(`  ${pad('year', 12)}${columns.map((c) => pad(c, 22)).join('')}`);
  for (const y of view.costs.years) {
    const fans = [y.total, ...CATEGORIES.map((c) => y.byCategory[c])];
    out.push(
      `  ${pad(`+${y.year}`, 12)}${fans.map((f) => pad(`${pounds(f.p10)}–${pounds(f.p50)}–${pounds(f.p90)}`, 22)).join('')}`,
    );
  }
  const o = view.costs.overall;
  out.push(
    `  Over ${view.costs.years.length} years: ${pounds(o.p50)} (P10 ${pounds(o.p10)}, P90 ${pounds(o.p90)})`,
  );
  const a = view.costs.assumptions;
  out.push('', `Unit costs a week (${a.source}):`);
  for (const c of CATEGORIES)
    out.push(
      `  ${pad(c, 12)}in-house £${int(a.weekly[c].inHouse)}, external £${int(a.weekly[c].external)}, inflation ${(a.inflation[c] * 100).toFixed(1)}% a year`,
    );
  const leavers = view.careLeavers;
  if (leavers) {
    const b = leavers.basis;
    out.push('', 'Care leavers aged 18–20 in supported accommodation (P10–P50–P90)');
    for (const y of leavers.years)
      out.push(`  ${pad(ukDate(y.date), 12)}${int(y.p10)}–${int(y.p50)}–${int(y.p90)}`);
    out.push(
      `  Shares from the local data ${ukDate(b.from)} to ${ukDate(b.to)}: ${b.at18.share}% on the 18th birthday ` +
        `(${b.at18.careLeavers} seen), ${b.at19.share}% a year on (${b.at19.careLeavers}), ${b.at20.share}% two years on (${b.at20.careLeavers}).`,
    );
  }
  out.push('', 'What the model assumes:');
  for (const line of view.assumptions) out.push(`  - ${line}`);
  return `${out.join('\n')}\n`;
}
