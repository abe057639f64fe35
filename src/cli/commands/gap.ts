import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import { councilForecast, councilSettings, councilTimelines, loadForecastInputs } from '../../app/index.ts';
import type { ChildTimeline } from '../../care/index.ts';
import type { Council } from '../../councils/index.ts';
import { type EpochDay, formatIsoDate, formatUkDate } from '../../dates/index.ts';
import type { LocalData } from '../../local/index.ts';
import { type Database, loadLocalData } from '../../store/index.ts';
import {
  type GapTable,
  gap,
  gapSetup,
  type NeedForecast,
  SUPPLY_FORECAST,
  supplyOrigin,
} from '../../supply/index.ts';
import { CliError } from '../cli-error.ts';
import { withDatabase } from '../database.ts';
import { councilOption, positiveIntOption } from '../options.ts';

/** What the gap and plan commands compute from. */
export interface CliSupplyInputs {
  origin: EpochDay;
  timelines: ChildTimeline[];
  local: LocalData;
  forecast: NeedForecast;
}

/** A council's timelines (its category mapping applied), local data and supply forecast; CliError without a return. */
export async function loadSupplyInputs(
  db: Kysely<Database>,
  council: Council,
  paths: number = SUPPLY_FORECAST.paths,
): Promise<CliSupplyInputs> {
  const settings = await councilSettings(db, council.code);
  const mapping = settings.categoryMappingIsDefault ? undefined : settings.categoryMapping;
  const [timelines, local, first] = await Promise.all([
    councilTimelines(db, council.code, mapping),
    loadLocalData(db, council.code),
    db
      .selectFrom('import_batch')
      .select((eb) => eb.fn.min('collection_year').as('year'))
      .where('council_code', '=', council.code)
      .where('status', '=', 'active')
      .executeTakeFirst(),
  ]);
  const origin = supplyOrigin(timelines);
  if (origin === null || first?.year == null)
    throw new CliError(
      `--council: ${council.name} (${council.code}) has no active imports (import a 903 return first)`,
    );
  // The same forecast as `sufficiency forecast` and the screens: reference period chosen by backtest.
  const result = await councilForecast(await loadForecastInputs(db, council.code), {
    origin,
    years: SUPPLY_FORECAST.years,
    paths,
    seed: SUPPLY_FORECAST.seed,
  });
  if (result.status !== 'ok') throw new CliError(`--council: ${result.message}`);
  return { origin, timelines, local, forecast: result.forecast };
}

interface GapOptions {
  council: string;
  json?: boolean;
  paths?: string;
}

export function registerGapCommand(program: Command): void {
  program
    .command('gap')
    .description(
      'Need (the demand forecast, P50 and P90) against in-house capacity, by year and placement type: places to buy and their cost',
    )
    .requiredOption('--council <code>', 'ONS code or DfE number')
    .option('--paths <n>', `Monte Carlo paths of the forecast (default ${SUPPLY_FORECAST.paths})`)
    .option('--json', 'print JSON instead of text')
    .action(async (options: GapOptions) => {
      const council = councilOption(options.council);
      const paths = options.paths ? positiveIntOption('--paths', options.paths) : SUPPLY_FORECAST.paths;
      const table = await withDatabase(async (db) => {
        const inputs = await loadSupplyInputs(db, council, paths);
        return gap(gapSetup(inputs.local, inputs.timelines, inputs.forecast));
      });
      if (options.json) process.stdout.write(`${JSON.stringify(gapJson(table), null, 2)}\n`);
      else process.stdout.write(gapText(table, `${council.name} (${council.code})`));
    });
}

/** The gap with dates as yyyy-mm-dd. */
export function gapJson(table: GapTable) {
  return {
    origin: formatIsoDate(table.origin),
    rows: table.rows.map((r) => ({ ...r, date: formatIsoDate(r.date) })),
    totals: table.totals,
    recruitment: table.recruitment,
  };
}

/** £1,234,567 */
export function pounds(x: number): string {
  return `£${Math.round(x).toLocaleString('en-GB')}`;
}

/** 12.3 */
export function places(x: number): string {
  return (Math.round(x * 10) / 10).toLocaleString('en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}

/** The gap as text: one block per year, one line per category, the year's external cost. */
export function gapText(table: GapTable, councilName: string): string {
  const lines = [`Gap: ${councilName}, forecast from ${formatUkDate(table.origin)}`];
  lines.push(
    'Need is the forecast on each 31 March (P50, with P90 in brackets); in-house = places × target occupancy.',
  );
  for (const total of table.totals) {
    const rows = table.rows.filter((r) => r.year === total.year);
    lines.push('', `Year ${total.year} (to ${formatUkDate(rows[0]?.date ?? table.origin)})`);
    lines.push(
      `  ${'type'.padEnd(12)}${'need'.padStart(16)}${'in-house'.padStart(10)}${'to buy'.padStart(16)}${'cost a year'.padStart(28)}`,
    );
    for (const r of rows) {
      lines.push(
        `  ${r.category.padEnd(12)}${`${places(r.need.p50)} (${places(r.need.p90)})`.padStart(16)}${places(r.inHouseCapacity).padStart(10)}` +
          `${`${places(r.external.p50)} (${places(r.external.p90)})`.padStart(16)}${`${pounds(r.cost.p50)} (${pounds(r.cost.p90)})`.padStart(28)}`,
      );
    }
    lines.push(`  external cost ${pounds(total.cost.p50)} (P90 ${pounds(total.cost.p90)})`);
  }
  return `${lines.join('\n')}\n`;
}
