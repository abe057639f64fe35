import type { Kysely } from 'kysely';
import {
  type CouncilData,
  CouncilDataCache,
  councilForecast,
  councilForecastInputs,
  councilSettings,
  forecastCostAssumptions,
} from '../app/index.ts';
import { findCouncil } from '../councils/index.ts';
import type { EpochDay } from '../dates/index.ts';
import { strategySummary } from '../plan/index.ts';
import type { Database } from '../store/index.ts';
import { buildScrutinyReport } from './build-scrutiny-report.ts';
import { buildStatementDocument } from './build-statement-document.ts';
import { type CouncilStatementOptions, councilStatementInput } from './council-statement.ts';
import type { SectionProvider } from './section-provider.ts';
import type { ScrutinySectionId, SectionId, StatementDocument } from './statement-document.ts';
import { strategyProvider } from './strategy-provider.ts';
import { costsProvider, gapProvider, supplyProvider } from './supply-providers.ts';
import { voiceProvider } from './voice-provider.ts';

/** The providers every statement uses: the modules that fill sections beyond the 903 indicators. */
export const STATEMENT_PROVIDERS: readonly SectionProvider[] = [
  supplyProvider,
  gapProvider,
  costsProvider,
  voiceProvider,
  strategyProvider,
];

export interface LoadStatementOptions {
  asAt: EpochDay;
  narratives?: Partial<Record<SectionId, string>>;
  /** A cache to reuse (the server's); a private one otherwise. */
  cache?: CouncilDataCache;
  forecast?: CouncilStatementOptions['forecast'];
  /** Paths of the council forecast made when `forecast` is not given (default 500). */
  forecastPaths?: number;
  providers?: readonly SectionProvider[];
}

/** The council's name as published: its settings' display name, else the registry's. */
async function councilName(db: Kysely<Database>, code: string): Promise<string> {
  const settings = await councilSettings(db, code);
  return settings.displayName || findCouncil(code)?.name || code;
}

/**
 * A council's statement from the database: its data (through the cache), its name, the forecast and the
 * provided sections. `no-data` when the council has no active import for a year on or before `asAt`.
 *
 * ### Example
 * ```ts
 * const result = await loadCouncilStatement(db, 'E06000016', { asAt: day(2026, 11, 23) });
 * if (result.status === 'ok') await writeFile('mps.html', renderHtml(result.document));
 * ```
 */
export async function loadCouncilStatement(
  db: Kysely<Database>,
  councilCode: string,
  options: LoadStatementOptions,
): Promise<{ status: 'ok'; document: StatementDocument } | { status: 'no-data'; message: string }> {
  const data = await (options.cache ?? new CouncilDataCache(db)).get(councilCode);
  const name = await councilName(db, councilCode);
  const forecast = options.forecast ?? (await statementForecast(db, data, options.forecastPaths));
  const input = await councilStatementInput(data, {
    council: { code: councilCode, name },
    asAt: options.asAt,
    providers: options.providers ?? STATEMENT_PROVIDERS,
    db,
    ...(options.narratives ? { narratives: options.narratives } : {}),
    forecast,
  });
  if (input.years.length === 0)
    return {
      status: 'no-data',
      message: `${name} (${councilCode}) has no imported return for a year ending on or before the edition date`,
    };
  return { status: 'ok', document: buildStatementDocument(input) };
}

/**
 * The statement's forecast: the council's forecast as the forecast screens make it (reference period chosen
 * by backtest, bands scaled by its spread factors, ONS projections when loaded), 3 years × `paths`; when
 * there is none (no full return), settings that let the statement say why.
 */
export async function statementForecast(
  db: Kysely<Database>,
  data: CouncilData,
  paths = 500,
): Promise<NonNullable<CouncilStatementOptions['forecast']>> {
  const inputs = await councilForecastInputs(db, data);
  const result = await councilForecast(inputs, {
    years: 3,
    paths,
    seed: 1,
    costs: await forecastCostAssumptions(db, inputs),
  });
  return result.status === 'ok' ? { made: result.forecast } : { years: 3, paths: 200, seed: 1 };
}

/** The annual progress report to scrutiny from the strategy in the database. */
export async function loadScrutinyReport(
  db: Kysely<Database>,
  councilCode: string,
  options: { asAt: EpochDay; narratives?: Partial<Record<ScrutinySectionId, string>> },
): Promise<StatementDocument> {
  const strategy = await strategySummary(db, councilCode, options.asAt);
  return buildScrutinyReport({
    council: { code: councilCode, name: await councilName(db, councilCode) },
    editionDate: options.asAt,
    strategy,
    ...(options.narratives ? { narratives: options.narratives } : {}),
  });
}
