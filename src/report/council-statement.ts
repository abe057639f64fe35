import type { Kysely } from 'kysely';
import { type CouncilData, councilIndicators, populationForYear } from '../app/index.ts';
import { type CollectionYear, censusDate, type EpochDay } from '../dates/index.ts';
import { type CouncilForecast, forecastCouncil } from '../forecast/index.ts';
import type { Database } from '../store/index.ts';
import { runProviders, type SectionProvider } from './section-provider.ts';
import type { SectionId } from './statement-document.ts';
import {
  type AggregateYear,
  aggregateOf,
  type ForecastInput,
  type StatementInput,
} from './statement-input.ts';

export interface CouncilStatementOptions {
  council: { code: string; name: string };
  /** The edition date; the statement reports on the last collection year whose 31 March is on or before it. */
  asAt: EpochDay;
  narratives?: Partial<Record<SectionId, string>>;
  /** Collection years shown in trends (default 5). */
  trendYears?: number;
  /**
   * Forecast settings, or false for none (default 3 years, 500 paths, seed 1), or a forecast already made
   * for this council's data (e.g. the server's cached one) to use as it is.
   */
  forecast?: { years: number; paths: number; seed: number } | { made: CouncilForecast } | false;
  providers?: readonly SectionProvider[];
  db?: Kysely<Database> | null;
}

/**
 * The statement's aggregate inputs from a council's data: each year's indicators with child ids dropped,
 * the population, the forecast (a failure becomes a note, not an error), and the provided sections.
 * This is the one place timelines are read for a document; nothing child-level leaves it.
 */
export async function councilStatementInput(
  data: CouncilData,
  options: CouncilStatementOptions,
): Promise<StatementInput> {
  const years = reportedYears(data, options.asAt, options.trendYears ?? 5);
  const aggregate: AggregateYear[] = years.map((collectionYear) => {
    const year: AggregateYear = {
      collectionYear,
      indicators: councilIndicators(data, collectionYear).map(aggregateOf),
    };
    const population = populationForYear(data.populationUnder18, collectionYear);
    if (population !== undefined) year.population0to17 = population;
    return year;
  });
  const latest = years.at(-1);
  const forecast = latest === undefined ? undefined : safeForecast(data, latest, options.forecast);
  const provided = await runProviders(options.providers ?? [], {
    db: options.db ?? null,
    councilCode: options.council.code,
    asAt: options.asAt,
    forecast: forecast?.status === 'ok' ? (forecast.full ?? null) : null,
    timelines: data.timelines,
  });
  const input: StatementInput = {
    council: options.council,
    editionDate: options.asAt,
    years: aggregate,
    provided,
  };
  if (options.narratives) input.narratives = options.narratives;
  if (forecast)
    input.forecast = forecast.status === 'ok' ? { status: 'ok', forecast: forecast.forecast } : forecast;
  return input;
}

/** The last `count` loaded collection years whose 31 March is on or before `asAt`, oldest first. */
export function reportedYears(data: CouncilData, asAt: EpochDay, count: number): CollectionYear[] {
  return data.years
    .map((y) => y.collectionYear)
    .filter((y) => censusDate(y) <= asAt)
    .sort((a, b) => a - b)
    .slice(-count);
}

/** The forecast from the reported year's 31 March, or why it is not available. */
function safeForecast(
  data: CouncilData,
  latest: CollectionYear,
  settings: CouncilStatementOptions['forecast'],
): (ForecastInput & { full?: CouncilForecast }) | undefined {
  if (settings === false) return undefined;
  if (settings && 'made' in settings) return { status: 'ok', forecast: settings.made, full: settings.made };
  const { years, paths, seed } = settings ?? { years: 3, paths: 500, seed: 1 };
  try {
    const forecast: CouncilForecast = forecastCouncil(data.timelines, {
      origin: censusDate(latest),
      years,
      paths,
      seed,
      entries: 'trend',
    });
    return { status: 'ok', forecast, full: forecast };
  } catch (error) {
    return { status: 'unavailable', reason: error instanceof Error ? error.message : String(error) };
  }
}
